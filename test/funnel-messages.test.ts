// What the comparison funnel says, as the student reads it: a number's expected and received value;
// a matrix's first wrong entry with both its values, the largest error said apart (it is often
// elsewhere); a non-finite entry at its path; labels returned as booleans named as such.
import { describe, expect, it } from 'vitest';
import { compare } from '../grader/compare/funnel.js';
import { decode } from '../grader/compare/value.js';
import type { Wire } from '../grader/model/wire.js';

const ctx = { dims: { m: 4 }, tolerance: { rtol: 1e-5, atol: 1e-8 }, rootName: 'dW' };
const problems = (expected: Wire, received: Wire) => compare(decode(expected), decode(received), ctx);

describe("the funnel's messages", () => {
  it('a number: expected and yours', () => {
    expect(problems(0.25, 0.5)[0].message).toBe('dW: expected 0.25, yours 0.5');
  });

  it('a matrix: the first wrong entry with its own values, the largest error apart', () => {
    const [p] = problems(
      {
        $m: [
          [1, 2],
          [3, 4],
        ],
      },
      {
        $m: [
          [1, 2.5],
          [3, 14],
        ],
      },
    );
    expect(p.message).toBe('dW: 2 of 4 entries differ (largest error 10.0); the first, at (0, 1): expected 2, yours 2.5');
    expect(p.wrong).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('writes tiny and huge numbers as powers of ten, the others with up to 6 digits', () => {
    expect(problems(1.6355512e-6, 0)[0].message).toBe('dW: expected 1.63555e-6, yours 0');
    expect(problems(1e-7, 2)[0].message).toBe('dW: expected 1e-7, yours 2');
    expect(problems(0.1234567, 12345678)[0].message).toBe('dW: expected 0.123457, yours 1.23457e+7');
  });

  it('one wrong entry: where and both values', () => {
    expect(problems({ $m: [[1, 2]] }, { $m: [[1, 3]] })[0].message).toBe('dW: 1 of 2 entries differs, at (0, 1): expected 2, yours 3');
  });

  it('a non-finite entry keeps its path', () => {
    const [p] = problems({ grads: { db1: { $m: [[1]] } } }, { grads: { db1: { $m: [[{ $num: 'NaN' }]] } } });
    expect(p).toMatchObject({ path: 'grads.db1', check: 'finite', message: 'grads.db1 has NaN at (0, 0)' });
  });

  it('labels as booleans are named as such, not as "a list of 1"', () => {
    const [p] = problems({ $m: [[1, 0, 1, 1]] }, [[true, false, true, true]]);
    expect(p.check).toBe('type');
    expect(p.message).toContain('yours holds true/false values: use 1 and 0');
    expect(p.message).not.toContain('list of 1');
  });
});
