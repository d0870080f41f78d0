// PrairieLearn's external grading results (/grade/results/results.json): `score` in [0, 1] and
// one test per graded step, which `<pl-external-grader-results>` renders. A submission that cannot
// be graded at all is `gradable: false` with `format_errors`: PrairieLearn then neither awards
// nor takes points and does not count the attempt.
import type { GradeResults } from '../grader/model/results.js';
import type { ReportFile } from './registry.js';
import { gradedSteps, resultsText, stepText, summaryLine, ungradableReasons } from './text.js';

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
  const output = resultsText(results);
  const reasons = ungradableReasons(results);
  if (reasons.length > 0) return { gradable: false, format_errors: reasons, message: reasons[0], output };
  const tests = gradedSteps(results).map(({ exercise, step }): PrairieLearnTest => ({
    name: `${exercise.id}/${step.id}`,
    description: `${exercise.title}: ${step.id}${step.file ? ` (${step.file})` : ''}`,
    points: step.score,
    max_points: step.maxScore,
    message: [step.message, ...step.diagnoses.map((d) => `${d.id}: ${d.hint}`)].join('\n'),
    output: stepText(step),
  }));
  const score = results.maxScore > 0 ? Math.min(1, Math.max(0, results.score / results.maxScore)) : 0;
  return { gradable: true, score: Math.round(score * 1e4) / 1e4, message: summaryLine(results), output, tests };
}

export function prairielearnReport(results: GradeResults): ReportFile[] {
  return [{ file: 'prairielearn-results.json', content: JSON.stringify(prairielearnResults(results), null, 2) + '\n' }];
}
