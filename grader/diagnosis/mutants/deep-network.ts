// The built-in mutants of deep-network: one per misconception and step where it can occur, each the
// step written with that one mistake, in its own file under files/ (the file says which notes show it).
import { exerciseMutants } from './define.js';
import { activationForward as activationForwardMissingBias } from './files/deep-network/activationForward/missing-bias.js';
import { activationForward as activationForwardSigmoidSign } from './files/deep-network/activationForward/sigmoid-sign.js';
import { cost as costCostSign } from './files/deep-network/cost/cost-sign.js';
import { cost as costMissing1OverM } from './files/deep-network/cost/missing-1-over-m.js';
import { cost as costSquaredError } from './files/deep-network/cost/squared-error.js';
import { dAPrev as dAPrevDouble1OverM } from './files/deep-network/dAPrev/double-1-over-m.js';
import { dAPrev as dAPrevMissingTranspose } from './files/deep-network/dAPrev/missing-transpose.js';
import { dAPrev as dAPrevTransposedResult } from './files/deep-network/dAPrev/transposed-result.js';
import { dW as dWDivideByN } from './files/deep-network/dW/divide-by-n.js';
import { dW as dWDouble1OverM } from './files/deep-network/dW/double-1-over-m.js';
import { dW as dWMissing1OverM } from './files/deep-network/dW/missing-1-over-m.js';
import { dW as dWMissingTranspose } from './files/deep-network/dW/missing-transpose.js';
import { dW as dWMissingTransposeMmul } from './files/deep-network/dW/missing-transpose-mmul.js';
import { dW as dWTransposedResult } from './files/deep-network/dW/transposed-result.js';
import { dZ as dZMissingActivationDerivative } from './files/deep-network/dZ/missing-activation-derivative.js';
import { dZ as dZSigmoidDerivativeOfZ } from './files/deep-network/dZ/sigmoid-derivative-of-z.js';
import { db as dbDbWrongAxis } from './files/deep-network/db/db-wrong-axis.js';
import { db as dbDbWrongAxisRows } from './files/deep-network/db/db-wrong-axis-rows.js';
import { db as dbDivideByN } from './files/deep-network/db/divide-by-n.js';
import { db as dbDouble1OverM } from './files/deep-network/db/double-1-over-m.js';
import { db as dbMissing1OverM } from './files/deep-network/db/missing-1-over-m.js';
import { initializeParameters as initializeParametersTransposedResult } from './files/deep-network/initializeParameters/transposed-result.js';
import { initializeParameters as initializeParametersUnscaledInit } from './files/deep-network/initializeParameters/unscaled-init.js';
import { initializeParameters as initializeParametersZeroInit } from './files/deep-network/initializeParameters/zero-init.js';
import { linearForward as linearForwardMissingBias } from './files/deep-network/linearForward/missing-bias.js';
import { linearForward as linearForwardTransposedResult } from './files/deep-network/linearForward/transposed-result.js';
import { modelBackward as modelBackwardDbWrongAxis } from './files/deep-network/modelBackward/db-wrong-axis.js';
import { modelBackward as modelBackwardDivideByN } from './files/deep-network/modelBackward/divide-by-n.js';
import { modelBackward as modelBackwardDouble1OverM } from './files/deep-network/modelBackward/double-1-over-m.js';
import { modelBackward as modelBackwardDouble1OverMHidden } from './files/deep-network/modelBackward/double-1-over-m-hidden.js';
import { modelBackward as modelBackwardMissing1OverM } from './files/deep-network/modelBackward/missing-1-over-m.js';
import { modelBackward as modelBackwardMissingActivationDerivative } from './files/deep-network/modelBackward/missing-activation-derivative.js';
import { modelBackward as modelBackwardMissingTranspose } from './files/deep-network/modelBackward/missing-transpose.js';
import { modelBackward as modelBackwardMissingTransposeMmul } from './files/deep-network/modelBackward/missing-transpose-mmul.js';
import { modelBackward as modelBackwardTransposedResult } from './files/deep-network/modelBackward/transposed-result.js';
import { modelBackward as modelBackwardWrongLayerDerivative } from './files/deep-network/modelBackward/wrong-layer-derivative.js';
import { modelForward as modelForwardMissingBias } from './files/deep-network/modelForward/missing-bias.js';
import { predict as predictReturnsProbabilities } from './files/deep-network/predict/returns-probabilities.js';
import { sigmoid as sigmoidSigmoidOverflow } from './files/deep-network/sigmoid/sigmoid-overflow.js';
import { sigmoid as sigmoidSigmoidSign } from './files/deep-network/sigmoid/sigmoid-sign.js';
import { train as trainCostAfterUpdate } from './files/deep-network/train/cost-after-update.js';
import { update as updateMutatesInput } from './files/deep-network/update/mutates-input.js';
import { update as updateUpdateSign } from './files/deep-network/update/update-sign.js';

export const DEEP_NETWORK_MUTANTS = exerciseMutants('deep-network', {
  initializeParameters: [
    { id: 'transposed-result', apply: initializeParametersTransposedResult, says: 'your W^[l] is (n^[l−1], n^[l]): it has one ROW per unit, (n^[l], n^[l−1])' },
    { id: 'unscaled-init', apply: initializeParametersUnscaledInit, says: 'your weights are randn() without the / √n^[l−1]' },
    { id: 'zero-init', apply: initializeParametersZeroInit, says: 'your weights are all zero: the units of a layer stay identical' },
  ],
  linearForward: [
    { id: 'missing-bias', apply: linearForwardMissingBias, says: 'your Z is W·A_prev: the + b is missing' },
    { id: 'transposed-result', apply: linearForwardTransposedResult, says: 'your Z is (m, n^[l]), examples in rows: Z = W A_prev + b is (n^[l], m)' },
  ],
  sigmoid: [
    { id: 'sigmoid-overflow', apply: sigmoidSigmoidOverflow, says: 'your sigmoid gives NaN for large z: e^z / (1 + e^z) overflows' },
    { id: 'sigmoid-sign', apply: sigmoidSigmoidSign, says: 'your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing' },
  ],
  activationForward: [
    { id: 'missing-bias', apply: activationForwardMissingBias, says: 'your Z is W·A_prev: the + b is missing' },
    { id: 'sigmoid-sign', apply: activationForwardSigmoidSign, says: 'your sigmoid is 1/(1 + e^{z}): the minus in the exponent is missing' },
  ],
  modelForward: [
    { id: 'missing-bias', apply: modelForwardMissingBias, says: 'your layers compute W·A without + b' },
  ],
  cost: [
    { id: 'cost-sign', apply: costCostSign, says: 'your cost is the negative of the right one: the leading minus is missing' },
    { id: 'missing-1-over-m', apply: costMissing1OverM, says: 'your cost is m times too large: summed, not averaged over the m examples' },
    { id: 'squared-error', apply: costSquaredError, says: 'your cost is the mean squared error, not the cross-entropy' },
  ],
  dZ: [
    { id: 'missing-activation-derivative', apply: dZMissingActivationDerivative, says: 'your dZ is dA itself: the factor g\'(Z) is missing' },
    { id: 'sigmoid-derivative-of-z', apply: dZSigmoidDerivativeOfZ, says: 'your sigmoid\' is Z(1 − Z): it is σ(Z)(1 − σ(Z))' },
  ],
  dW: [
    { id: 'divide-by-n', apply: dWDivideByN, says: 'your dW is divided by n^[l−1], the number of features of A_prev, instead of m (notes 004 write 1/n)' },
    { id: 'double-1-over-m', apply: dWDouble1OverM, says: 'your dW is divided by m twice' },
    { id: 'missing-1-over-m', apply: dWMissing1OverM, says: 'you forgot to average over the m examples in dW: it is m times too large' },
    { id: 'missing-transpose', variant: 'mmul', apply: dWMissingTransposeMmul, says: 'dZ.mmul(APrev) is missing the transpose of A_prev (ml-matrix then throws, or silently uses the first rows of A_prev)' },
    { id: 'missing-transpose', apply: dWMissingTranspose, says: 'dZ · A_prev does not multiply, (n^[l], m)·(n^[l−1], m): A_prev needs its transpose' },
    { id: 'transposed-result', apply: dWTransposedResult, says: 'your dW is A_prev·dZᵀ, the transpose of dW (notes 003)' },
  ],
  db: [
    { id: 'db-wrong-axis', variant: 'rows', apply: dbDbWrongAxisRows, says: 'your db is summed over the units (axis 0), one value per example: sum each row over the m examples' },
    { id: 'db-wrong-axis', apply: dbDbWrongAxis, says: 'your db sums every entry of dZ into one number: db is (n^[l], 1), one average per unit' },
    { id: 'divide-by-n', apply: dbDivideByN, says: 'your db is divided by n^[l], the number of units, instead of m (notes 004 write 1/n)' },
    { id: 'double-1-over-m', apply: dbDouble1OverM, says: 'your db is divided by m twice' },
    { id: 'missing-1-over-m', apply: dbMissing1OverM, says: 'you forgot to average over the m examples in db: it is the row sums of dZ' },
  ],
  dAPrev: [
    { id: 'double-1-over-m', apply: dAPrevDouble1OverM, says: 'your dA_prev is divided by m: dW and db average again later (notes 004 put 1/m in dz^[1])' },
    { id: 'missing-transpose', apply: dAPrevMissingTranspose, says: 'W · dZ does not multiply, (n^[l], n^[l−1])·(n^[l], m): W needs its transpose' },
    { id: 'transposed-result', apply: dAPrevTransposedResult, says: 'your dA_prev is dZᵀ·W, (m, n^[l−1]): the transpose of Wᵀ dZ' },
  ],
  modelBackward: [
    { id: 'db-wrong-axis', apply: modelBackwardDbWrongAxis, says: 'your db^[l] sum every entry of dZ^[l] into one number: each is (n^[l], 1)' },
    { id: 'divide-by-n', apply: modelBackwardDivideByN, says: 'your gradients are divided by n^[0], the number of features, instead of m' },
    { id: 'double-1-over-m', variant: 'hidden', apply: modelBackwardDouble1OverMHidden, says: 'your hidden dZ^[l] are divided by m, and dW, db divide by m again (notes 004: dz^[1] = 1/m …)' },
    { id: 'double-1-over-m', apply: modelBackwardDouble1OverM, says: 'your dZ^[L] is divided by m, and dW, db divide by m again' },
    { id: 'missing-1-over-m', apply: modelBackwardMissing1OverM, says: 'you forgot to average over the m examples in dW and db (notes 004 "Back propagation": dw = dz·aᵀ, db = dz)' },
    { id: 'missing-activation-derivative', apply: modelBackwardMissingActivationDerivative, says: 'your hidden dZ^[l] = W^[l+1]ᵀ dZ^[l+1] lacks the factor relu\'(Z^[l])' },
    { id: 'missing-transpose', variant: 'mmul', apply: modelBackwardMissingTransposeMmul, says: 'dZ.mmul(APrev) is missing the transpose of A_prev (ml-matrix then throws, or silently uses the first rows of A_prev)' },
    { id: 'missing-transpose', apply: modelBackwardMissingTranspose, says: 'dZ · A_prev does not multiply: A_prev needs its transpose (notes 002)' },
    { id: 'transposed-result', apply: modelBackwardTransposedResult, says: 'your dW^[l] are A_prev·dZᵀ, the transposes of the right ones' },
    { id: 'wrong-layer-derivative', apply: modelBackwardWrongLayerDerivative, says: 'your hidden layers use the sigmoid\'s slope: layer l < L is ReLU, so dZ^[l] = dA^[l] ⊙ relu\'(Z^[l])' },
  ],
  update: [
    { id: 'mutates-input', apply: updateMutatesInput, says: 'your update changes the caller\'s parameters in place (ml-matrix\'s W.sub(…))' },
    { id: 'update-sign', apply: updateUpdateSign, says: 'you added α·dW: W := W + α dW climbs the cost' },
  ],
  predict: [
    { id: 'returns-probabilities', apply: predictReturnsProbabilities, says: 'your predict returns the probabilities A^[L], not 0/1 labels' },
  ],
  train: [
    { id: 'cost-after-update', apply: trainCostAfterUpdate, says: 'your costs are recorded after each update: costs[i] must be the cost before update i' },
  ],
});
