// Gradescope's autograder results (its "Autograder Specifications": /autograder/results/results.json
// holds `score`, `execution_time`, `output`, `tests[]` …). One test per graded step, numbered
// `exercise.step` in curriculum order, tagged with the misconceptions diagnosed on it, so a
// teacher can filter the submissions that made a given mistake. The grader's messages are written
// for students and are visible; a step graded on hidden seeds too is two tests: its public cases
// (visible) and its hidden cases (`after_published`, their count only), and the visible text only
// ever speaks of the public cases.
import type { ExerciseResult, GradeResults, StepResult } from '../grader/model/results.js';
import type { ReportFile } from './registry.js';
import { gradedSteps, points, resultsText, stepText } from './text.js';

export type GradescopeFormat = 'text' | 'html' | 'simple_format' | 'md' | 'ansi';
export type GradescopeVisibility = 'hidden' | 'after_due_date' | 'after_published' | 'visible';

export interface GradescopeTest {
  name: string;
  number: string;
  score: number;
  max_score: number;
  status: 'passed' | 'failed';
  output: string;
  output_format: GradescopeFormat;
  tags: string[];
  visibility: GradescopeVisibility;
}

export interface GradescopeResults {
  score: number;
  execution_time: number;
  output: string;
  output_format: GradescopeFormat;
  test_output_format: GradescopeFormat;
  visibility: GradescopeVisibility;
  stdout_visibility: GradescopeVisibility;
  tests: GradescopeTest[];
}

/** When hidden cases are not yet shown to students: once the teacher publishes the grades. */
export const HIDDEN_VISIBILITY: GradescopeVisibility = 'after_published';

export function gradescopeResults(results: GradeResults): GradescopeResults {
  const tests = gradedSteps(results).flatMap(({ exercise, step, number }) => stepTests(exercise, step, number));
  const seen = { ...results, exercises: results.exercises.map((e) => ({ ...e, steps: e.steps.map((s) => publicPart(s).step) })) };
  return {
    // Gradescope has no "not gradable" state: an ungradable submission gets what it scored (0 when
    // nothing was found), and the output, which opens with the reason, says why
    score: results.score,
    execution_time: Math.round(results.durationMs / 1000),
    output: resultsText(seen),
    output_format: 'text',
    test_output_format: 'text',
    visibility: 'visible',
    stdout_visibility: 'visible',
    tests,
  };
}

function stepTests(exercise: ExerciseResult, step: StepResult, number: string): GradescopeTest[] {
  const { step: seen, hidden } = publicPart(step);
  const shown: GradescopeTest = {
    name: `${exercise.title}: ${step.id}`,
    number,
    score: seen.score,
    max_score: seen.maxScore,
    status: seen.status === 'passed' ? 'passed' : 'failed',
    output: stepText(seen),
    output_format: 'text',
    tags: step.diagnoses.map((d) => d.id),
    visibility: 'visible',
  };
  if (!hidden) return [shown];
  const { passed, total, score, maxScore } = hidden;
  const advice = passed < total ? ' Which inputs they use is not shown: make sure the step is right for any shape and value, not only on the public cases.' : '';
  return [shown, {
    name: `${exercise.title}: ${step.id} (hidden cases)`,
    number: `${number}.h`,
    score,
    max_score: maxScore,
    status: score === maxScore ? 'passed' : 'failed',
    output: `${passed} of ${total} hidden cases passed (${points(score)}/${points(maxScore)}).${advice}`,
    output_format: 'text',
    tags: [],
    visibility: HIDDEN_VISIBILITY,
  }];
}

interface HiddenPart {
  passed: number;
  total: number;
  score: number;
  maxScore: number;
}

/**
 * A step as the student may see it now, its public cases only (points in proportion to them), and
 * what its hidden cases scored. A step without hidden cases is itself.
 */
function publicPart(step: StepResult): { step: StepResult; hidden?: HiddenPart } {
  const visible = step.cases.filter((c) => !c.hidden);
  const total = step.cases.length;
  if (visible.length === total) return { step };
  const passed = (cases: typeof visible): number => cases.filter((c) => c.status === 'passed').length;
  const maxScore = round(step.maxScore * visible.length / total);
  const score = round(step.maxScore * passed(visible) / total);
  const hidden = step.cases.filter((c) => c.hidden);
  const hiddenPart = { passed: passed(hidden), total: hidden.length, maxScore: round(step.maxScore - maxScore), score: Math.min(round(step.maxScore - maxScore), Math.max(0, round(step.score - score))) };
  const wrong = visible.filter((c) => c.status !== 'passed');
  const base = { ...step, cases: visible, score, maxScore };
  // whatever went wrong in hidden cases only (a failure, a timeout) belongs to the hidden test
  if (wrong.length === 0) return { step: { ...base, status: 'passed', message: `all ${visible.length} public cases correct` }, hidden: hiddenPart };
  if (step.status !== 'passed' && step.status !== 'failed' && step.status !== 'timeout') return { step: base, hidden: hiddenPart };
  const message = `${wrong.length} of ${visible.length} public cases wrong; case ${wrong[0].name}: ${wrong[0].message}`;
  return { step: { ...base, status: 'failed', message }, hidden: hiddenPart };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function gradescopeReport(results: GradeResults): ReportFile[] {
  return [{ file: 'gradescope-results.json', content: JSON.stringify(gradescopeResults(results), null, 2) + '\n' }];
}
