// The built-in mutants of logistic-regression: one per misconception and step where it can occur, each the
// step written with that one mistake, in its own file under files/ (the file says which notes show it).
import { exerciseMutants } from './define.js';
import { cost as costCostSign } from './files/logistic-regression/cost/cost-sign.js';
import { cost as costMissing1OverM } from './files/logistic-regression/cost/missing-1-over-m.js';
import { cost as costSquaredError } from './files/logistic-regression/cost/squared-error.js';
import { dW as dWDivideByN } from './files/logistic-regression/dW/divide-by-n.js';
import { dW as dWDouble1OverM } from './files/logistic-regression/dW/double-1-over-m.js';
import { dW as dWMissing1OverM } from './files/logistic-regression/dW/missing-1-over-m.js';
import { dW as dWMissingTranspose } from './files/logistic-regression/dW/missing-transpose.js';
import { dW as dWTransposedResult } from './files/logistic-regression/dW/transposed-result.js';
import { dZ as dZDouble1OverM } from './files/logistic-regression/dZ/double-1-over-m.js';
import { dZ as dZGradientSign } from './files/logistic-regression/dZ/gradient-sign.js';
import { dZ as dZMutatesInput } from './files/logistic-regression/dZ/mutates-input.js';
import { dZ as dZSquaredError } from './files/logistic-regression/dZ/squared-error.js';
import { db as dbDbWrongAxis } from './files/logistic-regression/db/db-wrong-axis.js';
import { db as dbDouble1OverM } from './files/logistic-regression/db/double-1-over-m.js';
import { db as dbMissing1OverM } from './files/logistic-regression/db/missing-1-over-m.js';
import { forward as forwardMissingBias } from './files/logistic-regression/forward/missing-bias.js';
import { forward as forwardSigmoidOverflow } from './files/logistic-regression/forward/sigmoid-overflow.js';
import { forward as forwardSigmoidSign } from './files/logistic-regression/forward/sigmoid-sign.js';
import { forward as forwardTransposedResult } from './files/logistic-regression/forward/transposed-result.js';
import { initializeWithZeros as initializeWithZerosTransposedResult } from './files/logistic-regression/initializeWithZeros/transposed-result.js';
import { predict as predictReturnsProbabilities } from './files/logistic-regression/predict/returns-probabilities.js';
import { sigmoid as sigmoidSigmoidOverflow } from './files/logistic-regression/sigmoid/sigmoid-overflow.js';
import { sigmoid as sigmoidSigmoidSign } from './files/logistic-regression/sigmoid/sigmoid-sign.js';
import { train as trainCostAfterUpdate } from './files/logistic-regression/train/cost-after-update.js';
import { train as trainMissing1OverM } from './files/logistic-regression/train/missing-1-over-m.js';
import { update as updateMutatesInput } from './files/logistic-regression/update/mutates-input.js';
import { update as updateUpdateSign } from './files/logistic-regression/update/update-sign.js';

export const LOGISTIC_REGRESSION_MUTANTS = exerciseMutants('logistic-regression', {
  sigmoid: [
    { id: 'sigmoid-overflow', apply: sigmoidSigmoidOverflow, says: 'your sigmoid gives NaN for large z: e^z / (1 + e^z) is Infinity/Infinity once e^z overflows' },
    { id: 'sigmoid-sign', apply: sigmoidSigmoidSign, says: 'your sigmoid is 1/(1 + e^{z}), σ(−z): the minus in the exponent is missing' },
  ],
  initializeWithZeros: [
    { id: 'transposed-result', apply: initializeWithZerosTransposedResult, says: 'your w is a row (1, dim); w has one ROW per feature, (dim, 1)' },
  ],
  forward: [
    { id: 'missing-bias', apply: forwardMissingBias, says: 'your A is σ(wᵀX): the + b is missing' },
    { id: 'sigmoid-overflow', apply: forwardSigmoidOverflow, says: 'your A has NaN where |z| is large: σ written e^z / (1 + e^z) overflows' },
    { id: 'sigmoid-sign', apply: forwardSigmoidSign, says: 'your A is σ(−z): the sigmoid is written 1/(1 + e^{z})' },
    { id: 'transposed-result', apply: forwardTransposedResult, says: 'your A is (m, 1), Xᵀw: examples in rows as in notes 003; here X is (n_x, m) and A = σ(wᵀX + b) is (1, m)' },
  ],
  cost: [
    { id: 'cost-sign', apply: costCostSign, says: 'your cost is the negative of the right one: the leading minus is missing (notes 003 drop it)' },
    { id: 'missing-1-over-m', apply: costMissing1OverM, says: 'your cost is m times too large: the losses are summed, not averaged over the m examples' },
    { id: 'squared-error', apply: costSquaredError, says: 'your cost is the mean squared error (a − y)², not the cross-entropy' },
  ],
  dZ: [
    { id: 'double-1-over-m', apply: dZDouble1OverM, says: 'your dZ is divided by m: the 1/m belongs to dw and db only (notes 004 put it in dz too)' },
    { id: 'gradient-sign', apply: dZGradientSign, says: 'your dZ is Y − A: the sign is flipped' },
    { id: 'mutates-input', apply: dZMutatesInput, says: 'your dZ changes A in place (ml-matrix\'s A.sub(Y))' },
    { id: 'squared-error', apply: dZSquaredError, says: 'your dZ is 2(A − Y), the derivative of the squared error (notes 003)' },
  ],
  dW: [
    { id: 'divide-by-n', apply: dWDivideByN, says: 'your dw is divided by n_x, the number of features, instead of m (notes 004 write 1/n)' },
    { id: 'double-1-over-m', apply: dWDouble1OverM, says: 'your dw is divided by m twice' },
    { id: 'missing-1-over-m', apply: dWMissing1OverM, says: 'you forgot to average over the m examples in dw: it is m times too large' },
    { id: 'missing-transpose', apply: dWMissingTranspose, says: 'X · dZ does not multiply, (n_x, m)·(1, m): dZ needs its transpose' },
    { id: 'transposed-result', apply: dWTransposedResult, says: 'your dw is dZ·Xᵀ, (1, n_x): the transpose of dw (notes 003, examples in rows)' },
  ],
  db: [
    { id: 'db-wrong-axis', apply: dbDbWrongAxis, says: 'your db is a row (1, m) summed down the columns: db is one number, the average of all m entries of dZ' },
    { id: 'double-1-over-m', apply: dbDouble1OverM, says: 'your db is divided by m twice' },
    { id: 'missing-1-over-m', apply: dbMissing1OverM, says: 'you forgot to average over the m examples in db: it is the sum of dZ' },
  ],
  update: [
    { id: 'mutates-input', apply: updateMutatesInput, says: 'your update changes params.w in place (ml-matrix\'s w.sub(…))' },
    { id: 'update-sign', apply: updateUpdateSign, says: 'you added α·dw: W := W + α dW climbs the cost' },
  ],
  predict: [
    { id: 'returns-probabilities', apply: predictReturnsProbabilities, says: 'your predict returns the probabilities A, not 0/1 labels' },
  ],
  train: [
    { id: 'cost-after-update', apply: trainCostAfterUpdate, says: 'your costs are recorded after each update: costs[i] must be the cost before update i' },
    { id: 'missing-1-over-m', apply: trainMissing1OverM, says: 'the gradients inside your train are not averaged over the m examples' },
  ],
});
