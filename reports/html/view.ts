// The whole HTML report as template data: the one-screen summary (score, per-exercise scores, what
// failed and why), then every exercise with its steps. A pure function of the results.
import type { GradeResults, StepStatus } from '../../grader/model/results.js';
import { isBroken, STEP_STATUSES } from '../../grader/model/results.js';
import { percent, points, ungradableReasons } from '../text.js';
import { anchorOf, STATUS_WORD, stepView, type StepView } from './step-view.js';

/** Failures listed in the summary; the rest are one click away in the exercises. */
export const SUMMARY_FAILURES = 12;

export interface FailureView {
  anchor: string;
  name: string;
  status: StepStatus;
  statusWord: string;
  message: string;
  diagnoses: string;
}

export interface ExerciseView {
  id: string;
  anchor: string;
  title: string;
  graded: boolean;
  score: string;
  percent: number;
  broken: number;
  steps: StepView[];
}

export interface PageView {
  title: string;
  tool: string;
  submission: string;
  seed: number;
  startedAt: string;
  duration: string;
  score: string;
  percent: string;
  verdict: string;
  counts: { status: StepStatus; word: string; count: number }[];
  exercises: ExerciseView[];
  failures: FailureView[];
  moreFailures: number;
  notGradable: string[];
  graderError?: { name: string; message: string };
}

export function pageView(results: GradeResults): PageView {
  const exercises = results.exercises.map((e): ExerciseView => {
    const graded = e.steps.some((s) => s.status !== 'skipped');
    return {
      id: e.id,
      anchor: `e-${e.id}`,
      title: e.title,
      graded,
      score: graded ? `${points(e.score)}/${points(e.maxScore)}` : 'not graded in this run',
      percent: e.maxScore > 0 ? Math.round((100 * e.score) / e.maxScore) : 0,
      broken: e.steps.filter(isBroken).length,
      steps: graded ? e.steps.map((s) => stepView(e, s)) : [],
    };
  });
  const failures = results.exercises.flatMap((e) =>
    e.steps.filter(isBroken).map(
      (s): FailureView => ({
        anchor: anchorOf(e.id, s.id),
        name: `${e.id}/${s.id}`,
        status: s.status,
        statusWord: STATUS_WORD[s.status],
        message: s.message,
        diagnoses: s.diagnoses.map((d) => d.id).join(', '),
      }),
    ),
  );
  return {
    title: `${results.tool.name} report: ${points(results.score)}/${points(results.maxScore)}`,
    tool: `${results.tool.name} ${results.tool.version}`,
    submission: results.submission,
    seed: results.seed,
    startedAt: results.startedAt
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC')
      .replace(/Z$/, ' UTC'),
    duration: `${(results.durationMs / 1000).toFixed(1)} s`,
    score: `${points(results.score)}/${points(results.maxScore)}`,
    percent: percent(results),
    verdict: failures.length === 0 ? 'Every graded step passes.' : `${failures.length} step${failures.length === 1 ? '' : 's'} to fix.`,
    counts: STEP_STATUSES.map((status) => ({
      status,
      word: STATUS_WORD[status],
      count: exercises.flatMap((e) => e.steps).filter((s) => s.status === status).length,
    })).filter((c) => c.count > 0 || c.status === 'passed' || c.status === 'failed'),
    exercises,
    failures: failures.slice(0, SUMMARY_FAILURES),
    moreFailures: Math.max(0, failures.length - SUMMARY_FAILURES),
    notGradable: ungradableReasons(results),
    ...(results.graderError ? { graderError: { name: results.graderError.name, message: results.graderError.message } } : {}),
  };
}
