// The report a student reads in the terminal: one line per step, what went wrong under each broken
// step (the evidence of its first failing case, then the diagnoses), a summary, and the commands
// that re-run the failures. A pure function of the results.
import type { ExerciseResult, GradeResults, StepResult, StepStatus } from '../grader/model/results.js';
import { isBroken, STATUS_SYMBOL, STEP_STATUSES } from '../grader/model/results.js';
import { stepEvidence, type EvidenceContext } from './evidence.js';

/** What every step's lines need: where the report is, and the command this run was started as. */
interface ConsoleContext extends EvidenceContext {
  command: string;
}

export interface ConsoleOptions {
  color: boolean;
  /** Paths of the written report files, listed at the end. */
  written?: string[];
  /** How this run was started (`npx grade`, `npm run grade --` …), for the commands the report suggests; `grade` without. */
  command?: string;
}

type Style = 'green' | 'red' | 'yellow' | 'dim' | 'bold';
const ANSI: Record<Style, [number, number]> = { green: [32, 39], red: [31, 39], yellow: [33, 39], dim: [2, 22], bold: [1, 22] };

// A Record over every status: a new status in the model fails to compile until it has a colour.
const STATUS_STYLE: Record<StepStatus, Style> = {
  passed: 'green',
  failed: 'red',
  error: 'red',
  timeout: 'yellow',
  missing: 'yellow',
  skipped: 'dim',
  'not-run': 'yellow',
};

/** How many repro commands to list: an untouched submission would otherwise print dozens. */
export const MAX_REPRO_LINES = 10;
const MAX_MESSAGE = 300;

export function consoleReport(results: GradeResults, options: ConsoleOptions): string {
  const paint = painter(options.color);
  const width = Math.max(0, ...results.exercises.flatMap((e) => e.steps.map((s) => s.id.length)));
  const lines = [paint('dim', `${results.tool.name} ${results.tool.version} · ${results.submission} · seed ${results.seed}`), ''];
  const report = options.written?.find((file) => file.endsWith('report.html'));
  const ctx: ConsoleContext = { ...(report ? { report } : {}), command: options.command ?? 'grade' };
  for (const exercise of results.exercises) lines.push(...exerciseLines(exercise, width, paint, ctx), '');
  if (results.graderError) {
    lines.push(paint('red', `The grader itself failed: ${results.graderError.name}: ${oneLine(results.graderError.message)}`));
    lines.push('The results above are incomplete; please report this as a bug in mlgrade.', '');
  }
  lines.push(summaryLine(results, paint));
  lines.push(...reproLines(results));
  if (options.written?.length) lines.push('', `Results written to ${options.written.join(', ')}`);
  return lines.join('\n') + '\n';
}

type Paint = (style: Style, text: string) => string;

function painter(color: boolean): Paint {
  return (style, text) => (color ? `\x1b[${ANSI[style][0]}m${text}\x1b[${ANSI[style][1]}m` : text);
}

function exerciseLines(exercise: ExerciseResult, width: number, paint: Paint, ctx: ConsoleContext): string[] {
  const title = `${exercise.title} (${exercise.id})`;
  // an exercise left out of the run (--exercise) is one line, not a column of skipped steps
  if (exercise.steps.every((s) => s.status === 'skipped')) return [paint('dim', `${title}  not graded in this run`)];
  const lines = [paint('bold', `${title}  ${score(exercise.score)}/${score(exercise.maxScore)}`)];
  for (const step of exercise.steps) {
    const marks = step.status === 'skipped' ? '-' : `${score(step.score)}/${score(step.maxScore)}`;
    const head = `  ${paint(STATUS_STYLE[step.status], STATUS_SYMBOL[step.status])} ${step.id.padEnd(width)}  ${marks.padEnd(5)}`;
    lines.push(`${head}  ${step.status === 'skipped' ? paint('dim', oneLine(step.message)) : oneLine(step.message)}`);
    if (isBroken(step)) lines.push(...detailLines(step, paint, ctx));
    for (const note of step.typeErrors ?? []) lines.push(`      ${paint('dim', 'type error:')} ${oneLine(note)}`);
  }
  return lines;
}

/** Under a broken step: the sub-steps to blame first, the evidence, then the diagnosed misconceptions. */
function detailLines(step: StepResult, paint: Paint, ctx: ConsoleContext): string[] {
  const lines: string[] = [];
  if (step.causedBy?.length) lines.push(`      ${paint('dim', 'fix first:')} ${step.causedBy.join(', ')}`);
  for (const line of stepEvidence(step, ctx)) lines.push(`      ${/^ */.exec(line)?.[0] ?? ''}${oneLine(line)}`);
  // a `fact-…` finding names no misconception (grader/diagnosis/rules/facts.ts): no id, nothing to explain
  const isFact = (id: string): boolean => id.startsWith('fact-');
  for (const d of step.diagnoses) lines.push(`      ${paint('yellow', isFact(d.id) ? 'fact' : d.id)}: ${oneLine(d.message)}`);
  // the most likely diagnosis: what to change, then the command that explains it in full
  const [top] = step.diagnoses;
  if (top && isFact(top.id)) lines.push(`      ${paint('dim', 'look:')} ${oneLine(top.hint)}`);
  else if (top)
    lines.push(`      ${paint('dim', 'fix:')} ${oneLine(top.hint)}`, `      ${paint('dim', 'more:')} ${ctx.command} explain ${top.id}`);
  return lines;
}

function summaryLine(results: GradeResults, paint: Paint): string {
  const counts = Object.fromEntries(STEP_STATUSES.map((s) => [s, 0])) as Record<StepStatus, number>;
  for (const step of results.exercises.flatMap((e) => e.steps)) counts[step.status]++;
  // passed/failed/error/missing always; the rarer statuses only when they occur
  const shown = STEP_STATUSES.filter((s) => counts[s] > 0 || s === 'passed' || s === 'failed' || s === 'error' || s === 'missing');
  const percent = results.maxScore > 0 ? ` (${Math.round((100 * results.score) / results.maxScore)}%)` : '';
  const total = paint('bold', `Score ${score(results.score)}/${score(results.maxScore)}${percent}`);
  return `${total} · ${shown.map((s) => `${counts[s]} ${s}`).join(' · ')}`;
}

function reproLines(results: GradeResults): string[] {
  const broken = results.exercises.flatMap((e) => e.steps).filter(isBroken);
  if (broken.length === 0) return [];
  const lines = ['', 'To re-run a failure:', ...broken.slice(0, MAX_REPRO_LINES).map((s) => `  ${s.repro}`)];
  if (broken.length > MAX_REPRO_LINES)
    lines.push(`  … and ${broken.length - MAX_REPRO_LINES} more (each step's repro is in the results JSON)`);
  return lines;
}

/** Up to 3 decimals, without trailing zeros: 1, 0.5, 0.667. */
function score(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** Messages are one sentence, but student errors may carry newlines or be very long. */
function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}
