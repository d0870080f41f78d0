// The evidence of a broken step, as plain lines for the console: its first failing case's every
// problem (shapes and lengths before values), the first wrong entries of a matrix with both values,
// where an error came from in the student's own files, and how much the code printed.
// A pure function of the results, like every writer.
import type { CaseResult, Check, ErrorInfo, Problem, StackFrame, StepResult } from '../grader/model/results.js';
import { decodeNumber, type Wire } from '../grader/model/wire.js';
import { short } from '../grader/compare/funnel.js';

/** Problems listed for the first failing case; the rest are in the results and report.html. */
export const EVIDENCE_PROBLEMS = 6;
/** Wrong entries of a matrix spelled out under its problem. */
export const EVIDENCE_ENTRIES = 4;

// A mismatch of type, length or shape explains the values after it, so it comes first; then the
// step's own facts (costs one too many, relu′(0)) and a change in place, which say what kind of wrong.
const CHECK_ORDER: Record<Check, number> = { type: 0, keys: 1, shape: 2, property: 3, mutation: 4, finite: 5, values: 6 };

/** Where the full report is, to point at for what the console leaves out. */
export interface EvidenceContext {
  report?: string;
}

/** The first failing public case of a step, spelled out; [] when there is none. */
export function stepEvidence(step: StepResult, ctx: EvidenceContext = {}): string[] {
  const c = step.cases.find((x) => x.status !== 'passed' && !x.hidden);
  if (!c || c.status === 'timeout') return [];
  const args = c.args.map((a) => `${a.name} ${a.summary}`).join(', ');
  const lines = [`case ${c.name}${args ? ` (${args})` : ''}:`];
  const problems = byCheck(c.problems);
  // the wrong entries of the first mismatched matrix; the others' messages say where theirs start
  const tabled = problems.find((p) => entryLines(p).length > 0);
  for (const p of problems.slice(0, EVIDENCE_PROBLEMS)) {
    lines.push(`  ${p.message}`, ...(p === tabled ? entryLines(p).map((l) => `    ${l}`) : []));
  }
  if (problems.length > EVIDENCE_PROBLEMS) lines.push(`  … and ${problems.length - EVIDENCE_PROBLEMS} more${seeReport(ctx)}`);
  const error = c.error ?? (step.status === 'error' ? step.error : undefined);
  if (error && c.problems.length === 0) {
    if (step.status !== 'error') lines.push(`  ${error.name}: ${error.message}`);
    lines.push(...chainLines(error, step.file).map((l) => `  ${l}`));
  }
  if (c.output) lines.push(`  ${printedLine(c)}${seeReport(ctx)}`);
  return lines;
}

/** Problems in funnel order, a length or shape before the values it explains (stable within a check). */
export const byCheck = (problems: readonly Problem[]): Problem[] =>
  [...problems].sort((a, b) => CHECK_ORDER[a.check] - CHECK_ORDER[b.check]);

const seeReport = (ctx: EvidenceContext): string => (ctx.report ? ` (see ${ctx.report})` : '');

function printedLine(c: CaseResult): string {
  const n = (c.output ?? '').trimEnd().split('\n').length;
  return `your code printed ${n} line${n === 1 ? '' : 's'}`;
}

/**
 * Where it threw, from the student's point of view: the frame in this step's own file first (the
 * line to look at), then the calls from there to where it threw, in their order.
 */
export function chainLines(error: ErrorInfo, stepFile?: string): string[] {
  const frames = error.frames ?? [];
  if (frames.length === 0) return [];
  const own = frames.findIndex((f) => f.file === stepFile);
  const start = own >= 0 ? own : frames.length - 1;
  const chain = frames.slice(0, start + 1).reverse();
  return chain.map((f, i) => {
    const role = i === chain.length - 1 ? ', where it threw' : i === 0 && own >= 0 ? ", in this step's file" : '';
    return `${i === 0 ? 'at' : ' → called'} ${frameText(f)}${role}`;
  });
}

const frameText = (f: StackFrame): string => `${f.file}:${f.line}:${f.column}${f.fn ? ` (${f.fn})` : ''}`;

/** The first wrong entries of a matrix mismatch, aligned: `(1, 0)  expected 0.25  yours 0.75`. */
export function entryLines(p: Problem): string[] {
  if (p.check !== 'values' || (p.stats?.total ?? 0) <= 1) return [];
  const cells = (p.wrong ?? p.stats?.firstPositions ?? []).slice(0, EVIDENCE_ENTRIES);
  const rows = cells.flatMap(([r, c]) => {
    const pair = entryAt(p, r, c);
    return pair ? [[`(${r}, ${c})`, short(pair[0]), short(pair[1])]] : [];
  });
  if (rows.length === 0) return [];
  const table = [['entry', 'expected', 'yours'], ...rows];
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => row[i].length)));
  const lines = table.map(([at, e, y]) => `${at.padEnd(widths[0])}  ${e.padStart(widths[1])}  ${y.padStart(widths[2])}`);
  const more = (p.stats?.wrongCount ?? 0) - rows.length;
  return more > 0 ? [...lines, `… and ${more} more wrong entries`] : lines;
}

/** Both sides of entry (r, c), from the whole matrices or the excerpt's window. */
function entryAt(p: Problem, r: number, c: number): [number, number] | undefined {
  const from = p.excerpt ?? { row: 0, col: 0, expected: p.expected, received: p.received };
  const get = (w: Wire | undefined): number | undefined => {
    const rows = w !== null && typeof w === 'object' && !Array.isArray(w) && '$m' in w ? (w.$m as Wire) : w;
    const row = Array.isArray(rows) ? rows[r - from.row] : undefined;
    return Array.isArray(row) ? decodeNumber(row[c - from.col]) : undefined;
  };
  const [e, y] = [get(from.expected), get(from.received)];
  return e === undefined || y === undefined ? undefined : [e, y];
}
