// Hidden cases (platform mode) come from seeds the student never sees. Only their status is
// reported: no inputs, messages, student output or timing, so they cannot be reverse-engineered.
import type { CaseResult } from '../model/results.js';
import { createRng } from '../random.js';
import type { Case, ExerciseSpec, StepSpec } from '../spec/types.js';
import { stepSeed } from './seeds.js';

export function hiddenCases(exercise: ExerciseSpec, spec: StepSpec, hiddenSeeds: number[]): Case[] {
  return hiddenSeeds.flatMap((seed) => spec.cases(createRng(stepSeed(seed, exercise.id, spec.id))));
}

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
  return `all ${visible.length} public cases correct, but ${wrong} of ${hidden.length} hidden cases wrong: check your step on other shapes and values`;
}
