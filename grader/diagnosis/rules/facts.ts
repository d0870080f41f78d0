// What the grader knows for certain when no misconception is proven (issue 14): facts measured on
// the student's own results, never a misconception's name. A constant ratio received/expected, the
// expected values in column order, the tensors that alone are wrong. diagnose() keeps them only
// when nothing is named, and FACT_IDS keeps them out of every "named as" count.
import type { Leaf } from '../values.js';
import { leafPairs, listOf, sameValue } from '../values.js';
import { RANK, type DiagnosisInput, type Finding, type Rule } from '../finding.js';
import { samplesByPath, type Sample } from './scale.js';

export const FACT_RATIO = 'fact-ratio';
export const FACT_COLUMN_ORDER = 'fact-column-order';
export const FACT_ONLY_IN = 'fact-only-in';

const fact = (id: string, message: string, hint: string): Finding => ({ id, message, hint, rank: RANK.gradient });
const entries = (v: Leaf): number[] => (v.kind === 'number' ? [v.value] : v.data.flat());
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
const fmt = (k: number): string => String(Number(k.toPrecision(4)));

/** received / expected when it is the same for every entry (entries where expected is 0 must be 0 too). */
function ratioOf(s: Sample): number | undefined {
  const [e, r] = [entries(s.expected), entries(s.received as Leaf)];
  const nonzero = e.map((x, i) => [x, r[i]]).filter(([x]) => Math.abs(x) > 1e-12);
  if (nonzero.length === 0) return undefined;
  if (e.some((x, i) => Math.abs(x) <= 1e-12 && Math.abs(r[i]) > 1e-9)) return undefined;
  const ks = nonzero.map(([x, y]) => y / x);
  return ks.length > 0 && Number.isFinite(ks[0]) && ks.every((k) => close(k, ks[0])) ? ks[0] : undefined;
}

/** A ratio means something when it holds over several numbers: entries of one case, or one k on several cases. */
function ratioFacts(byPath: Map<string, Sample[]>, input: DiagnosisInput): Finding[] {
  return [...byPath].flatMap(([path, samples]) => {
    const wrong = samples.filter((s) => s.wrong);
    const ks = wrong.map(ratioOf);
    if (wrong.length === 0 || ks.some((k) => k === undefined || close(k, 1))) return [];
    const same = ks.every((k) => close(k as number, ks[0] as number));
    const single = wrong.every((s) => entries(s.expected).length === 1);
    if (single && (!same || wrong.length < 2)) return [];
    const name = `your ${path === '' ? input.step.id : path}`;
    const each = wrong.map((s, i) => `×${fmt(ks[i] as number)} (${s.c.name})`).join(', ');
    const by = same
      ? `${fmt(ks[0] as number)} times the expected one on every wrong case`
      : `a constant times the expected one in each wrong case: ${each}`;
    const hint = "Which factor of the formula gives this constant? Compare it with the case's sizes (m, n).";
    return [fact(FACT_RATIO, `every entry of ${name} is ${by}`, hint)];
  });
}

/** The expected matrix read column by column, written row by row into the same shape. */
function inColumnOrder(e: Extract<Leaf, { kind: 'matrix' }>): Leaf {
  const byColumns = Array.from({ length: e.cols }, (_, j) => e.data.map((row) => row[j])).flat();
  const data = Array.from({ length: e.rows }, (_, i) => byColumns.slice(i * e.cols, (i + 1) * e.cols));
  return { ...e, data };
}

function columnOrderFacts(byPath: Map<string, Sample[]>, input: DiagnosisInput): Finding[] {
  return [...byPath].flatMap(([path, samples]) => {
    const wrong = samples.filter((s) => s.wrong && s.expected.kind === 'matrix');
    const swapped = wrong.every((s) => s.expected.kind === 'matrix' && sameValue(inColumnOrder(s.expected), s.received, input.step, s.c));
    if (wrong.length === 0 || !swapped) return [];
    const name = `your ${path === '' ? input.step.id : path}`;
    const what =
      `${name} holds the expected values in column order: ` + 'the expected first column, top to bottom, is your first row, left to right';
    return [fact(FACT_COLUMN_ORDER, what, "Fill the matrix row by row (row i, then column j), as the contract's shapes say.")];
  });
}

function onlyInFacts(byPath: Map<string, Sample[]>, input: DiagnosisInput): Finding[] {
  const paths = [...byPath.keys()];
  // every tensor must be comparable (a wrong shape leaves one out, and "only in" would not be true)
  const all = input.expected.flatMap((e) => (e ? leafPairs(e, e).map((p) => p.path) : []));
  if (paths.length < 2 || new Set(all).size !== paths.length) return [];
  const wrong = paths.filter((p) => byPath.get(p)?.some((s) => s.wrong));
  if (wrong.length === 0 || wrong.length === paths.length) return [];
  const right = paths.filter((p) => !wrong.includes(p));
  const verb = right.length > 1 ? 'are' : 'is';
  return [
    fact(
      FACT_ONLY_IN,
      `only in ${listOf(wrong)}: ${listOf(right)} ${verb} right on every case`,
      `Look at how ${listOf(wrong)} ${wrong.length > 1 ? 'are' : 'is'} computed only; the rest is right.`,
    ),
  ];
}

export const factsRule: Rule = (input) => {
  const byPath = samplesByPath(input);
  return [...onlyInFacts(byPath, input), ...ratioFacts(byPath, input), ...columnOrderFacts(byPath, input)];
};
