import type { ForwardResult } from './types';

/**
 * Forward pass through the computation graph of J(a, b, c) = 3(a + bc)  (notes 004, "Computation graph"):
 *
 *   u = b·c
 *   v = a + u
 *   J = 3·v
 *
 * All values are plain numbers. Example: a = 5, b = 3, c = 2 gives u = 6, v = 11, J = 33.
 * (The notes write `u = a + bc` in one place; the graph is u = bc, v = a + u.)
 */
export function forward(a: number, b: number, c: number): ForwardResult {
  throw new Error('not implemented yet: computation-graph/forward');
}
