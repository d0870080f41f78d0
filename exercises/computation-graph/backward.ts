import type { Gradients } from './types';
// import { forward } from './forward';

/**
 * Backward pass: the chain rule from J back to a, b and c  (notes 004, "Computation graph").
 *
 *   dJ/dv = 3
 *   dJ/du = dJ/dv · dv/du = 3 · 1
 *   dJ/da = dJ/dv · dv/da = 3 · 1
 *   dJ/db = dJ/du · du/db = dJ/du · c
 *   dJ/dc = dJ/du · du/dc = dJ/du · b
 *
 * Example: a = 5, b = 3, c = 2 gives dJdv = 3, dJdu = 3, dJda = 3, dJdb = 6, dJdc = 9.
 * Careful: the notes write `dv/du = a` and `dv/da = u`; since v = a + u both are 1.
 */
export function backward(a: number, b: number, c: number): Gradients {
  throw new Error('not implemented yet: computation-graph/backward');
}
