// Grades one step: every case through the comparison funnel, input mutation, properties, then
// gradient checks; the step's status and score follow from its cases.
import { compare } from '../compare/funnel.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../compare/allclose.js';
import { decode, type Value } from '../compare/value.js';
import type { CaseResult, Diagnosis, ErrorInfo, GradientCheck, Problem, StepResult } from '../model/results.js';
import { encode } from '../model/wire.js';
import { createRng } from '../random.js';
import type { Outcome, StudentProcess } from '../runner/client.js';
import type { Mutation } from '../runner/protocol.js';
import type { Case, ExerciseSpec, StepSpec } from '../spec/types.js';
import { errorLine, NOT_IMPLEMENTED, studentError, type CompiledFiles } from './errors.js';
import { gradientChecks } from './gradient.js';
import { hiddenCases, redact } from './hidden.js';
import { diagnose } from '../diagnosis/index.js';
import { withFacts } from '../diagnosis/formulas.js';
import type { Oracle } from '../oracle/types.js';
import { oracleFor } from './oracle.js';
import { stepSeed } from './seeds.js';
import { summarizeArgs } from './summary.js';
import { trainPlots } from './train-plot.js';

export interface StepTarget {
  /** Compiled module relative to the compiled root, and the export to call. */
  module: string;
  name: string;
  /** The source file, relative to the submission folder. */
  file: string;
}

export interface StepRun {
  exercise: ExerciseSpec;
  spec: StepSpec;
  target: StepTarget;
  /** Where the student's other steps are, for pipelines (gradient checks through the student's forward). */
  targets: Map<string, StepTarget>;
  proc: StudentProcess;
  seed: number;
  /** Set in the hidden run only (grade-submission.ts): grade these seeds' hidden cases, redacted, instead of the public ones. */
  hiddenSeeds?: number[];
  compiled: CompiledFiles;
  repro: string;
}

const DEFAULT_CALL_LIMIT_MS = 2000;

export { runReference } from '../oracle/live.js';

export function casesOf(run: Pick<StepRun, 'exercise' | 'spec' | 'seed'>): Case[] {
  return run.spec.cases(createRng(stepSeed(run.seed, run.exercise.id, run.spec.id)));
}

export async function gradeStep(run: StepRun): Promise<StepResult> {
  const started = performance.now();
  const publicCases = casesOf(run);
  const oracle = oracleFor(run.exercise);
  if (run.hiddenSeeds) return gradeHiddenCases(run, oracle, hiddenCases(run.exercise, run.spec, run.hiddenSeeds, publicCases), started);
  const outcomes = await callAll(run, publicCases);
  const notRun = outcomes.find((o) => o.type === 'not-run');
  if (notRun && !outcomes.some((o) => o.type === 'timeout')) return notRunStep(run, notRun.running, performance.now() - started);
  const judged = publicCases.map((c, i) => judgeCase(run, oracle, c, outcomes[i], i === 0));
  const checks = await gradientChecks(
    run,
    oracle,
    publicCases,
    judged.map((j) => j.received),
  );
  const results = judged.map((j) => j.result);
  const diagnoses = results.every((r) => r.status === 'passed')
    ? []
    : diagnose({
        exercise: run.exercise,
        step: run.spec,
        oracle,
        cases: publicCases,
        results,
        received: judged.map((j) => j.received),
        expected: judged.map((j) => j.expected),
        errors: judged.map((j) => j.error),
        gradientChecks: checks,
      }).map((d) => withFacts(d, run.exercise.id, run.spec.id));
  return stepResult(run, judged, checks, diagnoses, performance.now() - started);
}

/** The hidden run (its own student process, see hidden.ts): the cases' statuses only, no checks, no diagnosis. */
async function gradeHiddenCases(run: StepRun, oracle: Oracle, cases: Case[], started: number): Promise<StepResult> {
  const outcomes = await callAll(run, cases);
  const judged = cases.map((c, i) => {
    const j = judgeCase(run, oracle, c, outcomes[i], false, false);
    return { notImplemented: j.notImplemented, result: redact(j.result, i) };
  });
  return stepResult(run, judged, [], [], performance.now() - started);
}

function callAll(run: StepRun, cases: Case[]): Promise<Outcome[]> {
  const limitMs = run.spec.timeoutMs ?? DEFAULT_CALL_LIMIT_MS;
  const call = (c: Case) => ({ module: run.target.module, name: run.target.name, args: c.args.map((a) => encode(a)) });
  const label = `${run.exercise.id}/${run.spec.id}`;
  return Promise.all(cases.map((c) => run.proc.send({ type: 'call', call: call(c), checkMutation: true }, limitMs, label)));
}

/** The submission's time ran out before this step ran: 0, and the step that used the time named. */
function notRunStep(run: StepRun, running: string | undefined, durationMs: number): StepResult {
  const where = running ? ` in \`${running}\`` : '';
  const base = { id: run.spec.id, score: 0, maxScore: run.spec.points ?? 1, file: run.target.file, repro: run.repro, durationMs };
  const message = `not run: the submission ran out of time${where}`;
  return { ...base, diagnoses: [], cases: [], gradientChecks: [], status: 'not-run', message, ...(running ? { ranOutIn: running } : {}) };
}

interface Judged {
  result: CaseResult;
  received?: Value;
  expected?: Value;
  error?: ErrorInfo;
  notImplemented: boolean;
}

function judgeCase(run: StepRun, oracle: Oracle, c: Case, outcome: Outcome, first: boolean, plot = true): Judged {
  const base = { name: c.name, args: summarizeArgs(run.spec.params, c.args), problems: [] as Problem[] };
  if (outcome.type === 'timeout') {
    return {
      result: {
        ...base,
        status: 'timeout',
        message: `did not return within ${outcome.limitMs} ms (an infinite loop, or a promise that never resolves?)`,
        durationMs: outcome.limitMs,
      },
      notImplemented: false,
    };
  }
  if (outcome.type === 'crashed' || outcome.type === 'not-run') {
    const message = outcome.type === 'crashed' ? outcome.message : 'not run: the submission ran out of time';
    return { result: { ...base, status: 'error', message, durationMs: 0 }, error: { name: 'Crash', message }, notImplemented: false };
  }
  if (outcome.type === 'threw') {
    const error = studentError(outcome.error, run.compiled);
    const message = errorLine(error, run.target.file);
    const result: CaseResult = { ...base, status: 'error', message, output: outcome.output || undefined, error, durationMs: outcome.ms };
    return { result, error, notImplemented: error.message.startsWith(NOT_IMPLEMENTED) };
  }
  if (outcome.type !== 'returned') throw new Error(`unexpected reply ${outcome.type}`);
  const expected = decode(oracle.expected(run.spec, c));
  const received = decode(outcome.value);
  const tolerance: Tolerance = { ...DEFAULT_TOLERANCE, ...run.spec.tolerance, ...c.tolerance };
  const problems = [
    ...compare(expected, received, { dims: c.dims, tolerance, rootName: run.spec.id }),
    ...outcome.mutations.map((m) => mutationProblem(run.spec, m)),
    ...(run.spec.properties ?? []).map((p) => p(received, c)).filter((p): p is Problem => p !== undefined),
  ];
  const status = problems.length === 0 ? 'passed' : 'failed';
  const message = problems[0]?.message ?? 'correct';
  const plots = plot ? trainPlots(run.exercise, run.spec, c, expected, received, first || status !== 'passed') : {};
  return {
    result: { ...base, status, message, problems, output: outcome.output || undefined, durationMs: outcome.ms, ...plots },
    received,
    expected,
    notImplemented: false,
  };
}

function mutationProblem(spec: StepSpec, m: Mutation): Problem {
  const arg = spec.params[m.arg] ?? `argument ${m.arg + 1}`;
  // the fact as data (`firstChange`), for the rules; the message says it for people
  const firstChange = m.path ? `${arg}${m.path.startsWith('[') ? '' : '.'}${m.path}` : undefined;
  const where = firstChange ? ` (first change at ${firstChange})` : '';
  const message = `${spec.id} changed its argument ${arg} in place${where}; return a new value instead`;
  return { path: arg, check: 'mutation', message, ...(firstChange ? { firstChange } : {}) };
}

function stepResult(
  run: StepRun,
  judged: Judged[],
  gradientChecks: GradientCheck[],
  diagnoses: Diagnosis[],
  durationMs: number,
): StepResult {
  const points = run.spec.points ?? 1;
  const cases = judged.map((j) => j.result);
  const passed = cases.filter((c) => c.status === 'passed').length;
  const score = Math.round((points * passed * 1000) / cases.length) / 1000;
  const base = {
    id: run.spec.id,
    score,
    maxScore: points,
    file: run.target.file,
    diagnoses,
    cases,
    gradientChecks,
    repro: run.repro,
    durationMs,
  };
  if (judged.every((j) => j.notImplemented)) {
    return {
      ...base,
      status: 'missing',
      message: `not implemented yet (${run.target.file} still throws the starter's error)`,
      lookedFor: [run.target.file],
    };
  }
  const timedOut = cases.find((c) => c.status === 'timeout');
  if (timedOut)
    return {
      ...base,
      status: 'timeout',
      message: `case ${timedOut.name}: ${timedOut.message}`,
      limitMs: run.spec.timeoutMs ?? DEFAULT_CALL_LIMIT_MS,
    };
  const ran = judged.filter((j) => j.result.status === 'passed' || j.result.status === 'failed');
  if (ran.length === 0) {
    const error = judged.find((j) => j.error)?.error ?? { name: 'Error', message: 'no case ran' };
    return { ...base, status: 'error', message: errorLine(error, run.target.file), error };
  }
  const threw = judged.find((j) => j.error && j.result.status === 'error');
  if (threw?.error) return partlyThrown(base, threw.error, cases);
  if (passed === cases.length) return { ...base, status: 'passed', message: `all ${cases.length} cases correct` };
  const first = cases.find((c) => c.status !== 'passed');
  return {
    ...base,
    status: 'failed',
    message: `${cases.length - passed} of ${cases.length} cases wrong; case ${first?.name}: ${first?.message}`,
  };
}

/**
 * A step that throws on some public cases and passes others is an error, and scores 0: code that
 * throws on ordinary inputs is not a partial solution, and the cases it passes are often the ones
 * that cannot show the bug (a product without its transpose runs when m = 1). README, point 7.
 */
function partlyThrown(base: Omit<StepResult, 'status' | 'message'>, error: ErrorInfo, cases: CaseResult[]): StepResult {
  const threw = cases.filter((c) => c.status === 'error' && !c.hidden);
  const passed = cases.filter((c) => c.status === 'passed' && !c.hidden).length;
  const first = threw[0];
  const credit = passed > 0 ? `; a step that throws gets no credit for the ${passed} case${passed === 1 ? '' : 's'} it passed` : '';
  // counted over the public cases: nothing about hidden ones reaches the message
  const message =
    `threw on ${threw.length} of ${cases.filter((c) => !c.hidden).length} cases ` + `(case ${first.name}: ${first.message})${credit}`;
  return { ...base, score: 0, status: 'error', message, error };
}
