// The line under each watch run: which steps changed since the previous grade, in both
// directions, so a save that breaks a step elsewhere (an importer) is seen at once.
import { isGraded, type GradeResults, type StepResult } from '../model/results.js';

/** `✓→✗ deep-network/db, deep-network/train · ✗→✓ logistic-regression/dW`, or '' when nothing changed. */
export function describeChanges(previous: GradeResults, next: GradeResults): string {
  const before = new Map(previous.exercises.flatMap((e) => e.steps.filter(isGraded).map((s) => [`${e.id}/${s.id}`, passed(s)])));
  const broke: string[] = [];
  const fixed: string[] = [];
  for (const exercise of next.exercises) {
    for (const step of exercise.steps.filter(isGraded)) {
      const id = `${exercise.id}/${step.id}`;
      const was = before.get(id);
      const now = passed(step);
      if (was === true && !now) broke.push(id);
      if (was === false && now) fixed.push(id);
    }
  }
  const parts = [broke.length ? `✓→✗ ${broke.join(', ')}` : '', fixed.length ? `✗→✓ ${fixed.join(', ')}` : ''];
  return parts.filter(Boolean).join(' · ');
}

const passed = (step: StepResult): boolean => step.status === 'passed';
