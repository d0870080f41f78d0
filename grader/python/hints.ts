// What to change, written in numpy for a Python exercise: the same misconceptions as the catalogue
// (grader/diagnosis/catalogue.ts), whose fixes are written for ml-matrix and mlgrade/np.
import type { ExerciseResult } from '../model/results.js';

/** By misconception id (keys checked against the catalogue by test/python-units.test.ts). */
export const NUMPY_FIX: Readonly<Record<string, string>> = {
  'missing-1-over-m':
    'Divide by m = A_prev.shape[1] (examples are columns): np.dot(dZ, A_prev.T) / m, ' + 'np.sum(dZ, axis=1, keepdims=True) / m.',
  'double-1-over-m': 'Remove the 1/m from dZ (and dA); keep it in dW and db only.',
  'db-times-input': 'db1 = np.sum(dZ1, axis=1, keepdims=True) / m: no X in it.',
  'divide-by-n': 'm = X.shape[1] (columns), not X.shape[0].',
  'db-wrong-axis': 'np.sum(dZ, axis=1, keepdims=True) / m: axis=1 sums over the examples and keepdims keeps (n, 1).',
  'missing-transpose': 'Write the shapes under the formula, (n, m)·(m, n_prev) → (n, n_prev): np.dot(dZ, A_prev.T).',
  'transposed-result': 'Swap the factors (np.dot(X, dZ.T), not np.dot(dZ, X.T)) or read sizes from the right axis: n_x = X.shape[0].',
  'sigmoid-derivative-of-z': 's = sigmoid(Z); then dA * s * (1 - s).',
  'wrong-layer-derivative': 'Use each layer\'s own activation: relu\'(Z) = (Z > 0) for layers l < L, dZ(dA, caches[l - 1]["Z"], "relu").',
  'missing-activation-derivative': 'np.dot(W2.T, dZ2) * (A1 * (1 - A1)); in deep-network, dZ(dA, Z, activation).',
  'update-sign': 'W = W - learning_rate * dW.',
  'missing-bias': 'np.dot(W, A_prev) + b (b of shape (n, 1) is broadcast over the columns).',
  'returns-probabilities': '(A > 0.5).astype(float).',
  'unscaled-init': 'randn(n, n_prev) * 0.01 (shallow) or randn(n, n_prev) / math.sqrt(layer_dims[l - 1]) (deep); never np.random.',
  'mutates-input': 'Return new values: W = W - learning_rate * dW (not W -= …), and a new dict (not params["W1"] = …).',
  'cost-sign': 'return -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m, a float (not np.shape(cost)).',
};

/** The exercise's diagnoses with their hints in numpy; nothing else changes. */
export function inNumpyTerms(exercise: ExerciseResult): ExerciseResult {
  const steps = exercise.steps.map((step) => ({
    ...step,
    diagnoses: step.diagnoses.map((d) => ({ ...d, hint: NUMPY_FIX[d.id] ?? d.hint })),
  }));
  return { ...exercise, steps, language: 'python' };
}
