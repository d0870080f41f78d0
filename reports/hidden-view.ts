// What a student may see of the results on a platform (Gradescope, PrairieLearn, JUnit) before the
// teacher publishes grades: each step from its public cases only, and apart, what its hidden cases
// scored. Under hidden seeds a step's points come from its hidden cases (grader/engine/hidden.ts),
// so the public view carries no points at all; nothing hidden (count, score, input, message) is in it.
import type { ExerciseResult, GradeResults, StepResult } from '../grader/model/results.js';
import { PUBLIC_SEED } from '../grader/engine/seeds.js';
import { gradedSteps, isBroken, resultsText } from './text.js';

export interface HiddenPart {
  passed: number;
  total: number;
  score: number;
  maxScore: number;
}

/** A step as the student may see it now, and what its hidden cases scored (none without hidden cases). */
export function publicPart(step: StepResult): { step: StepResult; hidden?: HiddenPart } {
  const local = { ...step, repro: localRepro(step.repro) };
  const visible = step.cases.filter((c) => !c.hidden);
  const hidden = step.cases.filter((c) => c.hidden);
  if (hidden.length === 0) return { step: local };
  const passed = hidden.filter((c) => c.status === 'passed').length;
  const hiddenPart = { passed, total: hidden.length, score: step.score, maxScore: step.maxScore };
  const base = { ...local, cases: visible, score: 0, maxScore: 0 };
  const wrong = visible.filter((c) => c.status !== 'passed');
  // whatever went wrong in hidden cases only (a failure, a timeout) belongs to the hidden part
  if (wrong.length === 0) {
    return { step: { ...base, status: 'passed', message: `all ${visible.length} public cases correct` }, hidden: hiddenPart };
  }
  if (step.status !== 'passed' && step.status !== 'failed') return { step: base, hidden: hiddenPart };
  const message = `${wrong.length} of ${visible.length} public cases wrong; case ${wrong[0].name}: ${wrong[0].message}`;
  return { step: { ...base, status: 'failed', message }, hidden: hiddenPart };
}

/** The results with every step replaced by its public part. */
export function publicResults(results: GradeResults): GradeResults {
  const exercises: ExerciseResult[] = results.exercises.map((e) => {
    const steps = e.steps.map((s) => publicPart(s).step);
    return { ...e, steps, score: sum(steps.map((s) => s.score)), maxScore: sum(steps.map((s) => s.maxScore)) };
  });
  return { ...results, exercises, score: sum(exercises.map((e) => e.score)), maxScore: sum(exercises.map((e) => e.maxScore)) };
}

export const hasHidden = (results: GradeResults): boolean =>
  results.exercises.some((e) => e.steps.some((s) => s.cases.some((c) => c.hidden)));

/**
 * The opening line of a platform's visible text under hidden seeds: how the public cases went,
 * without any score (every point is a hidden one); `when` says when the student sees the score.
 */
export function publicSummary(results: GradeResults, when: string): string {
  const steps = gradedSteps(publicResults(results)).map((g) => g.step);
  const right = steps.filter((s) => !isBroken(s)).length;
  return `Public cases: ${right} of ${steps.length} steps right. Your score comes from other cases, with other shapes and values: ${when}.`;
}

/** The whole run as the student may read it now: resultsText of the public view, opened by publicSummary under hidden seeds. */
export function platformText(results: GradeResults, when: string): string {
  const text = resultsText(publicResults(results));
  return hasHidden(results) ? `${publicSummary(results, when)}${text.slice(text.indexOf('\n'))}` : text;
}

/**
 * The repro command as the student runs it in their own workspace: the platform's paths
 * (`--submission /autograder/submission`, `--config …`) mean nothing on their laptop.
 */
export function localRepro(repro: string): string {
  const exercise = /--exercise (\S+)/.exec(repro)?.[1];
  const step = /--step (\S+)/.exec(repro)?.[1];
  const seed = /--seed (\d+)/.exec(repro)?.[1];
  const other = seed !== undefined && Number(seed) !== PUBLIC_SEED ? ` --seed ${seed}` : '';
  return exercise && step ? `npx grade --exercise ${exercise} --step ${step}${other}` : repro;
}

const sum = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 1000) / 1000;
