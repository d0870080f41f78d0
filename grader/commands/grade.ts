// The grade command: its help and options. The grading itself is loaded only when it runs, so
// `--help` and the other commands never load the engine.
import { GRADE_OPTIONS, toGradeArgs, type GradeArgs, type RawGradeArgs } from '../cli/options.js';
import type { StudentSession } from '../engine/session.js';
import type { CommandModule } from './types.js';

export const gradeCommand: CommandModule = {
  command: 'grade',
  aliases: ['$0'],
  describe: 'Grade a submission folder step by step (the default command)',
  options: GRADE_OPTIONS,
  examples: [
    ['grade', 'grade ./exercises, write grade-results/results.json'],
    ['grade --exercise logistic-regression --step dW', 'grade one step (what the repro commands do)'],
    ['grade --watch', 'grade again on every save'],
    ['grade --submission subs/alice --json > alice.json', 'results as JSON on stdout'],
    ['grade --min-score 0.6', 'exit 0 from 60% of the maximum score'],
  ],
  epilogue: [
    'Exit status: 0 every graded step passed (or the score reached --min-score),',
    '1 otherwise, 2 when grading could not run (bad arguments, no such folder, a grader error).',
    'The results files are written as grading goes: a grader killed mid-run leaves them saying so.',
    'Environment: NO_COLOR turns colour off, FORCE_COLOR turns it on off a terminal;',
    'MLGRADE_NO_CACHE=1 compiles every file afresh (compiled files are kept in ~/.cache/mlgrade).',
  ].join('\n'),
  async run(args) {
    const gradeArgs = toGradeArgs(args as RawGradeArgs);
    // the student process boots while the rest of the grader loads (once: watch mode starts its own)
    const session = gradeArgs.watch ? undefined : (await startEarly(gradeArgs)).started;
    try {
      const [{ runGrade }, { assignmentFor }, { gradedExercises }] = await Promise.all([
        import('../cli/grade-run.js'),
        import('../config/assignment.js'),
        import('../config/graded-exercises.js'),
      ]);
      const { exercises, hiddenSeeds } = await assignmentFor(gradeArgs);
      return await runGrade(gradeArgs, gradedExercises(exercises, gradeArgs.seed, hiddenSeeds), hiddenSeeds, session);
    } finally {
      // closed by the grading once it used it; closed here when something failed before that
      await session?.then(
        (s) => s.close(),
        () => undefined,
      );
    }
  },
};

/**
 * Starts the sandboxed student process; a failure shows when the grading awaits it. Only its small
 * module is awaited, alone: imported beside the rest of the grader it would wait for all of it.
 */
async function startEarly(args: GradeArgs): Promise<{ started: Promise<StudentSession> }> {
  const submissionLimitMs = args.timeLimitSeconds !== undefined ? Math.round(args.timeLimitSeconds * 1000) : undefined;
  const { startSession } = await import('../engine/session.js');
  const started = startSession(submissionLimitMs !== undefined ? { submissionLimitMs } : {});
  started.catch(() => undefined); // not unhandled while nobody awaits it yet
  return { started };
}
