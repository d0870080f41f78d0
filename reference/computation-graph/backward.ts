/**
 * Backward pass through J = 3v, v = a + u, u = bc, by the chain rule, right to left:
 *   dJ/dv = 3
 *   dJ/du = dJ/dv · dv/du = 3 · 1 = 3
 *   dJ/da = dJ/dv · dv/da = 3 · 1 = 3
 *   dJ/db = dJ/du · du/db = 3 · c
 *   dJ/dc = dJ/du · du/dc = 3 · b
 * (J is linear in a, so no derivative depends on a.)
 */
// notes 004, "Computation graph" (the notes write dJ/du = 3·4 = 12 and dv/du = a; since
// v = a + u, dv/du = 1 and dJ/du = 3 — followed here is the math, not those slips)
export function backward(
  a: number,
  b: number,
  c: number,
): { dJdv: number; dJdu: number; dJda: number; dJdb: number; dJdc: number } {
  const dJdv = 3;
  const dJdu = dJdv * 1;
  const dJda = dJdv * 1;
  const dJdb = dJdu * c;
  const dJdc = dJdu * b;
  return { dJdv, dJdu, dJda, dJdb, dJdc };
}
