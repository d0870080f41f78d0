// A composite step that fails because a sub-step it imports fails says so, instead of taking the blame.
import { isBroken, type StepResult } from '../model/results.js';
import type { CompiledExercise } from './compile.js';

export function explainByDependencies(steps: StepResult[], compiled: CompiledExercise, exerciseId: string): StepResult[] {
  // Only files that hold one step identify it (an index file holds them all).
  const files = steps.map((s) => s.file).filter((f): f is string => f !== undefined);
  const stepOfFile = new Map<string, string>();
  for (const s of steps) {
    if (s.file && files.filter((f) => f === s.file).length === 1) stepOfFile.set(s.file.slice(exerciseId.length + 1), s.id);
  }
  const broken = new Set(steps.filter(isBroken).map((s) => s.id));
  return steps.map((step) => {
    if (!step.file || !(step.status === 'failed' || step.status === 'error' || step.status === 'timeout')) return step;
    const causes = importedSteps(step.file.slice(exerciseId.length + 1), compiled, stepOfFile).filter(
      (id) => id !== step.id && broken.has(id),
    );
    if (causes.length === 0) return step;
    const names = causes.map((c) => `\`${c}\``).join(' and ');
    return { ...step, causedBy: causes, message: `fails because ${names} ${causes.length > 1 ? 'fail' : 'fails'}: ${step.message}` };
  });
}

/** Steps whose files a file imports, directly or through other files of the exercise. */
function importedSteps(file: string, compiled: CompiledExercise, stepOfFile: Map<string, string>): string[] {
  const seen = new Set<string>([file]);
  const queue = [file];
  const found: string[] = [];
  while (queue.length > 0) {
    for (const next of compiled.imports.get(queue.shift() as string) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
      const step = stepOfFile.get(next);
      if (step) found.push(step);
    }
  }
  return found;
}
