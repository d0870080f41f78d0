// numpy's allclose, entry by entry: |a − b| ≤ atol + rtol·|b|, where b is the expected value.
import type { ValueStats } from '../model/results.js';

export interface Tolerance {
  rtol: number;
  atol: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { rtol: 1e-5, atol: 1e-8 };
const MAX_POSITIONS = 10;

export function isClose(received: number, expected: number, tol: Tolerance): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(received);
  if (!Number.isFinite(expected)) return received === expected;
  return Math.abs(received - expected) <= tol.atol + tol.rtol * Math.abs(expected);
}

export function compareValues(expected: number[][], received: number[][], tol: Tolerance): ValueStats {
  const stats: ValueStats = { maxAbsError: 0, maxRelError: 0, wrongCount: 0, total: 0, firstPositions: [], ...tol };
  expected.forEach((row, r) =>
    row.forEach((e, c) => {
      const x = received[r][c];
      const abs = Math.abs(x - e);
      stats.total += 1;
      if (Number.isFinite(abs)) {
        stats.maxAbsError = Math.max(stats.maxAbsError, abs);
        // a zero expected entry would make the relative error infinite, which JSON cannot carry
        stats.maxRelError = Math.max(stats.maxRelError, abs / Math.max(Math.abs(e), 1e-12));
      }
      if (!isClose(x, e, tol)) {
        stats.wrongCount += 1;
        if (stats.firstPositions.length < MAX_POSITIONS) stats.firstPositions.push([r, c]);
      }
    }),
  );
  return stats;
}
