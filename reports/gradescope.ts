// Gradescope's autograder results (its "Autograder Specifications": /autograder/results/results.json
// holds `score`, `execution_time`, `output`, `tests[]` …). One test per graded step, numbered
// `exercise.step` in curriculum order, tagged with the misconceptions diagnosed on it, so a
// teacher can filter the submissions that made a given mistake. The spec keeps run_autograder's
// stdout for instructors (`stdout_visibility: hidden`); what students see is `output` and the
// visible tests. A step graded on hidden seeds is two tests: its public cases (visible, 0 points:
// every point is a hidden one) and its hidden cases (`after_published`, their points and count
// only); the visible text never speaks of them nor shows a score that includes them.
import type { ExerciseResult, GradeResults, StepResult } from '../grader/model/results.js';
import { platformText, publicPart, type HiddenPart } from './hidden-view.js';
import type { ReportFile } from './registry.js';
import { gradedSteps, points, stepText } from './text.js';

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

/** When hidden cases are shown to students: once the teacher publishes the grades. */
export const HIDDEN_VISIBILITY: GradescopeVisibility = 'after_published';

export function gradescopeResults(results: GradeResults): GradescopeResults {
  const tests = gradedSteps(results).flatMap(({ exercise, step, number }) => stepTests(exercise, step, number));
  const output = platformText(results, 'it is shown when your teacher publishes the grades');
  return {
    // Gradescope has no "not gradable" state: an ungradable submission gets what it scored (0 when
    // nothing was found), and the output, which opens with the reason, says why
    score: results.score,
    execution_time: Math.round(results.durationMs / 1000),
    output,
    output_format: 'text',
    test_output_format: 'text',
    visibility: 'visible',
    // the console report and the student's prints are the instructor's, per the spec
    stdout_visibility: 'hidden',
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
    tags: seen.diagnoses.map((d) => d.id),
    visibility: 'visible',
  };
  return hidden ? [shown, hiddenTest(exercise, step, number, hidden)] : [shown];
}

function hiddenTest(exercise: ExerciseResult, step: StepResult, number: string, hidden: HiddenPart): GradescopeTest {
  const { passed, total, score, maxScore } = hidden;
  const advice =
    passed < total
      ? ' Which inputs they use is not shown: make sure the step is right for any shape and value, not only on the public cases.'
      : '';
  const how = "the step's points × the share of hidden cases passed × the share of public cases passed";
  return {
    name: `${exercise.title}: ${step.id} (hidden cases)`,
    number: `${number}.h`,
    score,
    max_score: maxScore,
    status: score === maxScore ? 'passed' : 'failed',
    output: `${passed} of ${total} hidden cases passed (${points(score)}/${points(maxScore)}: ${how}).${advice}`,
    output_format: 'text',
    tags: [],
    visibility: HIDDEN_VISIBILITY,
  };
}

export function gradescopeReport(results: GradeResults): ReportFile[] {
  return [{ file: 'gradescope-results.json', content: JSON.stringify(gradescopeResults(results), null, 2) + '\n' }];
}
