// Plain-text pieces shared by the platform writers (JUnit, Gradescope, PrairieLearn, GitHub): a
// step's full explanation as text, the one-line summary, and when a submission is ungradable.
// Pure functions of the results, like every writer.
import type { CaseResult, ExerciseResult, GradeResults, StepResult, StepStatus } from '../grader/model/results.js';
import { isBroken, isGraded, STEP_STATUSES } from '../grader/model/results.js';
import { byCheck, chainLines, entryLines } from './evidence.js';

/** The model's predicate (grader/model/results.ts), re-exported for the writers that import it from here. */
export { isBroken };

/** Every graded (not skipped) step with its exercise, in curriculum order. */
export function gradedSteps(results: GradeResults): { exercise: ExerciseResult; step: StepResult; number: string }[] {
  return results.exercises.flatMap((exercise, e) =>
    exercise.steps.map((step, s) => ({ exercise, step, number: `${e + 1}.${s + 1}` })).filter(({ step }) => isGraded(step)),
  );
}

/** Up to 3 decimals, without trailing zeros: 1, 0.5, 0.667. */
export const points = (x: number): string => String(Math.round(x * 1000) / 1000);

export const percent = (results: GradeResults): string =>
  results.maxScore > 0 ? `${Math.round((100 * results.score) / results.maxScore)}%` : '–';

/** `Score 38/41 (93%): 33 passed, 2 failed, 1 error`; statuses that did not occur are left out. */
export function summaryLine(results: GradeResults): string {
  const counts = new Map<StepStatus, number>();
  for (const { step } of gradedSteps(results)) counts.set(step.status, (counts.get(step.status) ?? 0) + 1);
  const parts = STEP_STATUSES.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  return `Score ${points(results.score)}/${points(results.maxScore)} (${percent(results)})${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/**
 * Why the submission cannot be graded at all, or [] when it can: the grader itself failed, or not
 * one step of the submission was found (a wrong folder or layout, not a starter left as it was).
 */
export function ungradableReasons(results: GradeResults): string[] {
  const reasons: string[] = [];
  if (results.graderError)
    reasons.push(`The grader failed (${results.graderError.name}: ${results.graderError.message}); the results are incomplete.`);
  const graded = gradedSteps(results).map((g) => g.step);
  if (graded.length > 0 && graded.every((s) => s.status === 'missing' && s.file === undefined)) {
    reasons.push(
      `No step of the exercises was found in the submission: it must be laid out like exercises/ ` +
        `(one folder per exercise, one file per step, e.g. logistic-regression/sigmoid.ts).`,
    );
  }
  return reasons;
}

/** A step explained in plain text: status, message, diagnoses, error, the cases that went wrong, the repro. */
export function stepText(step: StepResult): string {
  const lines = [`${step.status.toUpperCase()}: ${step.message}`];
  if (step.file) lines.push(`File: ${step.file}`);
  if (step.causedBy?.length) lines.push(`Fix first: ${step.causedBy.join(', ')}`);
  for (const d of step.diagnoses) lines.push(`Misconception ${d.id}: ${d.message}`, `  Hint: ${d.hint}`);
  if (step.status === 'error') lines.push(`Error: ${step.error.name}: ${step.error.message}${where(step.error)}`);
  if (step.status === 'missing') lines.push(`Looked for: ${step.lookedFor.join(', ')}`);
  const wrong = step.cases.filter((c) => c.status !== 'passed');
  for (const c of wrong.slice(0, MAX_CASES)) lines.push(...caseLines(c, step.file));
  if (wrong.length > MAX_CASES) lines.push(`… and ${wrong.length - MAX_CASES} more wrong cases`);
  const failedChecks = step.gradientChecks.filter((g) => !g.passed);
  for (const g of failedChecks)
    lines.push(`Gradient check ${g.tensor} against ${g.against}: relative difference ${g.relativeDifference ?? 'n/a'} > ${g.threshold}`);
  lines.push(`Re-run: ${step.repro}`);
  return lines.join('\n');
}

function where(error: { file?: string; line?: number; column?: number }): string {
  if (!error.file) return '';
  return ` (${error.file}${error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : ''})`;
}

/** Wrong cases spelled out per step, problems per case: the first ones say what the others would repeat. */
export const MAX_CASES = 3;
export const MAX_PROBLEMS = 4;

function caseLines(c: CaseResult, stepFile?: string): string[] {
  if (c.hidden) return [`Case ${c.name}: ${c.message}`];
  const args = c.args.map((a) => `${a.name} ${a.summary}`).join(', ');
  const lines = [`Case ${c.name} [${c.status}]${args ? ` (${args})` : ''}: ${c.message}`];
  // lengths and shapes before values; each message already names its path
  const problems = byCheck(c.problems);
  for (const p of problems.slice(0, MAX_PROBLEMS)) {
    if (p.message !== c.message) lines.push(`  - ${p.message}`);
    lines.push(...entryLines(p).map((l) => `      ${l}`));
  }
  if (problems.length > MAX_PROBLEMS) lines.push(`  - … and ${problems.length - MAX_PROBLEMS} more differences`);
  if (c.error) lines.push(...chainLines(c.error, stepFile).map((l) => `  ${l}`));
  if (c.output) lines.push(`  Printed: ${c.output.trimEnd()}`);
  return lines;
}

/** The whole run as text: the summary line, then one block per broken step. */
export function resultsText(results: GradeResults): string {
  const blocks = [summaryLine(results), ...ungradableReasons(results)];
  for (const { exercise, step } of gradedSteps(results)) {
    if (isBroken(step)) blocks.push(`${exercise.id}/${step.id}\n${stepText(step)}`);
  }
  return blocks.join('\n\n') + '\n';
}
