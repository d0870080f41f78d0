// Scale and sign, tensor by tensor: a result that is k times the right one, for a k that names a
// mistake — m (not averaged), 1/m (averaged twice), m/n (divided by a size n instead of m), −1 (a
// sign), 2 (the squared error's derivative), 0 or 1/0.01 (initialisation). The factor must hold on
// every case, with that case's sizes, within the step's tolerance.
import type { Value } from '../../compare/value.js';
import type { Case, StepKind } from '../../spec/types.js';
import type { MisconceptionId } from '../catalogue.js';
import { finding, RANK, type DiagnosisInput, type Finding, type Rule } from '../finding.js';
import { leafPairs, listOf, sameValue, type Leaf } from '../values.js';

interface Factor {
  id: MisconceptionId;
  /** The factor on a case, or undefined where it does not apply. */
  k: (c: Case, expected: Leaf, path: string) => number | undefined;
  /** What the tensors are, then why: `m times too large`, `not averaged over the m examples`. */
  says: [what: string, why: string];
}

function factorsOf(kind: StepKind | undefined, cases: Case[]): Factor[] {
  const factors: Factor[] = [
    { id: 'missing-1-over-m', k: (c) => c.dims.m, says: ['m times too large', 'not averaged over the m examples'] },
    { id: 'double-1-over-m', k: (c) => (c.dims.m ? 1 / c.dims.m : undefined), says: ['m times too small', 'divided by m twice'] },
    ...sizeFactors(cases),
  ];
  const sign = (id: MisconceptionId, what: string, why: string): Factor => ({ id, k: () => -1, says: [what, why] });
  if (kind === 'cost') factors.push(sign('cost-sign', 'the negative of the right value', 'the leading minus is missing'));
  if (kind === 'gradient' || kind === 'output-delta') {
    factors.push(sign('gradient-sign', 'the negative of the right gradient', 'A − Y, not Y − A'));
  }
  if (kind === 'output-delta') {
    factors.push({ id: 'squared-error', k: () => 2, says: ['twice the right value', '2(a − y) is the derivative of the squared error'] });
  }
  if (kind === 'init') {
    factors.push({
      id: 'zero-init',
      k: (_c, _e, path) => (path.startsWith('W') ? 0 : undefined),
      says: ['all zeros', 'zero weights never break the symmetry between units'],
    });
    // without the scale the weights are 1/0.01 = 100 times larger (shallow), √n^[l−1] times (deep)
    factors.push({
      id: 'unscaled-init',
      k: (_c, _e, path) => (path.startsWith('W') ? 100 : undefined),
      says: ['100 times the right values', 'randn() without the · 0.01'],
    });
    factors.push({
      id: 'unscaled-init',
      k: (_c, e, path) => (path.startsWith('W') && e.kind === 'matrix' ? Math.sqrt(e.cols) : undefined),
      says: ['√n^[l−1] times the right values', 'randn() without the / √n^[l−1]'],
    });
    // the shallow network's 0.01 where a deep network divides by √n^[l−1]
    const shallowScale = (e: Leaf, path: string): number | undefined =>
      path.startsWith('W') && e.kind === 'matrix' ? 0.01 * Math.sqrt(e.cols) : undefined;
    const says: Factor['says'] = ['0.01·√n^[l−1] times the right values', 'randn() · 0.01, not / √n^[l−1]'];
    factors.push({ id: 'unscaled-init', k: (_c, e, path) => shallowScale(e, path), says });
  }
  return factors;
}

/** One factor per named size n other than m (and other than 1): divided by n instead of m. */
function sizeFactors(cases: Case[]): Factor[] {
  const names = [...new Set(cases.flatMap((c) => Object.keys(c.dims)))].filter((name) => name !== 'm');
  return names.map(
    (name): Factor => ({
      id: 'divide-by-n',
      k: (c) => {
        const [n, m] = [c.dims[name], c.dims.m];
        return n !== undefined && m !== undefined && n !== 1 && n !== m ? m / n : undefined;
      },
      says: [`m/${name} times the right values`, `divided by ${name} instead of m`],
    }),
  );
}

/** A number that is one of the case's sizes (layerSizes' nX): a count, which no factor scales. */
const isSize = (e: Leaf, c: Case): boolean => e.kind === 'number' && Number.isInteger(e.value) && Object.values(c.dims).includes(e.value);

/** k · expected, as a value the funnel can compare. */
function scaled(e: Leaf, k: number): Value {
  if (e.kind === 'number') return { kind: 'number', value: k * e.value };
  return { ...e, data: e.data.map((row) => row.map((x) => k * x)) };
}

export interface Sample {
  c: Case;
  expected: Leaf;
  received: Value;
  wrong: boolean;
}

/** The leaves at each path across the cases, where the student's has the expected kind and shape. */
export function samplesByPath(input: DiagnosisInput): Map<string, Sample[]> {
  const byPath = new Map<string, Sample[]>();
  input.cases.forEach((c, i) => {
    const expected = input.expected[i];
    if (!expected) return;
    for (const pair of leafPairs(expected, input.received[i])) {
      if (isSize(pair.expected, c)) continue;
      const r = pair.received;
      const comparable =
        pair.expected.kind === 'number'
          ? r.kind === 'number'
          : r.kind === 'matrix' && r.rows === pair.expected.rows && r.cols === pair.expected.cols;
      if (!comparable) continue;
      const sample = { c, expected: pair.expected, received: r, wrong: !sameValue(pair.expected, r, input.step, c) };
      byPath.set(pair.path, [...(byPath.get(pair.path) ?? []), sample]);
    }
  });
  return byPath;
}

/** Whether received = k · expected on every sample, k ≠ 1 where a sample is wrong. */
function holds(f: Factor, path: string, samples: Sample[], input: DiagnosisInput): boolean {
  if (!samples.some((s) => s.wrong)) return false;
  return samples.every((s) => {
    const k = f.k(s.c, s.expected, path);
    if (k === undefined) return !s.wrong;
    if (s.wrong && k === 1) return false;
    return sameValue(scaled(s.expected, k), s.received, input.step, s.c);
  });
}

export const scaleRule: Rule = (input) => {
  const found = new Map<MisconceptionId, { paths: string[]; says: [string, string] }>();
  const factors = factorsOf(input.step.kind, input.cases);
  for (const [path, samples] of samplesByPath(input)) {
    const f = factors.find((factor) => holds(factor, path, samples, input));
    if (!f) continue;
    const entry = found.get(f.id) ?? { paths: [], says: f.says };
    entry.paths.push(path);
    found.set(f.id, entry);
  }
  return [...found].map(
    ([
      id,
      {
        paths,
        says: [what, why],
      },
    ]): Finding => {
      const verb = paths.length > 1 ? 'are' : 'is';
      return finding(input, id, `${listOf(paths)} ${verb} ${what} on every case: ${why}`, RANK.scale);
    },
  );
};
