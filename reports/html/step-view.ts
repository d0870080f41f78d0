// One step of the HTML report as template data: status, diagnosis with its formula as MathML,
// the error, the gradient checks per tensor, and each case with its mismatches and charts.
// Pure: markup built here (MathML, SVG, matrix tables) is escaped here.
import type { CaseResult, Diagnosis, ExerciseResult, GradientCheck, Problem, StepResult, StepStatus } from '../../grader/model/results.js';
import { isBroken, STATUS_SYMBOL } from '../../grader/model/results.js';
import { chainLines } from '../evidence.js';
import { points } from '../text.js';
import { boundaryChart, costChart } from './charts.js';
import { num } from './format.js';
import { formulaMathML } from './math.js';
import { mismatchView } from './matrix.js';

export const STATUS_WORD: Record<StepStatus, string> = {
  passed: 'Passed',
  failed: 'Failed',
  error: 'Error',
  timeout: 'Timed out',
  missing: 'Missing',
  skipped: 'Not graded',
  'not-run': 'Not run (out of time)',
};

export interface DiagnosisView {
  id: string;
  title: string;
  message: string;
  hint: string;
  explanation?: string;
  formula?: string;
  note?: string;
}

export interface ProblemView {
  message: string;
  stats?: { maxAbs: string; maxRel: string; wrong: number; total: number };
  matrices?: string;
}

export interface CaseView {
  name: string;
  status: string;
  statusWord: string;
  symbol: string;
  open: boolean;
  hidden: boolean;
  args: string;
  message: string;
  /** The case's message is its first problem's (the engine's rule): then it is said once, with the problem. */
  messageInProblems: boolean;
  problems: ProblemView[];
  moreProblems: number;
  output?: string;
  costChart?: string;
  boundaryChart?: string;
}

export interface GradientRow {
  tensor: string;
  reference: string;
  own: string;
  threshold: string;
  passed: boolean;
  verdict: string;
}

export interface StepView {
  anchor: string;
  id: string;
  status: StepStatus;
  statusWord: string;
  symbol: string;
  score: string;
  broken: boolean;
  message: string;
  file?: string;
  causedBy: { id: string; anchor: string }[];
  typeErrors: string[];
  diagnoses: DiagnosisView[];
  error?: { name: string; message: string; where?: string; stack?: string; chain: string[] };
  details?: string;
  repro: string;
  gradient: GradientRow[];
  gradientSummary: string;
  cases: CaseView[];
  casesSummary: string;
}

/** Wrong cases shown open; the others say the same on other shapes, one click away. */
export const OPEN_CASES = 2;
/** Problems shown per case (a train case may list one per cost); the chart shows the rest. */
export const MAX_PROBLEMS = 6;

export const anchorOf = (exercise: string, step: string): string => `s-${exercise}-${step}`;

export function stepView(exercise: ExerciseResult, step: StepResult): StepView {
  const anchor = anchorOf(exercise.id, step.id);
  const broken = isBroken(step);
  const passedCases = step.cases.filter((c) => c.status === 'passed').length;
  const gradient = gradientRows(step.gradientChecks);
  const failedTensors = gradient.filter((g) => !g.passed).length;
  return {
    anchor,
    id: step.id,
    status: step.status,
    statusWord: STATUS_WORD[step.status],
    symbol: STATUS_SYMBOL[step.status],
    score: step.status === 'skipped' ? '–' : `${points(step.score)}/${points(step.maxScore)}`,
    broken,
    message: step.message,
    ...(step.file ? { file: step.file } : {}),
    causedBy: (step.causedBy ?? []).map((id) => ({ id, anchor: anchorOf(exercise.id, id) })),
    typeErrors: step.typeErrors ?? [],
    diagnoses: step.diagnoses.map(diagnosisView),
    ...errorView(step),
    ...(step.status === 'missing' ? { details: `Looked for: ${step.lookedFor.join(', ')}` } : {}),
    ...(step.status === 'timeout' ? { details: `Time limit per call: ${step.limitMs} ms` } : {}),
    repro: step.repro,
    gradient,
    gradientSummary:
      `${gradient.length} tensor${gradient.length === 1 ? '' : 's'}, ` + `${failedTensors === 0 ? 'all pass' : `${failedTensors} fail`}`,
    // charts for every wrong case, and for the first as an example: nine charts of correct training say nothing more
    cases: step.cases.map((c, i) =>
      caseView(c, `${anchor}-c${i}`, i === 0 || c.status !== 'passed', wrongBefore(step.cases, i) < OPEN_CASES),
    ),
    casesSummary: step.cases.length ? `${passedCases} of ${step.cases.length} cases correct` : '',
  };
}

function errorView(step: StepResult): Pick<StepView, 'error'> {
  if (step.status !== 'error') return {};
  const { name, message, file, line, column, stack } = step.error;
  const where = file ? `${file}${line !== undefined ? `:${line}${column !== undefined ? `:${column}` : ''}` : ''}` : undefined;
  // the calls from the step's own file down to where it threw, when it threw in another file
  const chain = chainLines(step.error, step.file);
  return { error: { name, message, ...(where ? { where } : {}), ...(stack ? { stack } : {}), chain: chain.length > 1 ? chain : [] } };
}

/** The diagnosis with its explanation, formula (as MathML) and notes: the facts the engine put in the model. */
function diagnosisView(d: Diagnosis): DiagnosisView {
  return {
    id: d.id,
    title: d.title ?? d.id,
    message: d.message,
    hint: d.hint,
    ...(d.explanation ? { explanation: d.explanation } : {}),
    ...(d.formula ? { formula: formulaMathML(d.formula) } : {}),
    ...(d.note ? { note: d.note } : {}),
  };
}

/** One row per tensor: its relative difference against the reference and against the student's own forward pass. */
function gradientRows(checks: GradientCheck[]): GradientRow[] {
  const tensors = [...new Set(checks.map((c) => c.tensor))];
  return tensors.map((tensor) => {
    const mine = checks.filter((c) => c.tensor === tensor);
    const worst = (against: GradientCheck['against']): string => {
      const of = mine.filter((c) => c.against === against);
      if (of.length === 0) return 'not checked';
      if (of.some((c) => c.relativeDifference === null)) return 'not computable';
      return num(Math.max(...of.map((c) => c.relativeDifference ?? 0)));
    };
    const passed = mine.every((c) => c.passed);
    return {
      tensor,
      reference: worst('reference'),
      own: worst('own-forward'),
      threshold: num(Math.max(...mine.map((c) => c.threshold))),
      passed,
      verdict: passed ? 'pass' : 'fail',
    };
  });
}

/** How many cases before the i-th went wrong. */
const wrongBefore = (cases: CaseResult[], i: number): number => cases.slice(0, i).filter((c) => c.status !== 'passed').length;

function caseView(c: CaseResult, id: string, charts: boolean, first: boolean): CaseView {
  return {
    name: c.name,
    status: c.status,
    statusWord: STATUS_WORD[c.status],
    symbol: c.status === 'passed' ? '✓' : '✗',
    open: c.status !== 'passed' && first,
    hidden: c.hidden === true,
    args: c.args.map((a) => `${a.name} ${a.summary}`).join(' · '),
    message: c.message,
    messageInProblems: c.problems[0]?.message === c.message,
    problems: c.problems.slice(0, MAX_PROBLEMS).map((p, i) => problemView(p, `${id}-p${i}`)),
    moreProblems: Math.max(0, c.problems.length - MAX_PROBLEMS),
    ...(c.output ? { output: c.output } : {}),
    ...(charts && c.costs ? { costChart: costChart(c.costs, `${id}-cost`) } : {}),
    ...(charts && c.boundary ? { boundaryChart: boundaryChart(c.boundary, `${id}-boundary`) } : {}),
  };
}

function problemView(p: Problem, id: string): ProblemView {
  // for a single number, the values themselves say it all
  const stats = p.stats &&
    p.stats.total > 1 && {
      maxAbs: num(p.stats.maxAbsError),
      maxRel: num(p.stats.maxRelError),
      wrong: p.stats.wrongCount,
      total: p.stats.total,
    };
  const matrices = mismatchView(p, id);
  return { message: p.message, ...(stats ? { stats } : {}), ...(matrices ? { matrices } : {}) };
}
