// `grade --watch`: grade once, then on every save grade again only what the saved files affect —
// the step when a step's own file changed, the whole exercise for any other file (types, index,
// helpers) — and show the merged results, so the screen always holds every step's latest grade.
import { watch, type FSWatcher } from 'node:fs';
import { candidateNames, SOURCE_EXTENSIONS } from '../engine/intake.js';
import type { ExerciseResult, GradeResults } from '../model/results.js';
import { EXERCISES } from '../spec/index.js';
import type { ExerciseSpec } from '../spec/types.js';
import { ExitCode } from './exit.js';
import { isSelected, type Selection } from './selection.js';
import { clearScreen } from './terminal.js';

/** Editors save in bursts (temp file, rename, chmod): one run per burst. */
export const DEBOUNCE_MS = 150;

interface WatchedRun {
  submission: string;
  selection: Selection;
}
type Grade<R extends WatchedRun> = (run: R, selection: Selection) => Promise<GradeResults>;
type Show<R extends WatchedRun> = (run: R, results: GradeResults) => Promise<void>;

export async function watchSubmission<R extends WatchedRun>(run: R, grade: Grade<R>, show: Show<R>): Promise<ExitCode> {
  let latest = await grade(run, run.selection);
  await show(run, latest);
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const waiting = (what?: string): boolean =>
    process.stdout.write(`\n${what ? `Graded ${what} again at ${new Date().toLocaleTimeString()}. ` : ''}Watching ${run.submission} for changes (Ctrl-C to stop)\n`);
  const regrade = async (): Promise<void> => {
    const selection = affected([...changed], EXERCISES, run.selection);
    changed.clear();
    if (!selection || stopped) return;
    const results = await grade(run, selection);
    if (stopped) return;
    latest = mergeResults(latest, results);
    clearScreen(process.stdout);
    await show(run, latest);
    waiting(describe(selection));
  };
  waiting();
  const watcher: FSWatcher = watch(run.submission, { recursive: true }, (_event, file) => {
    if (file) changed.add(file.toString());
    clearTimeout(timer);
    // runs never overlap: a burst during a run is graded after it
    timer = setTimeout(() => (running = running.then(regrade)), DEBOUNCE_MS);
  });
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      stopped = true;
      clearTimeout(timer);
      watcher.close();
      process.stdout.write('\n');
      resolve(ExitCode.passed);
    });
  });
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
export function describe(selection: Selection): string {
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
