// `grade selftest`: grades the reference (it must get full marks), then every mutant as a student
// would hand it in — the reference with that one step replaced by the mutant's file, graded by
// the real engine in a real student process — and checks that each fails and is diagnosed as
// itself. Mutants a teacher added without a file are checked in this process instead.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gradeSubmission } from '../engine/grade-submission.js';
import type { StepStatus } from '../model/results.js';
import { packageRoot } from '../paths.js';
import type { ExerciseSpec, Mutant, StepSpec } from '../spec/types.js';
import { mutantName, mutantsOf } from '../diagnosis/mutants/index.js';
import { distinguishability, type Distinguishability } from './distinguish.js';
import { batchesOf, type Job } from './batches.js';
import { tooFewCases } from './case-count.js';
import { diagnoseInProcess } from './in-process.js';

export interface MutantResult {
  name: string;
  exercise: string;
  step: string;
  id: string;
  /** `engine`: graded from its file in a student process; `in-process`: a teacher's mutant without a file. */
  how: 'engine' | 'in-process';
  status: StepStatus;
  /** The diagnoses' ids, most likely first. */
  diagnosed: string[];
}

export interface ReferenceResult {
  exercise: string;
  score: number;
  maxScore: number;
}

export interface SelftestReport extends Distinguishability {
  seed: number;
  reference: ReferenceResult[];
  mutants: MutantResult[];
  /** Steps with fewer than 3 cases, each with the reason: the selftest fails on them. */
  tooFewCases: string[];
  durationMs: number;
}

export interface SelftestOptions {
  exercises: ExerciseSpec[];
  seed: number;
  /**
   * Each exercise's reference files, by exercise id; default: the package's reference/<id>
   * (a teacher's exercise: its folder's reference/).
   */
  referenceDirs?: ReadonlyMap<string, string>;
  /** Mutants graded at once (one student process each); default: the number of CPUs. */
  concurrency?: number;
  onMutant?: (result: MutantResult) => void;
}

export async function runSelftest(options: SelftestOptions): Promise<SelftestReport> {
  const started = Date.now();
  const referenceOf = (exercise: ExerciseSpec): string =>
    options.referenceDirs?.get(exercise.id) ?? path.join(packageRoot(), 'reference', exercise.id);
  const reference = await gradeReference(options.exercises, options.seed, referenceOf);
  const jobs: Job[] = options.exercises.flatMap((exercise) =>
    exercise.steps.flatMap((step) => mutantsOf(exercise, step).map((mutant) => ({ exercise, step, mutant }))),
  );
  const inProcess = jobs.filter((j) => !j.mutant.file).map((j) => dryRun(j.exercise, j.step, j.mutant, options.seed));
  const graded = await pool(batchesOf(jobs.filter((j) => j.mutant.file)), options.concurrency ?? os.availableParallelism(), (batch) =>
    gradeBatch(batch, options.seed, referenceOf),
  );
  const byName = new Map([...graded.flat(), ...inProcess].map((r) => [r.name, r]));
  // in the order of the exercises and steps, whatever order the batches finished in
  const mutants = jobs.map((j) => byName.get(mutantName(j.exercise.id, j.step.id, j.mutant)) as MutantResult);
  mutants.forEach((r) => options.onMutant?.(r));
  const tooFew = tooFewCases(options.exercises, options.seed);
  const distinct = distinguishability(options.exercises, options.seed);
  return { seed: options.seed, reference, mutants, tooFewCases: tooFew, ...distinct, durationMs: Date.now() - started };
}

/** Every exercise's reference, laid out as a submission and graded: each must get full marks. */
async function gradeReference(
  exercises: ExerciseSpec[],
  seed: number,
  referenceOf: (exercise: ExerciseSpec) => string,
): Promise<ReferenceResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-selftest-'));
  try {
    for (const exercise of exercises) cpSync(referenceOf(exercise), path.join(dir, exercise.id), { recursive: true });
    const results = await gradeSubmission({ submission: dir, seed, exercises });
    return results.exercises.map((e) => ({ exercise: e.id, score: e.score, maxScore: e.maxScore }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The reference's folder of the exercise with each batched step's file replaced by its mutant's, graded on those steps only. */
async function gradeBatch(batch: Job[], seed: number, referenceOf: (exercise: ExerciseSpec) => string): Promise<MutantResult[]> {
  const { exercise } = batch[0];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-selftest-'));
  try {
    cpSync(referenceOf(exercise), path.join(dir, exercise.id), { recursive: true });
    for (const { step, mutant } of batch)
      cpSync(path.join(packageRoot(), mutant.file as string), path.join(dir, exercise.id, `${step.id}.ts`));
    const results = await gradeSubmission({ submission: dir, seed, exercises: [exercise], onlySteps: batch.map((j) => j.step.id) });
    return batch.map(({ step, mutant }) => {
      const graded = results.exercises[0].steps.find((s) => s.id === step.id);
      return resultOf(exercise, step, mutant, 'engine', graded?.status ?? 'error', graded?.diagnoses.map((d) => d.id) ?? []);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function resultOf(
  exercise: ExerciseSpec,
  step: StepSpec,
  mutant: Mutant,
  how: MutantResult['how'],
  status: StepStatus,
  diagnosed: string[],
): MutantResult {
  return { name: mutantName(exercise.id, step.id, mutant), exercise: exercise.id, step: step.id, id: mutant.id, how, status, diagnosed };
}

/** A mutant without a file: its outputs stand in for the student's, judged and diagnosed as the engine would. */
export function dryRun(exercise: ExerciseSpec, step: StepSpec, mutant: Mutant, seed: number): MutantResult {
  const { passed, diagnoses } = diagnoseInProcess(exercise, step, mutant.apply, seed);
  return resultOf(
    exercise,
    step,
    mutant,
    'in-process',
    passed ? 'passed' : 'failed',
    diagnoses.map((d) => d.id),
  );
}

/** Runs `work` on every item, at most `size` at a time, keeping the items' order in the results. */
async function pool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  return results;
}
