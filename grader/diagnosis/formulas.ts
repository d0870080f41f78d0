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

const SHALLOW_AVERAGE = 'dW1 = (1/m) dZ1 Xᵀ, db1 = (1/m) Σ_columns dZ1, dW2 = (1/m) dZ2 A1ᵀ, db2 = (1/m) Σ_columns dZ2, m = X.columns (notes 000)';
const SHALLOW_DB = 'db1 = (1/m) Σ_columns dZ1, (n_h, 1); db2 = (1/m) Σ_columns dZ2, (n_y, 1) (notes 000, 001)';
const SHALLOW_DW = 'dW1 = (1/m) dZ1 Xᵀ, (n_h, n_x); dW2 = (1/m) dZ2 A1ᵀ, (n_y, n_h) (notes 000)';
const SHALLOW_DZ1 = 'dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1) (notes 000: dz^[1] = w^[2]T dz^[2] * g^[1]′(z^[1]))';
const DEEP_AVERAGE = 'dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ, db^[l] = (1/m) Σ_columns dZ^[l], m = AL.columns (notes 001)';
const DEEP_DW = 'dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ, (n^[l], n^[l−1]) (notes 001)';
const DEEP_DZ = 'dZ^[l−1] = W^[l]ᵀ dZ^[l] ⊙ relu′(Z^[l−1]) (notes 001: dZ_2 = W_3ᵀ dZ_3 * f_2′(Z_2))';
const AFTER_FORWARD = 'costs.push(cost(A, Y)) right after the forward pass, before the update';

/** For composite steps: the part of the step's formula a misconception is about, keyed `exercise/step/id`. */
const FOCUSED: Record<string, string> = {
  'shallow-network/backward/missing-1-over-m': SHALLOW_AVERAGE,
  'shallow-network/backward/divide-by-n': SHALLOW_AVERAGE,
  'shallow-network/backward/double-1-over-m': 'dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1), no 1/m; dW1 = (1/m) dZ1 Xᵀ, db1 = (1/m) Σ_columns dZ1 (notes 000)',
  'shallow-network/backward/db-wrong-axis': SHALLOW_DB,
  'shallow-network/backward/db-times-input': SHALLOW_DB,
  'shallow-network/backward/missing-transpose': SHALLOW_DW,
  'shallow-network/backward/transposed-result': SHALLOW_DW,
  'shallow-network/backward/sigmoid-derivative-of-z': SHALLOW_DZ1,
  'shallow-network/backward/wrong-layer-derivative': SHALLOW_DZ1,
  'shallow-network/backward/missing-activation-derivative': SHALLOW_DZ1,
  'shallow-network/backward/gradient-sign': 'dZ2 = A2 − Y (notes 000)',
  'deep-network/modelBackward/missing-1-over-m': DEEP_AVERAGE,
  'deep-network/modelBackward/divide-by-n': DEEP_AVERAGE,
  'deep-network/modelBackward/double-1-over-m': 'dZ^[L] = A^[L] − Y and dZ^[l−1] = W^[l]ᵀ dZ^[l] ⊙ relu′(Z^[l−1]), no 1/m; dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ (notes 001)',
  'deep-network/modelBackward/db-wrong-axis': 'db^[l] = (1/m) Σ_columns dZ^[l], (n^[l], 1) (notes 001: sum(dZ, 1))',
  'deep-network/modelBackward/missing-transpose': DEEP_DW,
  'deep-network/modelBackward/transposed-result': DEEP_DW,
  'deep-network/modelBackward/wrong-layer-derivative': DEEP_DZ,
  'deep-network/modelBackward/missing-activation-derivative': DEEP_DZ,
  'deep-network/modelBackward/gradient-sign': 'dZ^[L] = A^[L] − Y (notes 001)',
  'logistic-regression/train/cost-after-update': `${AFTER_FORWARD} (notes 004)`,
  'logistic-regression/train/missing-1-over-m': 'dw = (1/m) X dZᵀ, db = (1/m) Σ dZ in every iteration (notes 004)',
  'shallow-network/train/cost-after-update': `${AFTER_FORWARD} (notes 004)`,
  'deep-network/train/cost-after-update': `${AFTER_FORWARD} (notes 001)`,
};

/** `— dw = (1/m) X dZᵀ, (n_x, 1) (notes 004 …)`: the right formula to end a diagnosis with. */
export function rightFormula(exercise: string, step: string, id: string): string {
  const focused = FOCUSED[`${exercise}/${step}/${id}`];
  if (focused) return focused;
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
