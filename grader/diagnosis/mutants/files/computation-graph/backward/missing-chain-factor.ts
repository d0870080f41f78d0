// missing-chain-factor — notes 004 "Computation graph": dJ/db taken as du/db = c, forgetting dJ/du = 3
export function backward(a: number, b: number, c: number): { dJdv: number; dJdu: number; dJda: number; dJdb: number; dJdc: number } {
  const dJdv = 3;
  const dJdu = dJdv;
  return { dJdv, dJdu, dJda: dJdv, dJdb: c, dJdc: b };
}
