// missing-chain-factor — notes 004 "Computation graph": dJ/db taken as du/db = c, forgetting dJ/du = 3
export function backward(a: number, b: number, c: number): { dJdv: number; dJdu: number; dJda: number; dJdb: number; dJdc: number } {
  const dJdv = 3;
  const dJdu = dJdv;
  return { dJdv, dJdu, dJda: dJdv, dJdb: c, dJdc: b };
}

/** What the grader tells a student whose step gives what this one gives. */
export const mutant = {
  id: 'missing-chain-factor',
  says: 'dJdb = c and dJdc = b: you stopped at the local derivative du/db and forgot the upstream factor dJ/du = 3 (the chain rule multiplies them all)',
};
