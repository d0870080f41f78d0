// How an initialisation used its `randn` stream, computed from the case's own seed: the right
// draws filled column by column instead of row by row, or the layers drawn in another order
// (randn-order); or the weights are not draws of the stream at any scale (randn-not-used:
// Math.random or a stream of its own). Only for `init` steps given a randn argument.
import type { Value } from '../../compare/value.js';
import { RandnArg } from '../../model/wire.js';
import { randnStream } from '../../random.js';
import type { Case } from '../../spec/types.js';
import type { MisconceptionId } from '../catalogue.js';
import { finding, RANK, type DiagnosisInput, type Rule } from '../finding.js';
import { leafPairs, sameValue, type Leaf } from '../values.js';

type MatrixLeaf = Extract<Leaf, { kind: 'matrix' }>;
interface Layer {
  path: string;
  expected: MatrixLeaf;
  received: Value;
  /** expected = scale · draws, row by row from `offset`. */
  scale: number;
  offset: number;
}

type Order = 'columns' | 'layers' | 'unused';

const matrix = (rows: number, cols: number, at: (i: number, j: number) => number): Value => {
  const data = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (__, j) => at(i, j)));
  return { kind: 'matrix', from: 'Matrix', rows, cols, data };
};

/** The weight matrices of a case in the order the reference draws them, with their scale. */
function layersOf(input: DiagnosisInput, i: number, draws: number[]): Layer[] | undefined {
  const expected = input.expected[i];
  if (!expected) return undefined;
  const layers: Layer[] = [];
  let offset = 0;
  for (const p of leafPairs(expected, input.received[i])) {
    if (!/^W/.test(p.path) || p.expected.kind !== 'matrix') continue;
    const scale = p.expected.data[0][0] / draws[offset];
    layers.push({ path: p.path, expected: p.expected, received: p.received, scale, offset });
    offset += p.expected.rows * p.expected.cols;
  }
  return layers.length > 0 && offset <= draws.length ? layers : undefined;
}

/** The layer drawn row by row from `offset`, or column by column from its own offset. */
const rowOrder = (l: Layer, d: number[], offset: number): Value =>
  matrix(l.expected.rows, l.expected.cols, (i, j) => l.scale * d[offset + i * l.expected.cols + j]);
const columnOrder = (l: Layer, d: number[]): Value =>
  matrix(l.expected.rows, l.expected.cols, (i, j) => l.scale * d[l.offset + j * l.expected.rows + i]);

/** Every order of the layers but the right one: their offsets in the stream when drawn in that order. */
function otherOrders(layers: Layer[]): number[][] {
  const perms = (xs: number[]): number[][] =>
    xs.length <= 1 ? [xs] : xs.flatMap((x, k) => perms([...xs.slice(0, k), ...xs.slice(k + 1)]).map((p) => [x, ...p]));
  const sizes = layers.map((l) => l.expected.rows * l.expected.cols);
  return perms(layers.map((_, k) => k))
    .slice(1)
    .map((order) => {
      const offsets: number[] = [];
      order.reduce((at, k) => ((offsets[k] = at), at + sizes[k]), 0);
      return offsets;
    });
}

const key = (x: number): string => x.toPrecision(6);

/** Whether a layer's first entries are draws of the stream at one scale, whatever the scale (unscaled weights are still draws). */
function drawnAtSomeScale(entries: number[], draws: number[], keys: Set<string>): boolean {
  const [first, ...rest] = entries;
  return draws.some((d) => rest.slice(0, 3).every((x) => keys.has(key((x * d) / first))));
}

/** Whether no layer's weights are draws of the stream, at any scale and in any order. */
function noneDrawn(layers: Layer[], draws: number[]): boolean {
  const keys = new Set(draws.map(key));
  return layers.every((l) => {
    if (l.received.kind !== 'matrix') return false;
    const entries = l.received.data.flat();
    return entries.length >= 2 && entries.every((x) => x !== 0) && !drawnAtSomeScale(entries, draws, keys);
  });
}

/** What one case shows, or undefined when the weights are right or wrong in some other way. */
function orderOn(input: DiagnosisInput, i: number, c: Case): Order | undefined {
  const seed = c.args.find((a): a is RandnArg => a instanceof RandnArg)?.seed;
  if (seed === undefined) return undefined;
  const next = randnStream(seed);
  const draws = Array.from({ length: 4096 }, () => next());
  const layers = layersOf(input, i, draws);
  if (!layers || layers.every((l) => sameValue(l.expected, l.received, input.step, c))) return undefined;
  const same = (l: Layer, v: Value): boolean => sameValue(v, l.received, input.step, c);
  if (layers.every((l) => same(l, columnOrder(l, draws)))) return 'columns';
  if (otherOrders(layers).some((offsets) => layers.every((l, k) => same(l, rowOrder(l, draws, offsets[k]))))) return 'layers';
  return noneDrawn(layers, draws) ? 'unused' : undefined;
}

const SAYS: Record<Order, [id: MisconceptionId, what: string]> = {
  columns: ['randn-order', 'your weights are the right draws of randn filled column by column: fill each W row by row'],
  layers: ['randn-order', 'your weights are the right draws of randn with the layers drawn in another order: draw W1 first, then W2, …'],
  unused: ['randn-not-used', 'your weights are not draws of the randn argument, at any scale or in any order: Math.random() or another'],
};

export const randnRule: Rule = (input) => {
  if (input.step.kind !== 'init') return [];
  const seen = input.cases.map((c, i) => orderOn(input, i, c));
  const shown = seen.filter((o): o is Order => o !== undefined);
  const wrong = input.results.filter((r) => r.status !== 'passed').length;
  if (shown.length === 0 || shown.length !== wrong || new Set(shown).size !== 1) return [];
  const [id, what] = SAYS[shown[0]];
  return [finding(input, id, what, RANK.scale)];
};
