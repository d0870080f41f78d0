// The built-in mutants of shallow-network: one per misconception and step where it can occur, each the
// step written with that one mistake, in its own file under files/ (the file says which notes show it).
import { exerciseMutants } from './define.js';
import { backward as backwardDbTimesInput } from './files/shallow-network/backward/db-times-input.js';
import { backward as backwardDbWrongAxis } from './files/shallow-network/backward/db-wrong-axis.js';
import { backward as backwardDbWrongAxisRows } from './files/shallow-network/backward/db-wrong-axis-rows.js';
import { backward as backwardDivideByN } from './files/shallow-network/backward/divide-by-n.js';
import { backward as backwardDouble1OverM } from './files/shallow-network/backward/double-1-over-m.js';
import { backward as backwardGradientSign } from './files/shallow-network/backward/gradient-sign.js';
import { backward as backwardMissing1OverM } from './files/shallow-network/backward/missing-1-over-m.js';
import { backward as backwardMissingActivationDerivative } from './files/shallow-network/backward/missing-activation-derivative.js';
import { backward as backwardMissingTranspose } from './files/shallow-network/backward/missing-transpose.js';
import { backward as backwardSigmoidDerivativeOfZ } from './files/shallow-network/backward/sigmoid-derivative-of-z.js';
import { backward as backwardTransposedResult } from './files/shallow-network/backward/transposed-result.js';
import { backward as backwardWrongLayerDerivative } from './files/shallow-network/backward/wrong-layer-derivative.js';
import { cost as costCostSign } from './files/shallow-network/cost/cost-sign.js';
import { cost as costMissing1OverM } from './files/shallow-network/cost/missing-1-over-m.js';
import { cost as costSquaredError } from './files/shallow-network/cost/squared-error.js';
import { forward as forwardMissingBias } from './files/shallow-network/forward/missing-bias.js';
import { forward as forwardSigmoidSign } from './files/shallow-network/forward/sigmoid-sign.js';
import { initializeParameters as initializeParametersTransposedResult } from './files/shallow-network/initializeParameters/transposed-result.js';
import { initializeParameters as initializeParametersUnscaledInit } from './files/shallow-network/initializeParameters/unscaled-init.js';
import { initializeParameters as initializeParametersZeroInit } from './files/shallow-network/initializeParameters/zero-init.js';
import { initializeParameters as initializeParametersZeroInitHidden } from './files/shallow-network/initializeParameters/zero-init-hidden.js';
import { layerSizes as layerSizesTransposedResult } from './files/shallow-network/layerSizes/transposed-result.js';
import { predict as predictReturnsProbabilities } from './files/shallow-network/predict/returns-probabilities.js';
import { train as trainCostAfterUpdate } from './files/shallow-network/train/cost-after-update.js';
import { update as updateMutatesInput } from './files/shallow-network/update/mutates-input.js';
import { update as updateUpdateSign } from './files/shallow-network/update/update-sign.js';

export const SHALLOW_NETWORK_MUTANTS = exerciseMutants('shallow-network', {
  layerSizes: [
    { id: 'transposed-result', apply: layerSizesTransposedResult, says: 'your nX is the number of COLUMNS of X, which is m: features are the rows of X (examples are columns)' },
  ],
  initializeParameters: [
    { id: 'transposed-result', apply: initializeParametersTransposedResult, says: 'your W1 is (n_x, n_h), one column per unit: W1 has one ROW per hidden unit, (n_h, n_x)' },
    { id: 'unscaled-init', apply: initializeParametersUnscaledInit, says: 'your weights are randn() without the · 0.01' },
    { id: 'zero-init', variant: 'hidden', apply: initializeParametersZeroInitHidden, says: 'your W1 is zero: the hidden units stay identical' },
    { id: 'zero-init', apply: initializeParametersZeroInit, says: 'your weights are all zero: every hidden unit stays identical' },
  ],
  forward: [
    { id: 'missing-bias', apply: forwardMissingBias, says: 'your Z1 and Z2 have no + b' },
    { id: 'sigmoid-sign', apply: forwardSigmoidSign, says: 'your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing' },
  ],
  cost: [
    { id: 'cost-sign', apply: costCostSign, says: 'your cost is the negative of the right one: the leading minus is missing' },
    { id: 'missing-1-over-m', apply: costMissing1OverM, says: 'your cost is m times too large: summed, not averaged over the m examples' },
    { id: 'squared-error', apply: costSquaredError, says: 'your cost is the mean squared error, not the cross-entropy' },
  ],
  backward: [
    { id: 'db-times-input', apply: backwardDbTimesInput, says: 'your db is computed like dW, multiplied by the layer input (notes 003)' },
    { id: 'db-wrong-axis', variant: 'rows', apply: backwardDbWrongAxisRows, says: 'your db is summed over the units (axis 0), one value per example: sum each row over the m examples' },
    { id: 'db-wrong-axis', apply: backwardDbWrongAxis, says: 'your db1 sums every entry of dZ1 into one number: db1 is (n_h, 1), one average per unit' },
    { id: 'divide-by-n', apply: backwardDivideByN, says: 'your gradients are divided by n_x, the number of features, instead of m' },
    { id: 'double-1-over-m', apply: backwardDouble1OverM, says: 'your dZ1 is divided by m and dW1, db1 divide by m again (notes 004)' },
    { id: 'gradient-sign', apply: backwardGradientSign, says: 'your dZ2 is Y − A2: every gradient has the wrong sign' },
    { id: 'missing-1-over-m', apply: backwardMissing1OverM, says: 'you forgot to average over the m examples in dW and db (the single-example formulas of notes 000 and 002)' },
    { id: 'missing-activation-derivative', apply: backwardMissingActivationDerivative, says: 'your dZ1 is W2ᵀ dZ2 without the factor g\'(Z1) = A1(1 − A1)' },
    { id: 'missing-transpose', apply: backwardMissingTranspose, says: 'dZ1 · X does not multiply, (n_h, m)·(n_x, m): X needs its transpose' },
    { id: 'sigmoid-derivative-of-z', apply: backwardSigmoidDerivativeOfZ, says: 'your g\'(Z1) is Z1(1 − Z1): the sigmoid\'s slope is A1(1 − A1)' },
    { id: 'transposed-result', apply: backwardTransposedResult, says: 'your dW1 and dW2 are transposed (A·dZᵀ instead of dZ·Aᵀ, notes 003)' },
    { id: 'wrong-layer-derivative', apply: backwardWrongLayerDerivative, says: 'your dZ1 uses the output layer\'s slope A2(1 − A2): it needs the hidden layer\'s own A1(1 − A1) (notes 004 write g^[2]\')' },
  ],
  update: [
    { id: 'mutates-input', apply: updateMutatesInput, says: 'your update changes the caller\'s parameters in place (ml-matrix\'s W.sub(…))' },
    { id: 'update-sign', apply: updateUpdateSign, says: 'you added α·dW: W := W + α dW climbs the cost' },
  ],
  predict: [
    { id: 'returns-probabilities', apply: predictReturnsProbabilities, says: 'your predict returns the probabilities A2, not 0/1 labels' },
  ],
  train: [
    { id: 'cost-after-update', apply: trainCostAfterUpdate, says: 'your costs are recorded after each update: costs[i] must be the cost before update i' },
  ],
});
