// Gradescope's autograder results (its "Autograder Specifications": /autograder/results/results.json
// holds `score`, `execution_time`, `output`, `tests[]` …). One test per graded step, numbered
// `exercise.step` in curriculum order, tagged with the misconceptions diagnosed on it, so a
// teacher can filter the submissions that made a given mistake. Everything is visible: the
// grader's messages are written for students.
import type { GradeResults } from '../grader/model/results.js';
import type { ReportFile } from './registry.js';
import { gradedSteps, resultsText, stepText } from './text.js';

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

export function gradescopeResults(results: GradeResults): GradescopeResults {
  const tests = gradedSteps(results).map(({ exercise, step, number }): GradescopeTest => ({
    name: `${exercise.title}: ${step.id}`,
    number,
    score: step.score,
    max_score: step.maxScore,
    status: step.status === 'passed' ? 'passed' : 'failed',
    output: stepText(step),
    output_format: 'text',
    tags: step.diagnoses.map((d) => d.id),
    visibility: 'visible',
  }));
  return {
    // Gradescope has no "not gradable" state: an ungradable submission gets what it scored (0 when
    // nothing was found), and the output, which opens with the reason, says why
    score: results.score,
    execution_time: Math.round(results.durationMs / 1000),
    output: resultsText(results),
    output_format: 'text',
    test_output_format: 'text',
    visibility: 'visible',
    stdout_visibility: 'visible',
    tests,
  };
}

export function gradescopeReport(results: GradeResults): ReportFile[] {
  return [{ file: 'gradescope-results.json', content: JSON.stringify(gradescopeResults(results), null, 2) + '\n' }];
}
