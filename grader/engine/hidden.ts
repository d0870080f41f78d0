// Hidden cases (platform mode) come from seeds the student never sees, and are graded in a student
// process of their own, after the visible run: whatever a step keeps from them (a module variable,
// a print) dies with that process and never reaches a visible message. Only their status is kept.
// Credit under hidden seeds comes from them alone: the public cases, which a student has with their
// expected values, can lower a step's score but never earn it.
import { exerciseResult } from '../model/assemble.js';
import type { CaseResult, ExerciseResult, StepResult } from '../model/results.js';
import { encode } from '../model/wire.js';
import { createRng } from '../random.js';
import type { Case, ExerciseSpec, StepSpec } from '../spec/types.js';
import { stepSeed } from './seeds.js';

/**
 * The hidden cases of a step, without any whose arguments are those of a public case: the fixed
 * cases every seed repeats (the notes' example, sigmoid(±1000)) are in the student's hands, so a
 * lookup of everything public finds no hidden case.
 */
export function hiddenCases(exercise: ExerciseSpec, spec: StepSpec, hiddenSeeds: number[], publicCases: Case[]): Case[] {
  const seen = new Set(publicCases.map(argsKey));
  return hiddenSeeds
    .flatMap((seed) => spec.cases(createRng(stepSeed(seed, exercise.id, spec.id))))
    .filter((c) => {
      const key = argsKey(c);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const argsKey = (c: Case): string => JSON.stringify(c.args.map((a) => encode(a)));

export function redact(result: CaseResult, index: number): CaseResult {
  const message = result.status === 'passed' ? 'correct' : `wrong (${result.status})`;
  return { name: `hidden case ${index + 1}`, status: result.status, args: [], message, problems: [], durationMs: 0, hidden: true };
}

/** The step's one sentence when only hidden cases fail: it says so, and nothing about them. */
export function hiddenFailureMessage(cases: CaseResult[]): string | undefined {
  const visible = cases.filter((c) => !c.hidden);
  const hidden = cases.filter((c) => c.hidden);
  const wrong = hidden.filter((c) => c.status !== 'passed').length;
  if (wrong === 0 || visible.some((c) => c.status !== 'passed')) return undefined;
  return (
    `all ${visible.length} public cases correct, but ${wrong} of ${hidden.length} hidden cases wrong: ` +
    'check your step on other shapes and values'
  );
}

/** The visible run's results with the hidden run's cases added, each step scored from them. */
export function withHiddenResults(visible: ExerciseResult[], hidden: ExerciseResult[]): ExerciseResult[] {
  return visible.map((exercise) => {
    const other = new Map(hidden.find((e) => e.id === exercise.id)?.steps.map((s) => [s.id, s]));
    const steps = exercise.steps.map((step) => withHiddenCases(step, other.get(step.id)?.cases.filter((c) => c.hidden) ?? []));
    return exerciseResult(exercise, steps);
  });
}

/**
 * Score: the step's points × the fraction of hidden cases passed × the fraction of public cases
 * passed. Only the hidden run's case statuses are taken: its messages, errors and prints are not.
 */
function withHiddenCases(step: StepResult, hidden: CaseResult[]): StepResult {
  if (step.status === 'skipped' || hidden.length === 0) return step;
  const fraction = (cases: CaseResult[]): number =>
    cases.length === 0 ? 1 : cases.filter((c) => c.status === 'passed').length / cases.length;
  const score = round(step.maxScore * fraction(hidden) * fraction(step.cases));
  const cases = [...step.cases, ...hidden];
  if (step.status !== 'passed') return { ...step, score, cases };
  const message = hiddenFailureMessage(cases);
  return message ? { ...step, status: 'failed', score, cases, message } : { ...step, score, cases };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
