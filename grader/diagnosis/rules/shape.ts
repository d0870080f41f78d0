// Shape reasoning, tensor by tensor: the transpose of the right shape; (1, m) or a number where
// db's (n, 1) was due; an m where a size n belongs (ml-matrix's mmul without a transpose quietly
// returns that); a count of examples where a count of features was due.
import { shapeText } from '../../compare/funnel.js';
import type { Value } from '../../compare/value.js';
import type { Case } from '../../spec/types.js';
import type { MisconceptionId } from '../catalogue.js';
import { finding, RANK, type DiagnosisInput, type Finding, type Rule } from '../finding.js';
import { leafPairs, sameValue, type Leaf } from '../values.js';

interface Seen {
  id: MisconceptionId;
  says: string;
}

const nameOf = (path: string): string => path || 'the result';
const isDb = (step: string, path: string): boolean => step === 'db' || /(^|\.)db\w*$/.test(path);
const shapeOf = (v: Value, c: Case): string => (v.kind === 'matrix' ? shapeText(v, { dims: c.dims, tolerance: { rtol: 0, atol: 0 } }) : v.kind);

function transposed(e: Leaf, r: Value, c: Case, path: string): Seen | undefined {
  if (e.kind !== 'matrix' || r.kind !== 'matrix' || e.rows === e.cols || r.rows !== e.cols || r.cols !== e.rows) return undefined;
  return { id: 'transposed-result', says: `${nameOf(path)} is ${shapeOf(r, c)}, the transpose of the right shape ${shapeOf(e, c)}` };
}

function dbAxis(e: Leaf, r: Value, c: Case, path: string, step: string): Seen | undefined {
  if (!isDb(step, path)) return undefined;
  const m = c.dims.m;
  const column = e.kind === 'matrix' && e.cols === 1 && e.rows > 1;
  const single = e.kind === 'number' || (e.kind === 'matrix' && e.rows === 1 && e.cols === 1);
  const oneNumber = r.kind === 'number' || (r.kind === 'matrix' && r.rows === 1 && r.cols === 1);
  if (column && oneNumber) return { id: 'db-wrong-axis', says: `${nameOf(path)} is one number where ${shapeOf(e, c)} was due: every entry of dZ summed, instead of each row over the m examples` };
  const perExample = r.kind === 'matrix' && r.rows === 1 && r.cols === m && m > 1;
  if ((column || single) && perExample) {
    return { id: 'db-wrong-axis', says: `${nameOf(path)} is ${shapeOf(r, c)}, one value per example: dZ summed over the rows (axis 0) instead of over the m examples` };
  }
  return undefined;
}

/** (n, m) where (n, n_prev) was due: the shape ml-matrix's mmul gives when the right matrix lacks its transpose. */
function mInPlaceOfN(e: Leaf, r: Value, c: Case, path: string): Seen | undefined {
  const m = c.dims.m;
  if (e.kind !== 'matrix' || r.kind !== 'matrix' || m === undefined) return undefined;
  const colsSwapped = r.rows === e.rows && r.cols === m && e.cols !== m;
  const rowsSwapped = r.cols === e.cols && r.rows === m && e.rows !== m;
  if (!colsSwapped && !rowsSwapped) return undefined;
  return { id: 'missing-transpose', says: `${nameOf(path)} is ${shapeOf(r, c)}: it has m, the number of examples, where ${shapeOf(e, c)} has a size n — a product missing a transpose (ml-matrix's mmul then silently uses the first rows of the right matrix)` };
}

/** A size: m (the examples) returned where another size (the features) was due. */
function countOfExamples(e: Leaf, r: Value, c: Case, path: string): Seen | undefined {
  const m = c.dims.m;
  if (e.kind !== 'number' || r.kind !== 'number' || m === undefined || r.value !== m || e.value === m) return undefined;
  const size = Object.keys(c.dims).find((k) => k !== 'm' && c.dims[k] === e.value);
  if (!size) return undefined;
  return { id: 'transposed-result', says: `${nameOf(path)} is ${m}, the number of examples m, where ${size} = ${e.value} was due: examples are the COLUMNS of X, features its rows` };
}

/** What the student's leaf shows on one case, if it is wrong in a way a shape names. */
function classify(input: DiagnosisInput, c: Case, path: string, e: Leaf, r: Value): Seen | 'unexplained' | undefined {
  if (sameValue(e, r, input.step, c)) return undefined;
  const seen = transposed(e, r, c, path) ?? dbAxis(e, r, c, path, input.step.id) ?? mInPlaceOfN(e, r, c, path) ?? countOfExamples(e, r, c, path);
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
