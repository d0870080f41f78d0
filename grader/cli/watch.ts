// `grade --watch`: grade once, then on every save grade again every exercise the saved files
// affect (their own, and every one importing them: cli/watch-graph.ts) and show the merged
// results. Whole exercises are re-graded, so each shown exercise is exactly what a full run
// grades (composites, "fails because" and all); the others are unchanged by the save.
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { SOURCE_EXTENSIONS } from '../engine/intake.js';
import { isPythonSource } from '../python/layout.js';
import type { Selection } from '../engine/selection.js';
import { withExercises } from '../model/assemble.js';
import { isGraded, type GradeResults } from '../model/results.js';
import type { ExerciseSpec } from '../spec/types.js';
import { exitAfter, ExitCode } from './exit.js';
import { clearScreen } from './terminal.js';
import { affectedExercises, IGNORED_DIR } from './watch-graph.js';
import { describeChanges } from './watch-screen.js';

/** Editors save in bursts (temp file, rename, chmod): one run per burst. */
export const DEBOUNCE_MS = 150;
/** How long an interrupted run's student process may keep the process alive after Ctrl-C. */
const STOP_GRACE_MS = 500;

interface WatchedRun {
  submission: string;
  selection: Selection;
  exercises: ExerciseSpec[];
}
type Grade<R extends WatchedRun> = (run: R, selection: Selection) => Promise<GradeResults>;
type Show<R extends WatchedRun> = (run: R, results: GradeResults) => Promise<void>;

export function watchSubmission<R extends WatchedRun>(run: R, grade: Grade<R>, show: Show<R>): Promise<ExitCode> {
  return new Promise((resolve, reject) => new Watch(run, grade, show, resolve, reject).start());
}

class Watch<R extends WatchedRun> {
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  // runs never overlap: a burst of saves during a run is graded after it
  private queue: Promise<void> = Promise.resolve();
  private readonly folders = new FolderWatch();
  private stopped = false;
  /** The merged results on screen; set by the first grade, which every re-grade queues behind. */
  private latest: GradeResults | undefined;

  constructor(
    private readonly run: R,
    private readonly grade: Grade<R>,
    private readonly show: Show<R>,
    private readonly done: (code: ExitCode) => void,
    private readonly failed: (error: unknown) => void,
  ) {}

  start(): void {
    const gone = (e: Error): void => this.stop(ExitCode.cannotGrade, `grade: stopped watching ${this.run.submission}: ${e.message}\n`);
    // watched before the first grade: a save while it runs (or just after) is graded after it, never missed
    this.folders.open(this.run.submission, (file) => this.saved(file), gone);
    // on, not once: the sandbox's own handler (sandbox/index.ts) must still see this one while the signal is dispatched
    process.on('SIGINT', () => this.stop(ExitCode.passed, '\n'));
    this.queue = this.first();
  }

  /** The first grade of everything selected; if it cannot run at all (exit 2), neither can the watch. */
  private async first(): Promise<void> {
    try {
      this.latest = await this.grade(this.run, this.run.selection);
      await this.show(this.run, this.latest);
      this.waiting(`Graded at ${now()}.`);
    } catch (error) {
      this.stopped = true;
      this.folders.close();
      this.failed(error);
    }
  }

  private saved(file: string): void {
    this.changed.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.queue = this.queue.then(() => this.regrade()).catch((e: unknown) => this.warn(e))), DEBOUNCE_MS);
  }

  private async regrade(): Promise<void> {
    const files = [...this.changed].filter(mayMatter);
    this.changed.clear();
    const selected = this.run.selection.exercises;
    const ids = this.run.exercises.map((e) => e.id).filter((id) => selected.length === 0 || selected.includes(id));
    const exercises = affectedExercises(this.run.submission, files, ids);
    if (exercises.length === 0 || this.stopped || !this.latest) return;
    const results = await this.grade(this.run, { exercises, steps: this.run.selection.steps });
    if (this.stopped) return;
    const previous = this.latest;
    this.latest = mergeResults(previous, results);
    clearScreen(process.stdout);
    await this.show(this.run, this.latest);
    this.waiting(`Graded ${exercises.join(', ')} again at ${now()}. ${describeChanges(previous, this.latest) || 'No step changed.'}`);
  }

  private waiting(graded: string): void {
    process.stdout.write(`\n${graded}\nWatching ${this.run.submission} for changes (Ctrl-C to stop)\n`);
  }

  /** A failed run (reports not writable, folder gone) is said, and the watch goes on. */
  private warn(error: unknown): void {
    process.stderr.write(`grade: ${error instanceof Error ? error.message : String(error)}\n`);
  }

  private stop(code: ExitCode, message: string): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.folders.close();
    process.stderr.write(message);
    exitAfter(STOP_GRACE_MS);
    this.done(code);
  }
}

const now = (): string => new Date().toLocaleTimeString();

/** A source file, or a folder (created, removed or renamed); not a README or an editor's swap file. */
function mayMatter(file: string): boolean {
  const name = path.basename(file);
  return SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)) || isPythonSource(name) || !name.includes('.');
}

/**
 * One watcher per folder of the submission, not node's recursive watch: a folder's watcher sees
 * its files replaced by a rename (`sed -i`, editors' atomic saves), and folders that appear get
 * their own watcher on the next event.
 */
class FolderWatch {
  private readonly watchers = new Map<string, FSWatcher>();
  private root = '';
  private onFile: (file: string) => void = () => {};

  open(root: string, onFile: (file: string) => void, onRootError: (e: Error) => void): void {
    this.root = root;
    this.onFile = onFile;
    this.add('', onRootError);
  }

  private add(dir: string, onError?: (e: Error) => void): void {
    if (this.watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(path.join(this.root, dir), (_event, name) => this.event(dir, name?.toString()));
    } catch {
      return; // gone before it could be watched
    }
    watcher.on('error', (e) => (onError ? onError(e) : this.remove(dir)));
    this.watchers.set(dir, watcher);
    this.scan(dir);
  }

  private event(dir: string, name: string | undefined): void {
    if (name === undefined || IGNORED_DIR.test(name)) return;
    const file = dir ? `${dir}/${name}` : name;
    this.scan(dir);
    this.onFile(file);
  }

  /** Watches the sub-folders of `dir` not yet watched; forgets those that are gone. */
  private scan(dir: string): void {
    for (const known of this.watchers.keys()) {
      if (known !== '' && !existsDir(path.join(this.root, known))) this.remove(known);
    }
    for (const sub of subFolders(path.join(this.root, dir))) this.add(dir ? `${dir}/${sub}` : sub);
  }

  private remove(dir: string): void {
    this.watchers.get(dir)?.close();
    this.watchers.delete(dir);
  }

  close(): void {
    for (const dir of [...this.watchers.keys()]) this.remove(dir);
  }
}

/** The previous results with the re-graded exercises replaced, totals and status computed again. */
export function mergeResults(previous: GradeResults, next: GradeResults): GradeResults {
  const fresh = new Map(next.exercises.filter((e) => e.steps.some(isGraded)).map((e) => [e.id, e]));
  const exercises = previous.exercises.map((old) => fresh.get(old.id) ?? old);
  return withExercises(next, exercises);
}

function existsDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function subFolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !IGNORED_DIR.test(e.name))
      .map((e) => e.name);
  } catch {
    return [];
  }
}
