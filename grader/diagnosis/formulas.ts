// The right formula of each step and the notes it comes from, as diagnoses quote them: "… — dW =
// (1/m) dZ A_prevᵀ (notes 001)". Keyed `exercise/step`; a step not listed falls back to the
// misconception's own formula and notes in the catalogue. Also the structured facts a diagnosis
// carries into the results (title, explanation, formula, note), so reports read only the model.
import type { Diagnosis } from '../model/results.js';
import { CATALOGUE, isMisconceptionId } from './catalogue.js';
import { exerciseFix } from './hints.js';

export interface StepFormula {
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
  'shallow-network/backward': {
    formula:
      'dZ2 = A2 − Y, dW2 = (1/m) dZ2 A1ᵀ, db2 = (1/m) Σ_columns dZ2, dZ1 = W2ᵀ ' +
      'dZ2 ⊙ A1(1 − A1), dW1 = (1/m) dZ1 Xᵀ, db1 = (1/m) Σ_columns dZ1',
    note: '000',
  },
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
  'deep-network/modelBackward': {
    formula:
      'dZ^[L] = A^[L] − Y; dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ, db^[l] = (1/m) Σ_columns dZ^[l], dZ^[l−1] = W^[l]ᵀ dZ^[l] ⊙ relu′(Z^[l−1])',
    note: '001 "Complete Back Propagation"',
  },
  'deep-network/update': { formula: 'W^[l] := W^[l] − α dW^[l], b^[l] := b^[l] − α db^[l]', note: '001' },
  'deep-network/predict': { formula: 'ŷ = 1 where A^[L] > 0.5, else 0', note: '004' },
  'deep-network/train': { formula: 'costs[i] = cost before update i', note: '001' },
};

const formula = (text: string, note: string): StepFormula => ({ formula: text, note });
const SHALLOW_AVERAGE = formula(
  'dW1 = (1/m) dZ1 Xᵀ, db1 = (1/m) Σ_columns dZ1, dW2 = (1/m) dZ2 A1ᵀ, db2 = (1/m) Σ_columns dZ2, m = X.columns',
  '000',
);
const SHALLOW_DB = formula('db1 = (1/m) Σ_columns dZ1, (n_h, 1); db2 = (1/m) Σ_columns dZ2, (n_y, 1)', '000, 001');
const SHALLOW_DW = formula('dW1 = (1/m) dZ1 Xᵀ, (n_h, n_x); dW2 = (1/m) dZ2 A1ᵀ, (n_y, n_h)', '000');
const SHALLOW_DZ1 = formula('dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1)', '000: dz^[1] = w^[2]T dz^[2] * g^[1]′(z^[1])');
const DEEP_AVERAGE = formula('dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ, db^[l] = (1/m) Σ_columns dZ^[l], m = AL.columns', '001');
const DEEP_DW = formula('dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ, (n^[l], n^[l−1])', '001');
const DEEP_DZ = formula('dZ^[l−1] = W^[l]ᵀ dZ^[l] ⊙ relu′(Z^[l−1])', '001: dZ_2 = W_3ᵀ dZ_3 * f_2′(Z_2)');
const AFTER_FORWARD = 'costs.push(cost(A, Y)) right after the forward pass, before the update';

/** For composite steps: the part of the step's formula a misconception is about, keyed `exercise/step/id`. */
const FOCUSED: Record<string, StepFormula> = {
  'shallow-network/backward/missing-1-over-m': SHALLOW_AVERAGE,
  'shallow-network/backward/divide-by-n': SHALLOW_AVERAGE,
  'shallow-network/backward/double-1-over-m': formula(
    'dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1), no 1/m; dW1 = (1/m) dZ1 Xᵀ, db1 = (1/m) Σ_columns dZ1',
    '000',
  ),
  'shallow-network/backward/db-wrong-axis': SHALLOW_DB,
  'shallow-network/backward/db-times-input': SHALLOW_DB,
  'shallow-network/backward/missing-transpose': SHALLOW_DW,
  'shallow-network/backward/transposed-result': SHALLOW_DW,
  'shallow-network/backward/sigmoid-derivative-of-z': SHALLOW_DZ1,
  'shallow-network/backward/wrong-layer-derivative': SHALLOW_DZ1,
  'shallow-network/backward/missing-activation-derivative': SHALLOW_DZ1,
  'shallow-network/backward/gradient-sign': formula('dZ2 = A2 − Y', '000'),
  'deep-network/modelBackward/missing-1-over-m': DEEP_AVERAGE,
  'deep-network/modelBackward/divide-by-n': DEEP_AVERAGE,
  'deep-network/modelBackward/double-1-over-m': formula(
    'dZ^[L] = A^[L] − Y and dZ^[l−1] = W^[l]ᵀ dZ^[l] ⊙ relu′(Z^[l−1]), no 1/m; dW^[l] = (1/m) dZ^[l] A^[l−1]ᵀ',
    '001',
  ),
  'deep-network/modelBackward/db-wrong-axis': formula('db^[l] = (1/m) Σ_columns dZ^[l], (n^[l], 1)', '001: sum(dZ, 1)'),
  'deep-network/modelBackward/missing-transpose': DEEP_DW,
  'deep-network/modelBackward/transposed-result': DEEP_DW,
  'deep-network/modelBackward/wrong-layer-derivative': DEEP_DZ,
  'deep-network/modelBackward/missing-activation-derivative': DEEP_DZ,
  'deep-network/modelBackward/gradient-sign': formula('dZ^[L] = A^[L] − Y', '001'),
  'logistic-regression/train/cost-after-update': formula(AFTER_FORWARD, '004'),
  'logistic-regression/train/missing-1-over-m': formula('dw = (1/m) X dZᵀ, db = (1/m) Σ dZ in every iteration', '004'),
  'shallow-network/train/cost-after-update': formula(AFTER_FORWARD, '004'),
  'deep-network/train/cost-after-update': formula(AFTER_FORWARD, '001'),
};

/** A note that names none (`—`, `— (see the exercise README)`) is no note. */
const cites = (note: string | undefined): note is string => note !== undefined && note !== '' && !note.startsWith('—');

/** The right formula for a misconception in this exercise's step: focused, else the step's, else the catalogue's. */
export function formulaOf(exercise: string, step: string, id: string): StepFormula | undefined {
  const own = FOCUSED[`${exercise}/${step}/${id}`] ?? STEPS[`${exercise}/${step}`];
  if (own) return own;
  return isMisconceptionId(id) ? { formula: CATALOGUE[id].formula, note: CATALOGUE[id].note } : undefined;
}

/** `dw = (1/m) X dZᵀ, (n_x, 1) (notes 004 …)`: the right formula to end a diagnosis with. */
export function rightFormula(exercise: string, step: string, id: string): string {
  const f = formulaOf(exercise, step, id);
  if (!f) return '';
  return cites(f.note) ? `${f.formula} (notes ${f.note})` : f.formula;
}

/** A finding's message: what the student's result shows, then the right formula. */
export function sayWithFormula(what: string, exercise: string, step: string, id: string): string {
  const formula = rightFormula(exercise, step, id);
  return formula ? `${what} — ${formula}` : what;
}

/**
 * What to change, in this exercise's notation when the exercise has its own words for it
 * (hints.ts), else the catalogue's fix; a teacher's own id without an entry gets a generic one.
 */
export function fixOf(id: string, exercise?: string, step?: string): string {
  const own = exercise ? exerciseFix(exercise, step ?? '', id) : undefined;
  if (own) return own;
  return isMisconceptionId(id) ? CATALOGUE[id].fix : 'See the exercise README for the right formula.';
}

/**
 * A diagnosis with its facts as data: the catalogue's title and explanation, the right formula in
 * this exercise's notation, and the notes that show the mistake — or, when no note shows it, the
 * notes of the right formula. Never an empty note: absent when nothing is cited.
 */
export function withFacts(d: Diagnosis, exercise: string, step: string): Diagnosis {
  const entry = isMisconceptionId(d.id) ? CATALOGUE[d.id] : undefined;
  const f = formulaOf(exercise, step, d.id);
  const [mistake, right] = [entry?.note, f?.note];
  const note = cites(mistake) ? mistake : cites(right) ? `${right} (the right formula)` : undefined;
  return {
    ...d,
    ...(entry ? { title: entry.title, explanation: entry.explanation } : {}),
    ...(f ? { formula: f.formula } : {}),
    ...(note ? { note } : {}),
  };
}

/** Every formula a diagnosis can carry, for the reports' tests (each must set as MathML). */
export const ALL_FORMULAS: readonly string[] = [...Object.values(STEPS), ...Object.values(FOCUSED), ...Object.values(CATALOGUE)].map(
  (f) => f.formula,
);
