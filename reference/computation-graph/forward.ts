/**
 * Forward pass through the computation graph of J(a, b, c) = 3(a + bc):
 *   u = b·c,   v = a + u,   J = 3·v
 * (scalars in, scalars out).
 */
// notes 004, "Computation graph": J(a, b, c) = 3(a + bc), u = bc, v = a + u, J = 3v
export function forward(a: number, b: number, c: number): { u: number; v: number; J: number } {
  const u = b * c;
  const v = a + u;
  const J = 3 * v;
  return { u, v, J };
}
