// Generated from files/deep-network/ by registry.ts: do not edit. Every file there is a mutant (the step with one
// mistake, as a student writes it) and says what the student is told; to add one, add its file and run
// `MLGRADE_WRITE_MUTANTS=1 npx vitest run test/diagnosis-mutants.test.ts`.
import { exerciseMutants } from './define.js';
import * as activationForwardMissingBias from './files/deep-network/activationForward/missing-bias.js';
import * as activationForwardSigmoidSign from './files/deep-network/activationForward/sigmoid-sign.js';
import * as costCostSign from './files/deep-network/cost/cost-sign.js';
import * as costMissing1OverM from './files/deep-network/cost/missing-1-over-m.js';
import * as costSquaredError from './files/deep-network/cost/squared-error.js';
import * as dAPrevDouble1OverM from './files/deep-network/dAPrev/double-1-over-m.js';
import * as dAPrevMissingTranspose from './files/deep-network/dAPrev/missing-transpose.js';
import * as dAPrevTransposedResult from './files/deep-network/dAPrev/transposed-result.js';
import * as dWDivideByN from './files/deep-network/dW/divide-by-n.js';
import * as dWDouble1OverM from './files/deep-network/dW/double-1-over-m.js';
import * as dWMissing1OverM from './files/deep-network/dW/missing-1-over-m.js';
import * as dWMissingTransposeMmul from './files/deep-network/dW/missing-transpose-mmul.js';
import * as dWMissingTranspose from './files/deep-network/dW/missing-transpose.js';
import * as dWTransposedResult from './files/deep-network/dW/transposed-result.js';
import * as dZMissingActivationDerivative from './files/deep-network/dZ/missing-activation-derivative.js';
import * as dZReluDerivativeAtZero from './files/deep-network/dZ/relu-derivative-at-zero.js';
import * as dZSigmoidDerivativeOfZ from './files/deep-network/dZ/sigmoid-derivative-of-z.js';
import * as dbDbNotSummed from './files/deep-network/db/db-not-summed.js';
import * as dbDbWrongAxisRows from './files/deep-network/db/db-wrong-axis-rows.js';
import * as dbDbWrongAxis from './files/deep-network/db/db-wrong-axis.js';
import * as dbDivideByN from './files/deep-network/db/divide-by-n.js';
import * as dbDouble1OverM from './files/deep-network/db/double-1-over-m.js';
import * as dbMissing1OverM from './files/deep-network/db/missing-1-over-m.js';
import * as initializeParametersRandnOrderLayers from './files/deep-network/initializeParameters/randn-order-layers.js';
import * as initializeParametersTransposedResult from './files/deep-network/initializeParameters/transposed-result.js';
import * as initializeParametersUnscaledInitShallowScale from './files/deep-network/initializeParameters/unscaled-init-shallow-scale.js';
import * as initializeParametersUnscaledInit from './files/deep-network/initializeParameters/unscaled-init.js';
import * as initializeParametersZeroInit from './files/deep-network/initializeParameters/zero-init.js';
import * as linearForwardMissingBias from './files/deep-network/linearForward/missing-bias.js';
import * as linearForwardTransposedResult from './files/deep-network/linearForward/transposed-result.js';
import * as modelBackwardDbWrongAxis from './files/deep-network/modelBackward/db-wrong-axis.js';
import * as modelBackwardDivideByN from './files/deep-network/modelBackward/divide-by-n.js';
import * as modelBackwardDouble1OverMHidden from './files/deep-network/modelBackward/double-1-over-m-hidden.js';
import * as modelBackwardDouble1OverM from './files/deep-network/modelBackward/double-1-over-m.js';
import * as modelBackwardMissing1OverM from './files/deep-network/modelBackward/missing-1-over-m.js';
import * as modelBackwardMissingActivationDerivative from './files/deep-network/modelBackward/missing-activation-derivative.js';
import * as modelBackwardMissingTransposeMmul from './files/deep-network/modelBackward/missing-transpose-mmul.js';
import * as modelBackwardMissingTranspose from './files/deep-network/modelBackward/missing-transpose.js';
import * as modelBackwardTransposedResult from './files/deep-network/modelBackward/transposed-result.js';
import * as modelBackwardWrongLayerDerivative from './files/deep-network/modelBackward/wrong-layer-derivative.js';
import * as modelForwardMissingBias from './files/deep-network/modelForward/missing-bias.js';
import * as predictPredictBooleans from './files/deep-network/predict/predict-booleans.js';
import * as predictReturnsProbabilities from './files/deep-network/predict/returns-probabilities.js';
import * as sigmoidSigmoidOverflow from './files/deep-network/sigmoid/sigmoid-overflow.js';
import * as sigmoidSigmoidSign from './files/deep-network/sigmoid/sigmoid-sign.js';
import * as trainCostAfterUpdate from './files/deep-network/train/cost-after-update.js';
import * as updateMutatesInput from './files/deep-network/update/mutates-input.js';
import * as updateUpdateSign from './files/deep-network/update/update-sign.js';

export const DEEP_NETWORK_MUTANTS = exerciseMutants('deep-network', {
  activationForward: [
    activationForwardMissingBias,
    activationForwardSigmoidSign,
  ],
  cost: [
    costCostSign,
    costMissing1OverM,
    costSquaredError,
  ],
  dAPrev: [
    dAPrevDouble1OverM,
    dAPrevMissingTranspose,
    dAPrevTransposedResult,
  ],
  dW: [
    dWDivideByN,
    dWDouble1OverM,
    dWMissing1OverM,
    dWMissingTransposeMmul,
    dWMissingTranspose,
    dWTransposedResult,
  ],
  dZ: [
    dZMissingActivationDerivative,
    dZReluDerivativeAtZero,
    dZSigmoidDerivativeOfZ,
  ],
  db: [
    dbDbNotSummed,
    dbDbWrongAxisRows,
    dbDbWrongAxis,
    dbDivideByN,
    dbDouble1OverM,
    dbMissing1OverM,
  ],
  initializeParameters: [
    initializeParametersRandnOrderLayers,
    initializeParametersTransposedResult,
    initializeParametersUnscaledInitShallowScale,
    initializeParametersUnscaledInit,
    initializeParametersZeroInit,
  ],
  linearForward: [
    linearForwardMissingBias,
    linearForwardTransposedResult,
  ],
  modelBackward: [
    modelBackwardDbWrongAxis,
    modelBackwardDivideByN,
    modelBackwardDouble1OverMHidden,
    modelBackwardDouble1OverM,
    modelBackwardMissing1OverM,
    modelBackwardMissingActivationDerivative,
    modelBackwardMissingTransposeMmul,
    modelBackwardMissingTranspose,
    modelBackwardTransposedResult,
    modelBackwardWrongLayerDerivative,
  ],
  modelForward: [
    modelForwardMissingBias,
  ],
  predict: [
    predictPredictBooleans,
    predictReturnsProbabilities,
  ],
  sigmoid: [
    sigmoidSigmoidOverflow,
    sigmoidSigmoidSign,
  ],
  train: [
    trainCostAfterUpdate,
  ],
  update: [
    updateMutatesInput,
    updateUpdateSign,
  ],
});
