// Grades a whole submission: compile, start one student process, resolve and grade every step,
// then explain composite failures by the sub-steps they import.
import path from 'node:path';
import { exerciseResult, gradeResults, skippedStep } from '../model/assemble.js';
import type { ExerciseResult, GradeResults, StepResult } from '../model/results.js';
import type { StudentProcess } from '../runner/client.js';
import type { SandboxOptions } from '../sandbox/index.js';
import type { ExerciseSpec, StepSpec } from '../spec/types.js';
import { compileSubmission, type CompiledExercise } from './compile.js';
import { readSubmission, type ExerciseSources } from './intake.js';
import { findSubmission } from './find-submission.js';
import { installLibraries, librariesOf } from '../sandbox/libraries.js';
import { errorLine, type CompiledFiles } from './errors.js';
import { gradeStep, type StepTarget } from './grade-step.js';
import { inspectModules, resolveStep, type Resolution } from './resolve.js';
import { explainByDependencies } from './dependencies.js';
import { typeErrors, typeNotesByFile } from './typecheck.js';
import { DEFAULT_SUBMISSION_LIMIT_MS, startSession, type StudentSession } from './session.js';
import { wallBackstopMs } from './limits.js';
import { reproLine } from './repro.js';
import { layersUsed, splitLanguages, startPython } from '../python/runtime.js';
import { inNumpyTerms } from '../python/hints.js';
import { withHiddenResults } from './hidden.js';

export interface GradeOptions {
  submission: string;
  seed: number;
  /** Seeds of hidden cases (platform mode): graded, counted, and reported by status only. */
  hiddenSeeds?: number[];
  exercises: ExerciseSpec[];
  /** Only these exercises / steps (by id); all when empty. */
  onlyExercises?: string[];
  onlySteps?: string[];
  /** CPU time of the whole submission's code (runner/budget.ts); a wall-clock backstop of a few times it ends the rest. */
  submissionLimitMs?: number;
  /** Repro command prefix, e.g. `grade --submission subs/alice`. */
  command?: string;
  onStep?: (exercise: string, step: StepResult) => void;
  /** Called once the submission's files are read (intake refuses a submission before it, with a UsageError). */
  onIntake?: () => void;
  /** Limits of the student process and OS layers to leave out (tests); see grader/sandbox. */
  sandbox?: SandboxOptions;
  /** Also check the TypeScript files' types (typecheck.ts), in a worker while the steps are graded. */
  typecheck?: boolean;
  /**
   * A session started earlier (startSession, with the same limit), used and closed here;
   * its starter closes it too, should this throw before.
   */
  session?: Promise<StudentSession>;
}

export { DEFAULT_SUBMISSION_LIMIT_MS } from './session.js';

export async function gradeSubmission(options: GradeOptions): Promise<GradeResults> {
  const started = Date.now();
  // an existing folder: gradeRun (engine/run.ts) checks it and says what to pass
  const submission = path.resolve(options.submission);
  const ids = options.exercises.map((e) => e.id);
  const { root, folder } = findSubmission(submission, ids);
  // student files are read as text (intake checks), compiled into the sandbox folder, run only there
  const { node: sources, python: pythonSources } = splitLanguages(readSubmission(folder, ids, root));
  options.onIntake?.();
  const types = options.typecheck ? typeErrors(folder, sources) : undefined;
  const limit = options.submissionLimitMs ?? DEFAULT_SUBMISSION_LIMIT_MS;
  const start = (): Promise<StudentSession> => startSession({ ...options.sandbox, submissionLimitMs: limit });
  // the student process boots while the files compile (or since the grade command started it)
  const where = { folder, root, sources, pythonSources, limit };
  const visible = await gradeInSession(options.session ?? start(), where, { ...options, hiddenSeeds: undefined });
  // hidden cases get a fresh process of their own, after the visible run: nothing they leave behind reaches it
  const exercises = options.hiddenSeeds?.length
    ? withHiddenResults(visible.exercises, (await gradeInSession(start(), where, { ...options, onStep: undefined })).exercises)
    : visible.exercises;
  const graded = types ? withTypeNotes(exercises, typeNotesByFile(await types)) : exercises;
  const durationMs = Date.now() - started;
  return gradeResults({
    seed: options.seed,
    submission,
    startedAt: new Date(started),
    durationMs,
    exercises: graded,
    sandbox: visible.sandbox,
  });
}

type Split = ReturnType<typeof splitLanguages>;

type Graded = Pick<GradeResults, 'exercises' | 'sandbox'>;

/** What one run of a student process grades: the submission's folder and sources, within the limit. */
interface Where {
  /** The folder holding the exercise folders (found inside the submission), and the submission's real path. */
  folder: string;
  root: string;
  sources: ExerciseSources[];
  pythonSources: Split['python'];
  limit: number;
}

async function gradeInSession(
  starting: Promise<StudentSession>,
  { folder, root, sources, pythonSources, limit }: Where,
  options: GradeOptions,
): Promise<Graded> {
  const session = await starting;
  const { sandbox, proc, budget } = session;
  // Python exercises (grader/python) run in a Python process of the same sandbox, started only for them
  const python = startPython(pythonSources, sandbox, budget);
  const backstopMs = wallBackstopMs(limit);
  const deadline = setTimeout(() => budget.runOut({ type: 'timeout', limitMs: backstopMs }), backstopMs);
  try {
    const compiled = await compileSubmission(sources, sandbox.root, undefined, (ids) => readImportedFolders(folder, ids, root));
    installLibraries(librariesOf(compiled.packages), folder, sandbox.root);
    for (const [id, exercise] of python.exercises) compiled.exercises.set(id, exercise);
    const procFor = (id: string): StudentProcess => (python.exercises.has(id) && python.proc) || proc;
    const exercises = await Promise.all(
      options.exercises.map(async (spec) => {
        const result = await gradeExercise(spec, compiled.exercises.get(spec.id) as CompiledExercise, procFor(spec.id), compiled, options);
        return python.exercises.has(spec.id) ? inNumpyTerms(result) : result;
      }),
    );
    const nodeUsed = sources.some((e) => e.files.length > 0);
    const sandboxUsed = { layers: layersUsed(proc, nodeUsed || python.exercises.size === 0, python) };
    return { exercises, sandbox: sandboxUsed };
  } finally {
    clearTimeout(deadline);
    await python.close();
    await session.close(); // kills whatever is left under the student's uid, removes the folder
  }
}

/** Folders of the submission that graded files import from, whether or not selected; none when unreadable. */
function readImportedFolders(folder: string, ids: string[], root: string): ExerciseSources[] {
  try {
    return splitLanguages(readSubmission(folder, ids, root)).node; // Python files are never compiled
  } catch {
    return []; // an import of a folder that is not there fails in the student process, naming it
  }
}

/** Each graded step whose file has type errors gets them as a note. */
function withTypeNotes(exercises: ExerciseResult[], notes: Map<string, string[]>): ExerciseResult[] {
  return exercises.map((e) => ({
    ...e,
    steps: e.steps.map((step) => {
      const found = step.file ? notes.get(step.file) : undefined;
      return found && step.status !== 'skipped' ? { ...step, typeErrors: found } : step;
    }),
  }));
}

async function gradeExercise(
  spec: ExerciseSpec,
  compiled: CompiledExercise,
  proc: StudentProcess,
  files: CompiledFiles,
  options: GradeOptions,
): Promise<ExerciseResult> {
  const infos = await inspectModules(proc, compiled);
  const resolutions = new Map(spec.steps.map((s) => [s.id, resolveStep(spec, s.id, compiled, infos, files)]));
  const targets = new Map<string, StepTarget>();
  for (const [id, r] of resolutions) if (r.kind === 'found') targets.set(id, r.target);
  const selected = (step: StepSpec): boolean =>
    (!options.onlyExercises?.length || options.onlyExercises.includes(spec.id)) &&
    (!options.onlySteps?.length || options.onlySteps.includes(step.id));
  const steps = await Promise.all(
    spec.steps.map(async (step) => {
      const repro = reproLine(options.command ?? 'grade', spec.id, step.id, options.seed);
      const result = selected(step)
        ? await gradeResolved(resolutions.get(step.id) as Resolution, {
            exercise: spec,
            spec: step,
            targets,
            proc,
            seed: options.seed,
            hiddenSeeds: options.hiddenSeeds,
            compiled: files,
            repro,
          })
        : skippedStep(step.id, repro);
      options.onStep?.(spec.id, result);
      return result;
    }),
  );
  return exerciseResult(spec, explainByDependencies(steps, compiled, spec.id));
}

type RunWithoutTarget = Omit<Parameters<typeof gradeStep>[0], 'target'>;

async function gradeResolved(resolution: Resolution, run: RunWithoutTarget): Promise<StepResult> {
  const base = {
    id: run.spec.id,
    score: 0,
    maxScore: run.spec.points ?? 1,
    diagnoses: [],
    cases: [],
    gradientChecks: [],
    repro: run.repro,
    durationMs: 0,
  };
  if (resolution.kind === 'missing')
    return {
      ...base,
      status: 'missing',
      message: resolution.message,
      lookedFor: resolution.lookedFor,
      ...(resolution.file ? { file: resolution.file } : {}),
    };
  if (resolution.kind === 'load-error')
    return { ...base, status: 'error', message: errorLine(resolution.error), file: resolution.file, error: resolution.error };
  return gradeStep({ ...run, target: resolution.target });
}
