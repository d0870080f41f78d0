// The students' numpy-like helper: broadcasting, reductions, error messages, and that nothing is
// ever changed in place (the `mutates-input` misconception must not come from our own helper).
import { describe, expect, it } from 'vitest';
import { Matrix } from 'ml-matrix';
import * as np from 'mlgrade/np';

const rows = (m: Matrix): number[][] => m.to2DArray();
const M = (r: number[][]): Matrix => new Matrix(r);

describe('np: creation and shape', () => {
  it('exports exactly the documented API', () => {
    expect(Object.keys(np).sort()).toEqual([
      'ShapeError',
      'T',
      'abs',
      'add',
      'array',
      'div',
      'dot',
      'exp',
      'greater',
      'log',
      'maximum',
      'mean',
      'minimum',
      'mul',
      'ones',
      'shape',
      'sqrt',
      'square',
      'sub',
      'sum',
      'transpose',
      'where',
      'zeros',
    ]);
  });

  it('array copies number[][] and Matrix inputs into a new Matrix', () => {
    const source = M([[1, 2, 3]]);
    const copy = np.array(source);
    expect(copy).not.toBe(source);
    expect(copy).toBeInstanceOf(Matrix);
    expect(rows(np.array([[1], [2]]))).toEqual([[1], [2]]);
  });

  it('zeros, ones and shape', () => {
    expect(rows(np.zeros(2, 3))).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(rows(np.ones(1, 2))).toEqual([[1, 1]]);
    expect(np.shape(np.zeros(4, 1))).toEqual([4, 1]);
    expect(
      np.shape([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toEqual([3, 2]);
    expect(() => np.zeros(-1, 2)).toThrow('zeros: rows must be a whole number ≥ 0, got -1');
  });

  it('rejects 1-D, ragged and non-array arguments with the operation named', () => {
    expect(() => np.add([1, 2] as unknown as number[][], 1)).toThrow(/^add: argument 1 is a 1-D array/);
    expect(() => np.dot([[1, 2], [3]], [[1]])).toThrow('dot: argument 1 is ragged: row 0 has 2 entries, row 1 has 1');
    expect(() => np.exp('x' as unknown as number[][])).toThrow('exp: argument 1 must be a Matrix or number[][], got string');
  });
});

describe('np: dot and transpose', () => {
  it('multiplies matrices', () => {
    expect(
      rows(
        np.dot(
          [
            [1, 2],
            [3, 4],
          ],
          M([[5], [6]]),
        ),
      ),
    ).toEqual([[17], [39]]);
  });

  it('names both shapes when the inner dimensions differ', () => {
    const call = (): Matrix => np.dot(np.zeros(3, 6), np.zeros(1, 6));
    expect(call).toThrow(np.ShapeError);
    expect(call).toThrow('dot: (3,6)·(1,6): inner dimensions 6 ≠ 1');
  });

  it('transposes, with T as an alias', () => {
    expect(rows(np.transpose([[1, 2, 3]]))).toEqual([[1], [2], [3]]);
    expect(
      rows(
        np.T(
          M([
            [1, 2],
            [3, 4],
          ]),
        ),
      ),
    ).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(np.T).toBe(np.transpose);
  });
});

describe('np: broadcasting', () => {
  const A = M([
    [1, 2, 3],
    [4, 5, 6],
  ]); // (2,3)
  const col = M([[10], [20]]); // (2,1)
  const row = M([[100, 200, 300]]); // (1,3)

  it('(r,c) with (r,1) in both orders', () => {
    expect(rows(np.add(A, col))).toEqual([
      [11, 12, 13],
      [24, 25, 26],
    ]);
    expect(rows(np.sub(col, A))).toEqual([
      [9, 8, 7],
      [16, 15, 14],
    ]);
  });

  it('(r,c) with (1,c) in both orders', () => {
    expect(rows(np.mul(A, row))).toEqual([
      [100, 400, 900],
      [400, 1000, 1800],
    ]);
    expect(rows(np.div(row, A))).toEqual([
      [100, 100, 100],
      [25, 40, 50],
    ]);
  });

  it('(r,1) with (1,c) gives (r,c) in both orders', () => {
    expect(rows(np.add(col, row))).toEqual([
      [110, 210, 310],
      [120, 220, 320],
    ]);
    expect(rows(np.sub(row, col))).toEqual([
      [90, 190, 290],
      [80, 180, 280],
    ]);
  });

  it('(1,1) and scalars on either side', () => {
    expect(rows(np.add(A, [[1]]))).toEqual([
      [2, 3, 4],
      [5, 6, 7],
    ]);
    expect(rows(np.sub([[1]], A))).toEqual([
      [0, -1, -2],
      [-3, -4, -5],
    ]);
    expect(rows(np.sub(1, A))).toEqual([
      [0, -1, -2],
      [-3, -4, -5],
    ]);
    expect(rows(np.sub(A, 1))).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(rows(np.div(1, M([[2, 4]])))).toEqual([[0.5, 0.25]]);
    expect(rows(np.div(M([[2, 4]]), 2))).toEqual([[1, 2]]);
    expect(rows(np.mul(0.01, [[1, 2]]))).toEqual([[0.01, 0.02]]);
  });

  it('two scalars give a number', () => {
    expect(np.add(2, 3)).toBe(5);
    expect(np.maximum(-1, 0)).toBe(0);
  });

  it.each([
    ['add', ' + '],
    ['sub', ' - '],
    ['mul', ' * '],
    ['div', ' / '],
    ['maximum', ', '],
    ['minimum', ', '],
  ] as const)('%s names both shapes when they cannot be broadcast', (op, sep) => {
    const call = (): unknown => np[op](np.zeros(3, 4), np.zeros(2, 4));
    expect(call).toThrow(np.ShapeError);
    expect(call).toThrow(`${op}: (3,4)${sep}(2,4): shapes cannot be broadcast together`);
  });

  it('uses exactly the documented message and error class', () => {
    try {
      np.add(np.zeros(3, 4), np.zeros(2, 4));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).name).toBe('ShapeError');
      expect((e as Error).message).toBe('add: (3,4) + (2,4): shapes cannot be broadcast together');
    }
    expect(() => np.add(np.zeros(1, 3), np.zeros(1, 4))).toThrow('add: (1,3) + (1,4): shapes cannot be broadcast together');
    expect(() => np.add(np.zeros(3, 1), np.zeros(4, 1))).toThrow('add: (3,1) + (4,1): shapes cannot be broadcast together');
  });
});

describe('np: maximum, minimum, greater, where', () => {
  it('maximum and minimum with a scalar (ReLU, clipping)', () => {
    expect(rows(np.maximum(M([[-1, 0, 2]]), 0))).toEqual([[0, 0, 2]]);
    expect(rows(np.minimum(0, [[-1], [3]]))).toEqual([[-1], [0]]);
    expect(rows(np.maximum([[1, 5]], [[3], [4]]))).toEqual([
      [3, 5],
      [4, 5],
    ]);
  });

  it('greater gives 0/1', () => {
    expect(rows(np.greater(M([[0.2, 0.5, 0.7]]), 0.5))).toEqual([[0, 0, 1]]);
  });

  it('where picks entry by entry, broadcasting all three operands', () => {
    expect(rows(np.where([[1, 0, 1]], M([[7], [8]]), 0))).toEqual([
      [7, 0, 7],
      [8, 0, 8],
    ]);
    expect(rows(np.where(1, 2, 3))).toEqual([[2]]);
    expect(() => np.where(np.zeros(2, 2), np.zeros(3, 2), 0)).toThrow('where: (2,2), (3,2), (): shapes cannot be broadcast together');
  });
});

describe('np: element-wise functions', () => {
  it('works on arrays and on numbers', () => {
    expect(rows(np.exp([[0, 1]]))).toEqual([[1, Math.E]]);
    expect(rows(np.log(M([[1, 0]])))).toEqual([[0, -Infinity]]);
    expect(rows(np.sqrt([[4, 9]]))).toEqual([[2, 3]]);
    expect(rows(np.abs([[-2, 3]]))).toEqual([[2, 3]]);
    expect(rows(np.square([[-2], [3]]))).toEqual([[4], [9]]);
    expect(np.exp(0)).toBe(1);
    expect(np.square(-3)).toBe(9);
  });
});

describe('np: sum and mean', () => {
  const A = M([
    [1, 2, 3],
    [4, 5, 6],
  ]);

  it('without an axis return a number', () => {
    expect(np.sum(A)).toBe(21);
    expect(
      np.mean([
        [1, 2],
        [3, 6],
      ]),
    ).toBe(3);
  });

  it('axis 0 collapses the rows → (1,c)', () => {
    expect(rows(np.sum(A, 0))).toEqual([[5, 7, 9]]);
    expect(rows(np.mean(A, 0))).toEqual([[2.5, 3.5, 4.5]]);
  });

  it('axis 1 collapses the columns → (r,1), with or without keepdims', () => {
    expect(rows(np.sum(A, 1))).toEqual([[6], [15]]);
    expect(rows(np.sum(A, 1, true))).toEqual([[6], [15]]);
    expect(rows(np.sum(A, 1, false))).toEqual([[6], [15]]);
    expect(rows(np.mean(A, 1))).toEqual([[2], [5]]);
  });

  it('rejects other axes', () => {
    expect(() => np.sum(A, 2 as 0)).toThrow('sum: axis must be 0 or 1, got 2');
  });
});

describe('np: never mutates its arguments', () => {
  const fresh = (): Matrix =>
    M([
      [0.5, -1, 2],
      [3, 0.25, -4],
    ]);
  const plain = (): number[][] => [
    [1, 2, 3],
    [4, 5, 6],
  ];
  const calls: Array<[string, (a: Matrix, b: number[][]) => unknown]> = [
    ['array', (a) => np.array(a)],
    ['shape', (a) => np.shape(a)],
    ['dot', (a, b) => np.dot(a, np.T(b))],
    ['dot (plain first)', (a, b) => np.dot(b, np.T(a))],
    ['transpose', (a) => np.transpose(a)],
    ['T', (_, b) => np.T(b)],
    ['add', (a, b) => np.add(a, b)],
    ['sub', (a, b) => np.sub(b, a)],
    ['mul', (a) => np.mul(a, a)],
    ['div', (a, b) => np.div(a, b)],
    ['maximum', (a, b) => np.maximum(a, b)],
    ['minimum', (a) => np.minimum(a, 0)],
    ['greater', (a, b) => np.greater(b, a)],
    ['where', (a, b) => np.where(a, b, a)],
    ['exp', (a) => np.exp(a)],
    ['log', (_, b) => np.log(b)],
    ['sqrt', (_, b) => np.sqrt(b)],
    ['abs', (a) => np.abs(a)],
    ['square', (a) => np.square(a)],
    ['sum', (a) => np.sum(a)],
    ['sum axis 0', (a) => np.sum(a, 0)],
    ['sum axis 1', (a, b) => np.sum(b, 1)],
    ['mean', (a) => np.mean(a)],
    ['mean axis 1', (a) => np.mean(a, 1)],
  ];

  it.each(calls)('%s', (_name, call) => {
    const a = fresh();
    const b = plain();
    const result = call(a, b);
    expect(rows(a)).toEqual(rows(fresh()));
    expect(b).toEqual(plain());
    expect(result).not.toBe(a);
    expect(result).not.toBe(b);
  });

  it('returns a new Matrix even when the operation changes nothing', () => {
    const a = fresh();
    for (const out of [np.add(a, 0), np.mul(a, 1), np.maximum(a, -Infinity), np.sum(M([[1, 2]]), 0)]) {
      expect(out).toBeInstanceOf(Matrix);
      expect(out).not.toBe(a);
    }
  });
});
