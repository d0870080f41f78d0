// What to change, in each exercise's own notation and for ml-matrix and np users alike: the
// catalogue's fix is written for the deep network (`np.dot(dZ, np.T(APrev))`), which tells a
// logistic-regression student the transposed dw, and a shallow-network student about
// `caches[l - 1].Z` and 'relu', which that exercise has not. Keyed `exercise/step/id`, then
// `exercise/id`; an id with neither falls back to the catalogue's fix.

const AVERAGE_COST = 'Average over the m = Y.columns examples: return -total / m.';

const HINTS: Record<string, string> = {
  // logistic regression: X (n_x, m), dZ (1, m), dw (n_x, 1), db a number
  'logistic-regression/dW/missing-1-over-m': 'Divide by m = X.columns: np.div(np.dot(X, np.T(dZ)), m), or X.mmul(dZ.transpose()).div(m).',
  'logistic-regression/db/missing-1-over-m': 'Divide the sum by m = dZ.columns: np.sum(dZ) / m, or dZ.sum() / m.',
  'logistic-regression/cost/missing-1-over-m': AVERAGE_COST,
  'logistic-regression/forward/missing-bias': 'A = σ(wᵀX + b): np.add(np.dot(np.T(w), X), b), or w.transpose().mmul(X).add(b).',
  'logistic-regression/train/missing-1-over-m':
    'In every iteration, dw = np.div(np.dot(X, np.T(dZ)), m) and db = np.sum(dZ) / m, with m = X.columns.',
  'logistic-regression/divide-by-n': 'const m = X.columns (or dZ.columns), not X.rows: dw = X dZᵀ / m.',
  'logistic-regression/double-1-over-m': 'Keep dZ = A − Y without 1/m; divide by m once, in dw and db.',
  'logistic-regression/missing-transpose': 'dw = X dZᵀ, (n_x, m)·(m, 1) → (n_x, 1): np.dot(X, np.T(dZ)), or X.mmul(dZ.transpose()).',
  'logistic-regression/transposed-result':
    'dw has the shape of w, (n_x, 1): X dZᵀ, not dZ Xᵀ; read sizes from the right axis: n_x = X.rows, m = X.columns.',
  'logistic-regression/db-wrong-axis':
    'db is one number: the sum of every entry of dZ (1, m) divided by m, np.sum(dZ) / m or dZ.sum() / m.',
  'logistic-regression/squared-error': 'Use the log loss; dZ = np.sub(A, Y), or Matrix.sub(A, Y), no factor 2.',
  'logistic-regression/update-sign': 'w := w − α dw: np.sub(w, np.mul(learningRate, dw)), or Matrix.sub(w, Matrix.mul(dw, learningRate)).',
  // shallow network: one hidden sigmoid layer, caches { Z1, A1, Z2, A2 }, grads { dW1, db1, dW2, db2 }
  'shallow-network/backward/missing-1-over-m':
    'Divide by m = X.columns in dW1, db1, dW2 and db2: np.div(np.dot(dZ1, np.T(X)), m), np.div(np.sum(dZ1, 1), m).',
  'shallow-network/train/missing-1-over-m':
    'In every iteration, divide by m = X.columns in dW1, db1, dW2 and db2: np.div(np.dot(dZ1, np.T(X)), m), np.div(np.sum(dZ1, 1), m).',
  'shallow-network/backward/divide-by-n': 'const m = X.columns, not X.rows: every gradient averages over the examples.',
  'shallow-network/backward/double-1-over-m': 'Keep dZ2 and dZ1 without 1/m; divide by m once, in dW1, db1, dW2 and db2.',
  'shallow-network/backward/db-wrong-axis':
    "db1 = np.div(np.sum(dZ1, 1), m), or Matrix.columnVector(dZ1.sum('row')).div(m); the same for db2 with dZ2.",
  'shallow-network/backward/db-times-input': 'db1 = np.div(np.sum(dZ1, 1), m) and db2 = np.div(np.sum(dZ2, 1), m): no X or A1 in them.',
  'shallow-network/backward/missing-transpose':
    'dW1 = np.div(np.dot(dZ1, np.T(X)), m) and dW2 = np.div(np.dot(dZ2, np.T(A1)), m), or dZ1.mmul(X.transpose()).div(m).',
  'shallow-network/backward/transposed-result': 'dW1 has the shape of W1, (n_h, n_x): dZ1 Xᵀ, not X dZ1ᵀ; dW2 = dZ2 A1ᵀ, (n_y, n_h).',
  'shallow-network/backward/sigmoid-derivative-of-z':
    'σ′ of the hidden layer is A1(1 − A1), with A1 from the cache: np.mul(A1, np.sub(1, A1)), not Z1(1 − Z1).',
  'shallow-network/backward/wrong-layer-derivative':
    "dZ1 uses the hidden layer's own slope, A1(1 − A1) with A1 from the cache, not A2 or Z2: " +
    'np.mul(np.dot(np.T(W2), dZ2), np.mul(A1, np.sub(1, A1))).',
  'shallow-network/backward/missing-activation-derivative':
    'Multiply W2ᵀ dZ2 by A1(1 − A1), element-wise: np.mul(np.dot(np.T(W2), dZ2), np.mul(A1, np.sub(1, A1))), ' +
    'or W2.transpose().mmul(dZ2).mul(Matrix.mul(A1, Matrix.sub(Matrix.ones(A1.rows, A1.columns), A1))).',
  'shallow-network/cost/missing-1-over-m': AVERAGE_COST,
  'shallow-network/forward/missing-bias':
    'Z1 = W1 X + b1 and Z2 = W2 A1 + b2: np.add(np.dot(W1, X), b1), or W1.mmul(X).addColumnVector(b1).',
  'shallow-network/unscaled-init': 'Multiply each randn() by 0.01: W1 = 0.01 · randn, W2 = 0.01 · randn.',
  'shallow-network/update-sign': 'W1 := W1 − α dW1 (and the same for b1, W2, b2): np.sub(W1, np.mul(learningRate, dW1)).',
  // deep network: caches[l - 1] = { APrev, W, b, Z }, activation 'relu' or 'sigmoid'
  'deep-network/cost/missing-1-over-m': AVERAGE_COST,
  'deep-network/unscaled-init': 'Divide each randn() by Math.sqrt(layerDims[l - 1]).',
  'deep-network/db/missing-1-over-m': "db = np.div(np.sum(dZ, 1), m), or Matrix.columnVector(dZ.sum('row')).div(m), with m = dZ.columns.",
  'deep-network/db/db-wrong-axis': 'db = np.div(np.sum(dZ, 1), m): the sum of each ROW, one per unit, (n^[l], 1).',
  'deep-network/db/divide-by-n': 'const m = dZ.columns, not dZ.rows: db = np.div(np.sum(dZ, 1), m).',
  'deep-network/modelBackward/missing-activation-derivative':
    "Below the output layer, dZ^[l−1] = dA ⊙ relu′(Z^[l−1]): dZ(dAPrev(W, dZl), caches[l - 2].Z, 'relu').",
  'deep-network/dZ/missing-activation-derivative':
    'Multiply dA by g′(Z) element-wise: for relu np.mul(dA, np.greater(Z, 0)); for sigmoid s(1 − s) with s = sigmoid(Z).',
};

/** The exercise's own words for a fix, or undefined when it has none. */
export function exerciseFix(exercise: string, step: string, id: string): string | undefined {
  return HINTS[`${exercise}/${step}/${id}`] ?? HINTS[`${exercise}/${id}`];
}
