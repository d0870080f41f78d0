// What a run has graded so far, as complete results at every moment: a grader killed mid-run
// (SIGKILL by a platform's OOM killer, V8's out-of-memory abort, a bug outside every handler) runs
// no more code, so the results files must already be on disk. The journal hands its caller
// provisional results when the run starts (nothing graded) and each time an exercise is judged;
// the caller writes them (cli/grade-run.ts, atomically, through the report writers) and the final
// results replace them. docs/reports.md "Provisional results" says what they contain.
import { exerciseResult, gradeResults, skippedStep, ungradedStep, withoutEvidence } from '../model/assemble.js';
import type { ErrorInfo, GradeResults, StepResult } from '../model/results.js';
import type { ExerciseSpec } from '../spec/types.js';
import { faultAfter } from './fault.js';
import { isSelected, type Selection } from './selection.js';

/** The graderError of provisional results: what a student or platform reads if the grader never finished. */
export const GRADER_STOPPED: ErrorInfo = {
  name: 'GraderStopped',
  message:
    'the grader stopped before it finished grading (it was killed or crashed); re-run it; ' +
    'if it happens again, tell your teacher and send them this file',
};

/** What partial results are built from: the run, and the steps judged before it stopped. */
export interface PartialContext {
  specs: ExerciseSpec[];
  selection: Selection;
  /** Results the engine reported before it stopped, by `exercise/step`. */
  completed: Map<string, StepResult>;
  seed: number;
  submission: string;
  startedAt: Date;
  repro: (exercise: string, step: string) => string;
  /** Hidden seeds: a judged step's score waits for its hidden cases, so none is kept (engine/hidden.ts). */
  hidden?: boolean;
}

/** Results of a run that stopped: judged steps keep their result, the other selected ones are `error` with `pending`. */
export function partialResults(ctx: PartialContext, graderError: ErrorInfo, pending: string): GradeResults {
  const exercises = ctx.specs.map((spec) =>
    exerciseResult(
      spec,
      spec.steps.map((step): StepResult => {
        const repro = ctx.repro(spec.id, step.id);
        const done = ctx.hidden ? undefined : ctx.completed.get(`${spec.id}/${step.id}`);
        if (done) return done;
        if (!isSelected(ctx.selection, spec.id, step.id)) return skippedStep(step.id, repro);
        return ungradedStep(step, pending, graderError, repro);
      }),
    ),
  );
  const durationMs = Date.now() - ctx.startedAt.getTime();
  return gradeResults({ seed: ctx.seed, submission: ctx.submission, startedAt: ctx.startedAt, durationMs, exercises, graderError });
}

/** Where provisional results go; the journal waits for it before a test's fault (fault.ts) fires. */
export type SaveProvisional = (results: GradeResults, when: 'start' | 'exercise') => void | Promise<void>;

export class Journal {
  readonly completed = new Map<string, StepResult>();
  private readonly judged = new Map<string, number>();

  constructor(
    private readonly ctx: Omit<PartialContext, 'completed'>,
    private readonly save?: SaveProvisional,
  ) {}

  /** Grading starts (the submission passed intake): results saying nothing is graded yet. */
  start(): void {
    void Promise.resolve(this.saveNow('start')).catch(() => undefined);
  }

  /** A step judged; when it is its exercise's last, the provisional results are saved again. */
  record(exercise: string, step: StepResult): void {
    this.completed.set(`${exercise}/${step.id}`, step);
    const count = (this.judged.get(exercise) ?? 0) + 1;
    this.judged.set(exercise, count);
    if (count !== this.ctx.specs.find((s) => s.id === exercise)?.steps.length) return;
    const fault = (): void => faultAfter(exercise);
    void Promise.resolve(this.saveNow('exercise')).then(fault, fault);
  }

  private saveNow(when: 'start' | 'exercise'): void | Promise<void> {
    if (!this.save) return;
    const results = partialResults(
      { ...this.ctx, completed: this.completed },
      GRADER_STOPPED,
      'the grader stopped before grading this step',
    );
    // the evidence comes with the final results: provisional ones are cheap to write after every exercise
    return this.save(withoutEvidence(results), when);
  }
}
