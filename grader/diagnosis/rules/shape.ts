// Shape reasoning, tensor by tensor, each proven by the values: the transpose of the right result
// entry for entry; db as one number or (1, m) that IS dZ summed the wrong way (computed from the
// case's dZ); a count of examples where a count of features was due. A wrong shape alone names
// nothing: an (n, m) where (n, n_prev) was due may be dZ / m with no product at all.
import { Matrix } from 'ml-matrix';
import { shapeText } from '../../compare/funnel.js';
import type { Value } from '../../compare/value.js';
import type { Case, StepSpec } from '../../spec/types.js';
import type { MisconceptionId } from '../catalogue.js';
import { finding, RANK, type DiagnosisInput, type Finding, type Rule } from '../finding.js';
import { leafPairs, sameValue, type Leaf } from '../values.js';

interface Seen {
  id: MisconceptionId;
  says: string;
}

const nameOf = (path: string): string => path || 'the result';
/** A bias gradient: a tensor named db…, or a gradient step that returns one (its single checked tensor, or its name). */
const isDb = (step: StepSpec, path: string): boolean =>
  /(^|\.)db\w*$/.test(path || (step.kind === 'gradient' ? (step.gradientCheck?.single ?? step.id) : ''));
const shapeOf = (v: Value, c: Case): string =>
  v.kind === 'matrix' ? shapeText(v, { dims: c.dims, tolerance: { rtol: 0, atol: 0 } }) : v.kind;

/** Whether every entry of `r` is the entry of `e` across the diagonal (and `e` is not one constant, which proves nothing). */
function isTransposeOf(e: Leaf, r: Value, step: StepSpec, c: Case): boolean {
  if (e.kind !== 'matrix' || r.kind !== 'matrix') return false;
  const flipped: Value = { ...e, rows: e.cols, cols: e.rows, data: e.data[0].map((_, j) => e.data.map((row) => row[j])) };
  return new Set(e.data.flat()).size > 1 && sameValue(flipped, r, step, c);
}

function transposed(e: Leaf, r: Value, c: Case, path: string, step: StepSpec): Seen | undefined {
  if (e.kind !== 'matrix' || r.kind !== 'matrix' || e.rows === e.cols || r.rows !== e.cols || r.cols !== e.rows) return undefined;
  if (!isTransposeOf(e, r, step, c)) return undefined;
  const says = `${nameOf(path)} is ${shapeOf(r, c)}, the transpose of the right ${shapeOf(e, c)}, entry for entry`;
  return { id: 'transposed-result', says };
}

/** A case's dZ: the first matrix argument with db's rows (one, for a number) and m columns. */
function dZOf(e: Leaf, c: Case): Matrix | undefined {
  const rows = e.kind === 'matrix' ? e.rows : 1;
  return c.args.find((a): a is Matrix => a instanceof Matrix && a.rows === rows && a.columns === c.dims.m);
}

/** db summed the wrong way, proven from the case's own dZ: every entry summed, or each column (averaged or not). */
function dbAxis(e: Leaf, r: Value, c: Case, path: string, step: StepSpec): Seen | undefined {
  const m = c.dims.m;
  const dZ = dZOf(e, c);
  if (path !== '' || !isDb(step, path) || !dZ || m === undefined) return undefined;
  const total = dZ.sum();
  const columns = dZ.sum('column');
  const asNumber = (x: number): Value => ({ kind: 'number', value: x });
  const asRow = (xs: number[]): Value => ({ kind: 'matrix', from: 'Matrix', rows: 1, cols: xs.length, data: [xs] });
  const oneNumber = r.kind === 'number' ? r : r.kind === 'matrix' && r.rows === 1 && r.cols === 1 ? asNumber(r.data[0][0]) : undefined;
  const column = e.kind === 'matrix' && e.cols === 1 && e.rows > 1;
  if (column && oneNumber && [1, 1 / m].some((k) => sameValue(asNumber(k * total), oneNumber, step, c))) {
    const says =
      `${nameOf(path)} is one number, the sum of every entry of dZ, where ${shapeOf(e, c)} was due: sum each row over the m` + ' examples';
    return { id: 'db-wrong-axis', says };
  }
  const perExample = r.kind === 'matrix' && r.rows === 1 && r.cols === m && m > 1;
  if (perExample && [1, 1 / m].some((k) => sameValue(asRow(columns.map((x) => k * x)), r, step, c))) {
    return {
      id: 'db-wrong-axis',
      says: `${nameOf(path)} is ${shapeOf(r, c)}, one value per example: dZ summed over the rows (axis 0) instead of over the m examples`,
    };
  }
  return undefined;
}

/** A size: m (the examples) returned where another size (the features) was due. */
function countOfExamples(e: Leaf, r: Value, c: Case, path: string): Seen | undefined {
  const m = c.dims.m;
  if (e.kind !== 'number' || r.kind !== 'number' || m === undefined || r.value !== m || e.value === m) return undefined;
  const size = Object.keys(c.dims).find((k) => k !== 'm' && c.dims[k] === e.value);
  if (!size) return undefined;
  return {
    id: 'transposed-result',
    says:
      `${nameOf(path)} is ${m}, the number of examples m, where ${size} = ` +
      `${e.value} was due: examples are the COLUMNS of X, features its rows`,
  };
}

/** What the student's leaf shows on one case, if it is wrong in a way a shape names. */
function classify(input: DiagnosisInput, c: Case, path: string, e: Leaf, r: Value): Seen | 'unexplained' | undefined {
  if (sameValue(e, r, input.step, c)) return undefined;
  const seen = transposed(e, r, c, path, input.step) ?? dbAxis(e, r, c, path, input.step) ?? countOfExamples(e, r, c, path);
  const sameShape = e.kind === 'number' ? r.kind === 'number' : r.kind === 'matrix' && r.rows === e.rows && r.cols === e.cols;
  return seen ?? (sameShape ? undefined : 'unexplained');
}

export const shapeRule: Rule = (input) => {
  const byPath = new Map<string, (Seen | 'unexplained')[]>();
  input.cases.forEach((c, i) => {
    const expected = input.expected[i];
    if (!expected) return;
    for (const { path, expected: e, received: r } of leafPairs(expected, input.received[i])) {
      const seen = classify(input, c, path, e, r);
      if (seen) byPath.set(path, [...(byPath.get(path) ?? []), seen]);
    }
  });
  const findings: Finding[] = [];
  for (const seen of byPath.values()) {
    const first = seen[0];
    if (first === 'unexplained' || !seen.every((s) => s !== 'unexplained' && s.id === first.id)) continue;
    if (findings.some((f) => f.id === first.id)) continue;
    findings.push(finding(input, first.id, first.says, RANK.shape));
  }
  return findings;
};
