// PrairieLearn's external grading results (/grade/results/results.json): `score` in [0, 1] and
// one test per graded step, which `<pl-external-grader-results>` renders. A submission that cannot
// be graded at all is `gradable: false` with `format_errors`: PrairieLearn then neither awards
// nor takes points and does not count the attempt. PrairieLearn shows the score at once and has
// no later publication: under hidden seeds the student sees their score (all of it from hidden
// cases) and one "hidden cases" test with it, but per step only the public cases, with 0 points.
import type { GradeResults } from '../grader/model/results.js';
import { hasHidden, platformText, publicResults, publicSummary } from './hidden-view.js';

const WHEN = 'the score above counts them, the tests below show the public cases only';
import type { ReportFile } from './registry.js';
import { gradedSteps, stepText, summaryLine, ungradableReasons } from './text.js';

export interface PrairieLearnTest {
  name: string;
  description: string;
  points: number;
  max_points: number;
  message: string;
  output: string;
}

export type PrairieLearnResults =
  | { gradable: true; score: number; message: string; output: string; tests: PrairieLearnTest[] }
  | { gradable: false; format_errors: string[]; message: string; output: string };

export function prairielearnResults(results: GradeResults): PrairieLearnResults {
  const seen = publicResults(results);
  const output = platformText(results, WHEN);
  const reasons = ungradableReasons(results);
  if (reasons.length > 0) return { gradable: false, format_errors: reasons, message: reasons[0], output };
  const tests = gradedSteps(seen).map(
    ({ exercise, step }): PrairieLearnTest => ({
      name: `${exercise.id}/${step.id}`,
      description: `${exercise.title}: ${step.id}${step.file ? ` (${step.file})` : ''}`,
      points: step.score,
      max_points: step.maxScore,
      message: [step.message, ...step.diagnoses.map((d) => `${d.id}: ${d.hint}`)].join('\n'),
      output: stepText(step),
    }),
  );
  const hidden = hasHidden(results);
  if (hidden) tests.push(hiddenTest(results));
  const score = results.maxScore > 0 ? Math.min(1, Math.max(0, results.score / results.maxScore)) : 0;
  const message = hidden ? publicSummary(results, WHEN) : summaryLine(results);
  return { gradable: true, score: Math.round(score * 1e4) / 1e4, message, output, tests };
}

/** Every point of a run with hidden seeds, in one test: which steps and cases earned them is not shown. */
function hiddenTest(results: GradeResults): PrairieLearnTest {
  const message =
    'Your score on the hidden cases of every step. Which steps and which cases is not shown: ' +
    'make each step right for any shape and value.';
  const points = { points: results.score, max_points: results.maxScore };
  return { name: 'hidden-cases', description: 'Hidden cases (all steps)', ...points, message, output: message };
}

export function prairielearnReport(results: GradeResults): ReportFile[] {
  return [{ file: 'prairielearn-results.json', content: JSON.stringify(prairielearnResults(results), null, 2) + '\n' }];
}
