// Plain results of one made-up exercise `ex`, for the class reports' pure writers: each step's
// status, score and diagnosed misconception ids, nothing else.
import { ungradedResults } from '../../grader/batch/ungraded.js';
import type { GradeResults } from '../../grader/model/results.js';

export type StepRow = [string, GradeResults['exercises'][number]['steps'][number]['status'], number, string[]];

export const results = (score: number, steps: StepRow[]): GradeResults => {
  const base = ungradedResults(
    { name: 'x', message: 'x' },
    { specs: [], seed: 1, submission: 's', startedAt: new Date(0), durationMs: 5, command: 'grade' },
  );
  const stepResults = steps.map(
    ([id, status, s, diagnoses]) =>
      ({
        id,
        status,
        score: s,
        maxScore: 1,
        message: '',
        diagnoses: diagnoses.map((d) => ({ id: d, message: `${d} seen`, hint: `fix ${d}` })),
        cases: [],
        gradientChecks: [],
        repro: '',
        durationMs: 0,
      }) as GradeResults['exercises'][number]['steps'][number],
  );
  const { graderError: _omit, ...rest } = base;
  return {
    ...rest,
    score,
    maxScore: steps.length,
    exercises: [{ id: 'ex', title: 'Ex', score, maxScore: steps.length, steps: stepResults }],
  };
};
