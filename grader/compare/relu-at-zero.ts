// relu′(0): the contract takes it as 0 (relu′(z) = 1 only for z > 0). A dZ that is right everywhere
// except where Z is exactly 0, and passes dA through there (`z < 0 ? 0 : dA`, `Z >= 0`), gets a
// fact that names the convention: the values alone would only say "3 of 20 entries differ".
import type { Matrix } from 'ml-matrix';
import { isClose } from './allclose.js';
import type { Problem } from '../model/results.js';
import type { Value } from './value.js';

/** A step's property check (spec/types.ts's PropertyCheck), typed here without importing the spec. */
export const reluAtZero = (received: Value, c: { args: readonly unknown[] }): Problem | undefined => {
  const [dA, Z, activation] = c.args as [Matrix, Matrix, string];
  if (activation !== 'relu' || received.kind !== 'matrix' || received.rows !== Z.rows || received.cols !== Z.columns) return undefined;
  const atZero: [number, number][] = [];
  for (let r = 0; r < Z.rows; r++) {
    for (let col = 0; col < Z.columns; col++) {
      const [z, d, y] = [Z.get(r, col), dA.get(r, col), received.data[r][col]];
      const right = z > 0 ? d : 0;
      if (isClose(y, right, { rtol: 1e-5, atol: 1e-8 })) continue;
      // wrong only where z = 0, and there exactly dA: relu′(0) taken as 1
      if (z !== 0 || !isClose(y, d, { rtol: 1e-5, atol: 1e-8 })) return undefined;
      atZero.push([r, col]);
    }
  }
  if (atZero.length === 0) return undefined;
  const [r, col] = atZero[0];
  const count = `${atZero.length} ${atZero.length === 1 ? 'entry' : 'entries'}`;
  return {
    path: '',
    check: 'property',
    message:
      `dZ is right except where Z is exactly 0 (${count}, the first at (${r}, ${col})), ` +
      'where yours passes dA through: the contract takes relu′(0) = 0 (relu′(z) = 1 only for z > 0), so use Z > 0, not Z >= 0',
    wrong: atZero,
  };
};
