// The misconceptions the grader can name: the contract's table (shared/curriculum.md), plus a few
// more the contract allows. Each says what went wrong in plain words, the right formula, the notes
// that show the mistake, and what to change. `grade explain <id>` and docs/misconceptions.md print it.

export const CONTRACT_IDS = [
  'missing-1-over-m',
  'double-1-over-m',
  'db-times-input',
  'divide-by-n',
  'db-wrong-axis',
  'missing-transpose',
  'transposed-result',
  'sigmoid-derivative-of-z',
  'wrong-layer-derivative',
  'missing-activation-derivative',
  'cost-sign',
  'squared-error',
  'update-sign',
  'sigmoid-sign',
  'missing-bias',
  'returns-probabilities',
  'unscaled-init',
  'zero-init',
  'mutates-input',
] as const;

/** Added to the contract's: mistakes the notes and exercises name without an id. */
export const EXTRA_IDS = [
  'sigmoid-overflow',
  'cost-after-update',
  'missing-chain-factor',
  'gradient-sign',
  'gradient-mismatch',
  'db-not-summed',
  'relu-derivative-at-zero',
  'iterations-off-by-one',
  'predict-booleans',
  'randn-order',
  'randn-not-used',
] as const;

export const MISCONCEPTION_IDS = [...CONTRACT_IDS, ...EXTRA_IDS] as const;
export type MisconceptionId = (typeof MISCONCEPTION_IDS)[number];

export interface Misconception {
  /** The mistake in a few words. */
  title: string;
  /** Why it is wrong, in plain language. */
  explanation: string;
  /** The right formula. */
  formula: string;
  /** Where the lecture notes show the mistake (`—` when they do not). */
  note: string;
  /** What to change, with an example. */
  fix: string;
}

export function isMisconceptionId(id: string): id is MisconceptionId {
  return (MISCONCEPTION_IDS as readonly string[]).includes(id);
}

export const CATALOGUE: Record<MisconceptionId, Misconception> = {
  'missing-1-over-m': {
    title: 'dW, db or the cost not averaged over the m examples',
    explanation:
      'The cost is the average of the m per-example losses, so its gradients are averages too: sum the ' +
      'contributions of the m examples, then divide by m. The single-example formulas of the notes (dw = x·dz, ' +
      'db = dz) have no 1/m because there m = 1. Without it the gradients grow with the number of examples.',
    formula: 'dW = (1/m) dZ A_prevᵀ,  db = (1/m) Σ_columns dZ,  J = −(1/m) Σ [y log a + (1−y) log(1−a)]',
    note: '000, 002 (single-example formulas), 003',
    fix: 'Divide by m, the number of columns (examples): np.div(np.dot(dZ, np.T(APrev)), m), np.div(np.sum(dZ, 1), m), -total / m.',
  },
  'double-1-over-m': {
    title: '1/m applied twice, in dZ and again in dW/db',
    explanation:
      'The 1/m belongs where the m examples are summed: in dW and db only. dZ and dA keep one column per example ' +
      'and are not averaged. Dividing dZ by m and then dW by m again makes the gradients m times too small.',
    formula: 'dZ^[1] = W^[2]ᵀ dZ^[2] ⊙ g^[1]′(Z^[1]) (no 1/m),  dW^[1] = (1/m) dZ^[1] Xᵀ',
    note: '004 ("dz^[1] = 1/m dw^[2]T dz^[2] * g^[2]′(z^[2])")',
    fix: 'Remove the 1/m from dZ (and dA); keep it in dW and db only.',
  },
  'db-times-input': {
    title: 'db computed like dW, multiplied by the layer input',
    explanation:
      'b is added to W·A, not multiplied by the input, so ∂z/∂b = 1: db is the average of dZ ' +
      'over the examples. Multiplying dZ by X (or A_prev) is the derivative for W, not for b.',
    formula: 'db = (1/m) Σ_columns dZ, shape (n, 1)',
    note: '003 ("db_1 = 1/m x · dz_1 (sum)")',
    fix: 'db1 = np.div(np.sum(dZ1, 1), m): no X in it.',
  },
  'divide-by-n': {
    title: 'divided by the number of features instead of the number of examples',
    explanation:
      'Gradients average over the examples: m is the number of COLUMNS of X (or dZ). The notes write 1/n, but their n is ' +
      'the number of features (rows). Dividing by it gives the right direction but the wrong size whenever n ≠ m.',
    formula: 'dw = (1/m) X dZᵀ,  db = (1/m) Σ dZ,  m = X.columns = dZ.columns',
    note: '004 ("db = 1/n np.sum(dZ)", "dw = 1/n X·dZᵀ")',
    fix: 'const m = X.columns (or dZ.columns), not X.rows.',
  },
  'db-wrong-axis': {
    title: 'db summed over the features (rows) or over everything, instead of over the examples',
    explanation:
      'db has one entry per unit, shape (n, 1): for each ROW of dZ, the average over its m columns (the ' +
      'examples). Summing down the columns gives one number per example, (1, m); summing everything gives one ' +
      'number. With a single output unit both look right, which is how the mistake hides until the hidden layer.',
    formula: 'db = (1/m) np.sum(dZ, axis=1, keepdims=True), shape (n, 1)',
    note: '002 ("sum over D features"); 000, 004 (np.sum(dz) without an axis)',
    fix: "np.div(np.sum(dZ, 1), m), or Matrix.columnVector(dZ.sum('row')).div(m).",
  },
  'missing-transpose': {
    title: 'a product without its transpose (dW = dZ · A_prev, dw = X · dZ)',
    explanation:
      'In a matrix product the inner sizes must agree: dZ (n, m) · A_prev (n_prev, m) does not; dZ · A_prevᵀ, (n, m)·(m, ' +
      'n_prev), does, and sums over the m examples. A shape error in a product (np.dot, or ml-matrix reading past the last row) ' +
      'means a transpose is missing (or one too many). ml-matrix does not always throw: when the left matrix has fewer columns ' +
      'than the right one has rows, mmul silently uses the first rows only, and the result has an m where a size n belongs.',
    formula: 'dW = (1/m) dZ A_prevᵀ,  dw = (1/m) X dZᵀ,  dA_prev = Wᵀ dZ',
    note: '002 ("dw^[L] = 1/m dz^[L] · a^[L−1]"), 003',
    fix: 'Write the shapes under the formula, (n, m)·(m, n_prev) → (n, n_prev): np.dot(dZ, np.T(APrev)).',
  },
  'transposed-result': {
    title: 'a result that is the transpose of the right one (row-per-example habit)',
    explanation:
      'The numbers are right but rows and columns are swapped: the habit of one ROW per example (notes 003, X of shape (m, n)). ' +
      'Here examples are COLUMNS: X is (n_x, m), n_x is the number of rows, and a gradient has the shape of its parameter.',
    formula: 'dW^[l] has the shape of W^[l], (n^[l], n^[l−1]);  Z = W A + b is (n^[l], m);  n_x = X.rows',
    note: '003 (X of shape (m, 2), "dw_2 = 1/m a_1 · dz_2")',
    fix: 'Swap the factors of the product (X·dZᵀ, not dZ·Xᵀ) or read sizes from the right axis: n_x = X.rows, m = X.columns.',
  },
  'sigmoid-derivative-of-z': {
    title: 'σ′ computed as z(1−z) instead of a(1−a)',
    explanation:
      'σ′(z) = σ(z)(1 − σ(z)): the derivative written in terms of the ACTIVATION a = σ(z). ' +
      'Plugging z itself into a(1 − a) gives z(1 − z), a different function (negative for z > 1).',
    formula: 'σ′(Z) = A ⊙ (1 − A) with A = σ(Z)',
    note: '— (the notes have a(1−a), 000 and 002)',
    fix: 'const s = sigmoid(Z); then np.mul(dA, np.mul(s, np.sub(1, s))).',
  },
  'wrong-layer-derivative': {
    title: 'dZ^[l] uses g′ of another layer',
    explanation:
      "dZ^[l] multiplies by the slope of layer l's OWN activation at its OWN Z^[l]. Using g′ of another layer — " +
      "g′(Z^[2]) for dZ^[1], or the output's sigmoid′ for the ReLU hidden layers — breaks the chain rule.",
    formula: 'dZ^[l] = dA^[l] ⊙ g^[l]′(Z^[l]);  shallow network: dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1)',
    note: '004 ("dz^[1] = 1/m dw^[2]T dz^[2] * g^[2]′(z^[2])")',
    fix: "Take Z from the same layer's cache with that layer's activation: dZ(dA, caches[l - 1].Z, 'relu') for l < L.",
  },
  'missing-activation-derivative': {
    title: 'dZ^[l] = W^[l+1]ᵀ dZ^[l+1] without the factor g′(Z^[l])',
    explanation:
      'W^[l+1]ᵀ dZ^[l+1] is the gradient with respect to the ACTIVATION A^[l]. Going back ' +
      'through the activation multiplies by its slope, g′(Z^[l]), element-wise, to reach Z^[l].',
    formula: 'dZ^[l] = (W^[l+1]ᵀ dZ^[l+1]) ⊙ g^[l]′(Z^[l])',
    note: '—',
    fix: 'np.mul(np.dot(np.T(W2), dZ2), np.mul(A1, np.sub(1, A1))); in deep-network, dZ(dA, Z, activation).',
  },
  'cost-sign': {
    title: 'cost without the leading minus',
    explanation:
      'log a ≤ 0 for a in (0, 1], so Σ [y log a + (1 − y) log(1 − a)] is negative. The cost is its NEGATIVE average: a ' +
      'positive number that falls as the predictions improve. Without the minus the "cost" rises as the model gets better.',
    formula: 'J = −(1/m) Σ [y log a + (1 − y) log(1 − a)]',
    note: '003 ("J = L(a, y) = [y log a + (1−y) log(1−a)]"), 004 (the loop\'s "J += […]")',
    fix: 'return -total / m.',
  },
  'squared-error': {
    title: 'squared error (a−y)² or its derivative 2(a−y) instead of cross-entropy',
    explanation:
      'These exercises use the cross-entropy (log) loss. The squared error (a − y)² and its ' +
      'derivative 2(a − y) belong to regression; with a sigmoid output they give another cost, and ' +
      'gradients that vanish where σ saturates. With the log loss, dL/dz simplifies to exactly a − y.',
    formula: 'J = −(1/m) Σ [y log a + (1 − y) log(1 − a)],  dZ = A − Y',
    note: '003 ("(a−y)²", "2 × (a−y)")',
    fix: 'Use the log loss; dZ = np.sub(A, Y), no factor 2.',
  },
  'update-sign': {
    title: 'W := W + α dW (climbing the cost)',
    explanation:
      'The gradient points uphill, where the cost grows fastest. Gradient DEscent steps the other way: it subtracts α times the gradient.',
    formula: 'W := W − α dW,  b := b − α db',
    note: '—',
    fix: 'np.sub(W, np.mul(learningRate, dW)), or Matrix.sub(W, Matrix.mul(dW, learningRate)).',
  },
  'sigmoid-sign': {
    title: 'σ(z) = 1/(1 + e^{z})',
    explanation:
      'σ(z) = 1 / (1 + e^{−z}): the exponent is MINUS z, so a large positive z gives σ ' +
      '≈ 1. With e^{+z} you compute σ(−z) = 1 − σ(z): every probability flipped.',
    formula: 'σ(z) = 1 / (1 + e^{−z})',
    note: '—',
    fix: '1 / (1 + Math.exp(-z)).',
  },
  'missing-bias': {
    title: 'Z = W A without + b',
    explanation:
      'Every unit adds its bias to the weighted sum: Z = W A + b, with b of shape (n, 1) added to ' +
      'each of the m columns. Without b every decision boundary passes through the origin.',
    formula: 'Z^[l] = W^[l] A^[l−1] + b^[l]',
    note: '—',
    fix: 'np.add(np.dot(W, APrev), b), or W.mmul(APrev).addColumnVector(b).',
  },
  'returns-probabilities': {
    title: 'predict returns A instead of 0/1 labels',
    explanation: 'predict returns labels: 0 or 1 per example. A is the probability of class 1; threshold it at 0.5.',
    formula: 'ŷ = 1 where A > 0.5, else 0, shape (1, m)',
    note: '—',
    fix: 'np.greater(A, 0.5), or map each a to a > 0.5 ? 1 : 0.',
  },
  'unscaled-init': {
    title: 'random weights not scaled (·0.01 or /√n)',
    explanation:
      'Random weights break the symmetry between units, but they must be small: with W = randn, Z grows ' +
      'with the width of the previous layer, the sigmoid saturates (its slope ≈ 0) and learning stalls.',
    formula: 'shallow network: W = 0.01 · randn;  deep network: W^[l] = randn / √n^[l−1]',
    note: '—',
    fix: 'Multiply each randn() by 0.01 (shallow) or divide it by Math.sqrt(layerDims[l - 1]) (deep).',
  },
  'zero-init': {
    title: 'hidden-layer weights initialised to zeros',
    explanation:
      'If all the weights of a hidden layer start equal, every unit of the layer computes the same thing ' +
      'and receives the same gradient, so they stay identical forever: the layer behaves like one unit. ' +
      'Zeros are fine for b, and for logistic regression (a single unit), not for the W of a network.',
    formula: 'W^[l] = small random numbers, one randn() per entry, row by row, W1 first;  b^[l] = zeros',
    note: '—',
    fix: 'Fill W with scaled randn() values; keep b = zeros.',
  },
  'mutates-input': {
    title: 'a step changed one of its arguments in place',
    explanation:
      "ml-matrix's instance methods A.sub(Y), A.add(b), A.mul(k), W.sub(…) change A itself and return it. The caller's matrix " +
      '— the cache, the parameters, the labels — is silently changed, and every later step computes with wrong inputs.',
    formula: 'dZ = A − Y as a NEW matrix; A unchanged',
    note: '—',
    fix: 'Matrix.sub(A, Y) (static: a new matrix), A.clone().sub(Y), or np.sub(A, Y), which never changes its arguments.',
  },
  'sigmoid-overflow': {
    title: 'σ written as e^z/(1 + e^z), NaN for large z',
    explanation:
      'e^z / (1 + e^z) is σ(z) on paper, but for z > 709 e^z is Infinity in floating point, and ' +
      'Infinity/Infinity is NaN. 1/(1 + e^{−z}) gives exactly 1 there; for very negative z, e^z/(1 + e^z) gives exactly 0.',
    formula: 'σ(z) = 1/(1 + e^{−z}) for z ≥ 0,  e^{z}/(1 + e^{z}) for z < 0',
    note: '— (see the exercise README)',
    fix: 'z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)), or simply 1 / (1 + Math.exp(-z)).',
  },
  'cost-after-update': {
    title: 'cost recorded after the update',
    explanation:
      'costs[i] is the cost of the parameters at the START of iteration i, measured before its update: costs[0] is ' +
      'the cost of the initial parameters. Recording it after the update shifts the whole curve by one iteration.',
    formula: 'repeat: A = forward(…); costs.push(cost(A, Y)); grads = backward(…); params = update(…)',
    note: '004 ("Gradient descent for 1-hidden layer network": predictions, cost, derivatives, update)',
    fix: 'Push the cost right after the forward pass, before update.',
  },
  'missing-chain-factor': {
    title: 'chain rule without the upstream derivative',
    explanation:
      'The chain rule multiplies ALL the local derivatives on the path from J: dJ/db = dJ/du · du/db = 3 ' +
      '· c. Stopping at du/db = c forgets the factor dJ/du = 3 that comes from the nodes after u.',
    formula: 'dJ/db = dJ/du · c = 3c,  dJ/dc = dJ/du · b = 3b',
    note: '004 ("Computation graph")',
    fix: 'const dJdb = dJdu * c; const dJdc = dJdu * b.',
  },
  'gradient-sign': {
    title: 'a gradient with the wrong sign (Y − A instead of A − Y)',
    explanation:
      'dZ = A − Y is positive where the prediction is too high, so W − α dW lowers ' +
      'it. Y − A is the negative gradient: subtracting it climbs the cost.',
    formula: 'dZ = A − Y',
    note: '003 (da = −[y/a − (1−y)/(1−a)], a sign to keep track of)',
    fix: 'np.sub(A, Y).',
  },
  'gradient-mismatch': {
    title: 'one gradient is not the slope of your own cost',
    explanation:
      'A gradient must be the slope of the cost. The grader nudges each parameter by ±ε in YOUR forward ' +
      'and cost and measures how the cost changes: the named tensor disagrees with that slope while the ' +
      'others agree, so the mistake is in how that one tensor is computed, not in the forward pass.',
    formula: 'dJ/dθ ≈ (J(θ + ε) − J(θ − ε)) / 2ε for every entry θ',
    note: '—',
    fix: 'Look at the named gradient only: compare its formula with the contract, and its shape with its parameter.',
  },
  // the notes' mistakes with no contract id, each with its mutants and a diagnosed/ fixture
  'db-not-summed': {
    title: 'db not summed over the examples (dZ / m)',
    explanation:
      'The single-example formula db = dz has one number per unit. Vectorised over m examples, dZ has one column per example: ' +
      'their contributions must be summed along each row, then averaged. Leaving dZ as it is gives one db per example.',
    formula: 'db = (1/m) Σ_columns dZ, (n, 1): np.sum(dZ, 1) / m',
    note: '000, 002 (single-example db = dz)',
    fix: "np.div(np.sum(dZ, 1), m), or Matrix.columnVector(dZ.sum('row')).div(m).",
  },
  'relu-derivative-at-zero': {
    title: 'relu′(0) taken as 1',
    explanation:
      'relu has no slope at z = 0 exactly; the contract fixes the convention relu′(0) = 0, as the reference ' +
      'does. Writing z < 0 ? 0 : dA gives dA where z = 0, so the cases with exact zeros in Z differ.',
    formula: 'relu′(z) = 1 if z > 0, else 0 (relu′(0) = 0)',
    note: '004 ("Derivatives of activation functions")',
    fix: 'np.where(np.greater(Z, 0), dA, 0): strictly greater than 0.',
  },
  'iterations-off-by-one': {
    title: 'the training loop runs one iteration too many (or too few)',
    explanation:
      'train runs exactly `iterations` rounds of forward, cost, backward and update, and records one cost per round. ' +
      'A loop written i <= iterations runs one more: one cost too many, and the parameters one update further.',
    formula: 'for (let i = 0; i < iterations; i++) { …; costs.push(cost); …; update }',
    note: '004 ("Gradient descent": repeat)',
    fix: 'for (let i = 0; i < options.iterations; i++).',
  },
  'predict-booleans': {
    title: 'predict returns true/false instead of 1/0',
    explanation:
      'A comparison a > 0.5 is a boolean. The labels are the numbers 1 and 0, in a (1, m) ' +
      'matrix: booleans are not numbers, and accuracy and costs computed from them go wrong.',
    formula: 'ŷ = 1 where a > 0.5, else 0 (numbers)',
    note: '004',
    fix: 'np.greater(A, 0.5), or a > 0.5 ? 1 : 0.',
  },
  'randn-order': {
    title: "randn's draws used in another order (column by column, or layers swapped)",
    explanation:
      'The seeded randn stream gives the same numbers on every run, so the grader can compare your weights with the ' +
      "reference's entry for entry, but only if they are drawn in the same order: each W row by row (entry (0,0), " +
      '(0,1), …), W1 first, then W2, and so on. The right numbers in another order are different weights.',
    formula: 'for each layer l = 1, 2, …: for each row i: for each column j: W^[l][i][j] = scale · randn()',
    note: '—',
    fix: 'Draw with nested loops, rows outside and columns inside, layer by layer from W1.',
  },
  'randn-not-used': {
    title: 'the randn argument not used for the weights',
    explanation:
      'The initialisation receives randn, a seeded stream of normal numbers, so that a run can be repeated and graded. ' +
      'Math.random() or a generator of your own gives other numbers on every run: the weights can never match.',
    formula: 'W^[l] = scale · randn() for every entry, with the randn passed in',
    note: '—',
    fix: 'Call the randn parameter, () => number, for every weight; not Math.random().',
  },
};
