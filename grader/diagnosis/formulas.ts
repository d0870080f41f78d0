// The right formula of each step and the notes it comes from, as diagnoses quote them: "… — dW =
// (1/m) dZ A_prevᵀ (notes 001)". Keyed `exercise/step`; a step not listed falls back to the
// misconception's own formula and notes in the catalogue.
import { CATALOGUE, isMisconceptionId } from './catalogue.js';

interface StepFormula {
  formula: string;
  note: string;
}

const STEPS: Record<string, StepFormula> = {
  'computation-graph/backward': { formula: 'dJ/dv = 3, dJ/du = dJ/da = 3, dJ/db = 3c, dJ/dc = 3b', note: '004 "Computation graph"' },
  'logistic-regression/sigmoid': { formula: 'σ(z) = 1/(1 + e^{−z})', note: '003' },
  'logistic-regression/initializeWithZeros': { formula: 'w = zeros (dim, 1), b = 0', note: '004' },
  'logistic-regression/forward': { formula: 'A = σ(wᵀX + b), (1, m)', note: '004 "Vectorizing logistic regression"' },
  'logistic-regression/cost': { formula: 'J = −(1/m) Σ [y log a + (1−y) log(1−a)]', note: '004' },
  'logistic-regression/dZ': { formula: 'dZ = A − Y, (1, m)', note: '003, 004' },
  'logistic-regression/dW': { formula: 'dw = (1/m) X dZᵀ, (n_x, 1)', note: '004 "Vectorizing logistic regression"' },
  'logistic-regression/db': { formula: 'db = (1/m) Σ dZ, a number', note: '004 "Vectorizing logistic regression"' },
  'logistic-regression/update': { formula: 'w := w − α dw, b := b − α db', note: '004' },
  'logistic-regression/predict': { formula: 'ŷ = 1 where σ(wᵀX + b) > 0.5, else 0', note: '004' },
  'logistic-regression/train': { formula: 'costs[i] = cost before update i; dw = (1/m) X dZᵀ; w := w − α dw', note: '004' },
  'shallow-network/layerSizes': { formula: 'nX = X.rows, nH = hiddenUnits, nY = Y.rows', note: '004' },
  'shallow-network/initializeParameters': { formula: 'W = 0.01 · randn row by row, W1 then W2; b = zeros', note: '004' },
  'shallow-network/forward': { formula: 'Z1 = W1 X + b1, A1 = σ(Z1), Z2 = W2 A1 + b2, A2 = σ(Z2)', note: '004' },
  'shallow-network/cost': { formula: 'J = −(1/m) Σ [y log a2 + (1−y) log(1−a2)]', note: '000, 004' },
  'shallow-network/backward': { formula: 'dZ2 = A2 − Y, dW2 = (1/m) dZ2 A1ᵀ, db2 = (1/m) Σ_columns dZ2, dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1), dW1 = (1/m) dZ1 Xᵀ, db1 = (1/m) Σ_columns dZ1', note: '000' },
  'shallow-network/update': { formula: 'W := W − α dW, b := b − α db', note: '004' },
  'shallow-network/predict': { formula: 'ŷ = 1 where A2 > 0.5, else 0', note: '004' },
  'shallow-network/train': { formula: 'costs[i] = cost before update i', note: '004' },
  'deep-network/initializeParameters': { formula: 'W^[l] = randn / √n^[l−1] row by row, layer by layer; b^[l] = zeros', note: '001' },
  'deep-network/linearForward': { formula: 'Z = W A_prev + b, (n^[l], m)', note: '001, 004' },
  'deep-network/sigmoid': { formula: 'σ(z) = 1/(1 + e^{−z})', note: '001' },
  'deep-network/activationForward': { formula: 'Z = W A_prev + b, A = g(Z)', note: '004' },
  'deep-network/modelForward': { formula: 'A^[l] = ReLU(W^[l] A^[l−1] + b^[l]) for l < L, A^[L] = σ(W^[L] A^[L−1] + b^[L])', note: '004' },
  'deep-network/cost': { formula: 'J = −(1/m) Σ [y log a + (1−y) log(1−a)]', note: '001' },
  'deep-network/dZ': { formula: 'dZ = dA ⊙ g′(Z): σ′(Z) = σ(Z)(1 − σ(Z)), relu′(Z) = 1 where Z > 0', note: '004 "Deep neural networks"' },
  'deep-network/dW': { formula: 'dW = (1/m) dZ A_prevᵀ, (n^[l], n^[l−1])', note: '001' },
  'deep-network/db': { formula: 'db = (1/m) Σ_columns dZ, (n^[l], 1)', note: '001, 004 "vectorized form"' },
  'deep-network/dAPrev': { formula: 'dA_prev = Wᵀ dZ, (n^[l−1], m)', note: '004, 002' },
  'deep-network/modelBackward': { formula: 'dZ^[L] = A^[L] − Y; dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ, db^[l] = (1/m) Σ_columns dZ^[l], dZ^[l−1] = W^[l]ᵀ dZ^[l] ⊙ relu′(Z^[l−1])', note: '001 "Complete Back Propagation"' },
  'deep-network/update': { formula: 'W^[l] := W^[l] − α dW^[l], b^[l] := b^[l] − α db^[l]', note: '001' },
  'deep-network/predict': { formula: 'ŷ = 1 where A^[L] > 0.5, else 0', note: '004' },
  'deep-network/train': { formula: 'costs[i] = cost before update i', note: '001' },
};

/** `— dw = (1/m) X dZᵀ, (n_x, 1) (notes 004 …)`: the right formula to end a diagnosis with. */
export function rightFormula(exercise: string, step: string, id: string): string {
  const own = STEPS[`${exercise}/${step}`];
  if (own) return `${own.formula} (notes ${own.note})`;
  if (!isMisconceptionId(id)) return '';
  const { formula, note } = CATALOGUE[id];
  return note.startsWith('—') ? formula : `${formula} (notes ${note})`;
}

/** A finding's message: what the student's result shows, then the right formula. */
export function sayWithFormula(what: string, exercise: string, step: string, id: string): string {
  const formula = rightFormula(exercise, step, id);
  return formula ? `${what} — ${formula}` : what;
}

/** The catalogue's fix for an id (a teacher's own id without an entry gets a generic one). */
export function fixOf(id: string): string {
  return isMisconceptionId(id) ? CATALOGUE[id].fix : 'See the exercise README for the right formula.';
}
