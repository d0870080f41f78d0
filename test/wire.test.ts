// The one wire codec (grader/model/wire.ts): live values survive a round trip, decoding gives the
// funnel's tree, and the path helpers find, set and compare leaves of a wire value.
import { Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { freshArgs, live, liveOfValue } from '../grader/model/live.js';
import {
  changedLeaves,
  decode,
  encode,
  leafAt,
  RandnArg,
  ResultRef,
  setAt,
  toLive,
  valueAt,
  type LiveKinds,
  type Wire,
} from '../grader/model/wire.js';

const SAMPLE: Wire = {
  W: {
    $m: [
      [1, { $num: 'NaN' }],
      [{ $num: '-Infinity' }, 4],
    ],
  },
  rows: [
    [1, 2],
    [3, 4],
  ],
  list: [1, 'a', true, null, { $undefined: true }],
  noise: { $randn: 7 },
  earlier: { $ref: [0, 'cache', 1] },
};

describe('the wire codec', () => {
  it('gives back the same wire value after a trip through live values', () => {
    const value = live(SAMPLE) as Record<string, unknown>;
    expect(value.W).toBeInstanceOf(Matrix);
    expect(value.noise).toEqual(new RandnArg(7));
    expect(value.earlier).toEqual(new ResultRef(0, ['cache', 1]));
    expect(encode(value)).toEqual(SAMPLE);
  });

  it('refuses to make a live value of what was only described', () => {
    expect(() => live({ f: { $other: 'function' } })).toThrow(/cannot be function/);
  });

  it("resolves pipeline references through the caller's own kinds", () => {
    const results = [{ cache: [10, 20] }];
    const kinds: LiveKinds = { matrix: (rows) => rows, randn: (seed) => seed, ref: (i, p) => valueAt(results[i], p) };
    expect(toLive({ $ref: [0, 'cache', 1] }, kinds)).toBe(20);
  });

  it("decodes into the funnel's tree, telling a Matrix from a number[][]", () => {
    const tree = decode(SAMPLE);
    const matrix = {
      kind: 'matrix',
      rows: 2,
      cols: 2,
      data: [
        [1, NaN],
        [-Infinity, 4],
      ],
      from: 'Matrix',
    };
    expect(tree.kind === 'object' && tree.entries.W).toEqual(matrix);
    expect(tree.kind === 'object' && tree.entries.rows).toMatchObject({ kind: 'matrix', from: 'number[][]' });
    expect(liveOfValue(decode({ b: 2, w: { $m: [[1], [2]] } }))).toEqual({ b: 2, w: new Matrix([[1], [2]]) });
  });

  it('finds, sets and compares leaves by path', () => {
    const copy = structuredClone(SAMPLE);
    setAt(copy, ['W', '$m', 1, 1], 5);
    expect(leafAt(copy, ['W', '$m', 1, 1])).toBe(5);
    expect(leafAt(copy, ['W', '$m', 0, 1])).toBeNaN();
    expect(changedLeaves(SAMPLE, copy)).toEqual([['W', '$m', 1, 1]]);
    expect(changedLeaves({ a: [1] }, { a: [1, 2] })).toBeUndefined();
  });

  it("gives each call its own copy of a case's arguments", () => {
    const W = new Matrix([[1, 2]]);
    const [copy, stream] = freshArgs([W, new RandnArg(3)]) as [Matrix, () => number];
    copy.set(0, 0, 9);
    expect(W.get(0, 0)).toBe(1);
    expect(typeof stream).toBe('function');
  });
});
