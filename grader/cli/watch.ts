// `grade --watch`: grade once, then on every save grade again only what the saved files affect —
// the step when a step's own file changed, the whole exercise for any other file (types, index,
// helpers) — and show the merged results, so the screen always holds every step's latest grade.
import { watch, type FSWatcher } from 'node:fs';
import { candidateNames, SOURCE_EXTENSIONS } from '../engine/intake.js';
import type { ExerciseResult, GradeResults } from '../model/results.js';
import type { ExerciseSpec } from '../spec/types.js';
import { ExitCode } from './exit.js';
import { isSelected, type Selection } from './selection.js';
import { clearScreen } from './terminal.js';

/** Editors save in bursts (temp file, rename, chmod): one run per burst. */
export const DEBOUNCE_MS = 150;

interface WatchedRun {
  submission: string;
  selection: Selection;
  exercises: ExerciseSpec[];
}
type Grade<R extends WatchedRun> = (run: R, selection: Selection) => Promise<GradeResults>;
type Show<R extends WatchedRun> = (run: R, results: GradeResults) => Promise<void>;

export async function watchSubmission<R extends WatchedRun>(run: R, grade: Grade<R>, show: Show<R>): Promise<ExitCode> {
  const latest = await grade(run, run.selection);
  await show(run, latest);
  return new Promise((resolve) => new Watch(run, grade, show, latest, resolve).start());
}

/** How long an interrupted run's student process may keep the process alive after Ctrl-C. */
const STOP_GRACE_MS = 500;

class Watch<R extends WatchedRun> {
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  // runs never overlap: a burst of saves during a run is graded after it
  private queue: Promise<void> = Promise.resolve();
  private watcher: FSWatcher | undefined;
  private stopped = false;

  constructor(
    private readonly run: R,
    private readonly grade: Grade<R>,
    private readonly show: Show<R>,
    private latest: GradeResults,
    private readonly done: (code: ExitCode) => void,
  ) {}

  start(): void {
    this.waiting();
    this.watcher = watch(this.run.submission, { recursive: true }, (_event, file) => {
      if (file) this.changed.add(file.toString());
      clearTimeout(this.timer);
      this.timer = setTimeout(() => (this.queue = this.queue.then(() => this.regrade()).catch((e: unknown) => this.warn(e))), DEBOUNCE_MS);
    });
    // the folder itself removed or renamed: nothing left to watch
    this.watcher.on('error', (e) => this.stop(ExitCode.cannotGrade, `grade: stopped watching ${this.run.submission}: ${e.message}\n`));
    process.once('SIGINT', () => this.stop(ExitCode.passed, '\n'));
  }

  private async regrade(): Promise<void> {
    const selection = affected([...this.changed], this.run.exercises, this.run.selection);
    this.changed.clear();
    if (!selection || this.stopped) return;
    const results = await this.grade(this.run, selection);
    if (this.stopped) return;
    this.latest = mergeResults(this.latest, results);
    clearScreen(process.stdout);
    await this.show(this.run, this.latest);
    this.waiting(describeSelection(selection));
  }

  private waiting(what?: string): void {
    const graded = what ? `Graded ${what} again at ${new Date().toLocaleTimeString()}. ` : '';
    process.stdout.write(`\n${graded}Watching ${this.run.submission} for changes (Ctrl-C to stop)\n`);
  }

  /** A failed run (reports not writable, folder gone) is said, and the watch goes on. */
  private warn(error: unknown): void {
    process.stderr.write(`grade: ${error instanceof Error ? error.message : String(error)}\n`);
  }

  private stop(code: ExitCode, message: string): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.watcher?.close();
    process.stderr.write(message);
    setTimeout(() => process.exit(), STOP_GRACE_MS).unref();
    this.done(code);
  }
}

/**
 * What changed files (relative to the submission) make worth grading again, within the user's
 * own selection; `undefined` when nothing (a README, an editor's swap file, another exercise).
 */
export function affected(files: string[], specs: ExerciseSpec[], base: Selection): Selection | undefined {
  const steps = new Map<string, Set<string> | 'all'>();
  for (const file of files) {
    const [exercise, ...rest] = file.split(/[\\/]/);
    const spec = specs.find((e) => e.id === exercise);
    if (!spec || (base.exercises.length > 0 && !base.exercises.includes(exercise))) continue;
    if (rest.length > 0 && !SOURCE_EXTENSIONS.some((ext) => file.endsWith(ext))) continue;
    const step = rest.length === 1 ? spec.steps.find((s) => candidateNames(s.id).includes(rest[0])) : undefined;
    const current = steps.get(exercise);
    if (!step || current === 'all') steps.set(exercise, 'all');
    else steps.set(exercise, (current ?? new Set()).add(step.id));
  }
  const exercises = [...steps.keys()];
  // one engine run grades the same step ids in every exercise it is given: a whole exercise
  // among them means all steps (narrowed by the user's --step, if any)
  const wholeExercise = [...steps.values()].some((s) => s === 'all');
  const narrowed = wholeExercise ? base.steps : [...new Set([...steps.values()].flatMap((s) => [...(s as Set<string>)]))];
  const selection = { exercises, steps: narrowed.filter((s) => base.steps.length === 0 || base.steps.includes(s)) };
  if (exercises.length === 0 || (narrowed.length > 0 && selection.steps.length === 0)) return undefined;
  return specs.some((e) => e.steps.some((s) => isSelected(selection, e.id, s.id))) ? selection : undefined;
}

/** `logistic-regression/dW`, `shallow-network` … for the line under each watch run. */
export function describeSelection(selection: Selection): string {
  const steps = selection.steps.length > 0 ? `/${selection.steps.length === 1 ? selection.steps[0] : `{${selection.steps.join(',')}}`}` : '';
  return selection.exercises.map((e) => e + steps).join(', ');
}

/** The previous results with every step graded in `next` replaced, scores summed again. */
export function mergeResults(previous: GradeResults, next: GradeResults): GradeResults {
  const exercises = previous.exercises.map((old): ExerciseResult => {
    const fresh = next.exercises.find((e) => e.id === old.id);
    if (!fresh) return old;
    const steps = old.steps.map((step) => {
      const update = fresh.steps.find((s) => s.id === step.id);
      return update && update.status !== 'skipped' ? update : step;
    });
    return { ...old, steps, score: sum(steps.map((s) => s.score)), maxScore: sum(steps.map((s) => s.maxScore)) };
  });
  const { graderError, ...rest } = next;
  return {
    ...rest,
    ...(graderError ? { graderError } : {}),
    exercises,
    score: sum(exercises.map((e) => e.score)),
    maxScore: sum(exercises.map((e) => e.maxScore)),
  };
}

const sum = (xs: number[]): number => Math.round(xs.reduce((a, b) => a + b, 0) * 1000) / 1000;
