// Generated from files/shallow-network/ by registry.ts: do not edit. Every file there is a mutant (the step with one
// mistake, as a student writes it) and says what the student is told; to add one, add its file and run
// `MLGRADE_WRITE_MUTANTS=1 npx vitest run test/diagnosis-mutants.test.ts`.
import { exerciseMutants } from './define.js';
import * as backwardDbNotSummed from './files/shallow-network/backward/db-not-summed.js';
import * as backwardDbTimesInput from './files/shallow-network/backward/db-times-input.js';
import * as backwardDbWrongAxisRows from './files/shallow-network/backward/db-wrong-axis-rows.js';
import * as backwardDbWrongAxis from './files/shallow-network/backward/db-wrong-axis.js';
import * as backwardDivideByN from './files/shallow-network/backward/divide-by-n.js';
import * as backwardDouble1OverM from './files/shallow-network/backward/double-1-over-m.js';
import * as backwardGradientSign from './files/shallow-network/backward/gradient-sign.js';
import * as backwardMissing1OverM from './files/shallow-network/backward/missing-1-over-m.js';
import * as backwardMissingActivationDerivative from './files/shallow-network/backward/missing-activation-derivative.js';
import * as backwardMissingTransposeMmul from './files/shallow-network/backward/missing-transpose-mmul.js';
import * as backwardMissingTranspose from './files/shallow-network/backward/missing-transpose.js';
import * as backwardSigmoidDerivativeOfZ from './files/shallow-network/backward/sigmoid-derivative-of-z.js';
import * as backwardSquaredError from './files/shallow-network/backward/squared-error.js';
import * as backwardTransposedResult from './files/shallow-network/backward/transposed-result.js';
import * as backwardWrongLayerDerivative from './files/shallow-network/backward/wrong-layer-derivative.js';
import * as costCostSign from './files/shallow-network/cost/cost-sign.js';
import * as costMissing1OverM from './files/shallow-network/cost/missing-1-over-m.js';
import * as costSquaredError from './files/shallow-network/cost/squared-error.js';
import * as forwardMissingBias from './files/shallow-network/forward/missing-bias.js';
import * as forwardSigmoidSign from './files/shallow-network/forward/sigmoid-sign.js';
import * as initializeParametersRandnNotUsed from './files/shallow-network/initializeParameters/randn-not-used.js';
import * as initializeParametersRandnOrderColumns from './files/shallow-network/initializeParameters/randn-order-columns.js';
import * as initializeParametersTransposedResult from './files/shallow-network/initializeParameters/transposed-result.js';
import * as initializeParametersUnscaledInit from './files/shallow-network/initializeParameters/unscaled-init.js';
import * as initializeParametersZeroInitHidden from './files/shallow-network/initializeParameters/zero-init-hidden.js';
import * as initializeParametersZeroInit from './files/shallow-network/initializeParameters/zero-init.js';
import * as layerSizesTransposedResult from './files/shallow-network/layerSizes/transposed-result.js';
import * as predictPredictBooleans from './files/shallow-network/predict/predict-booleans.js';
import * as predictReturnsProbabilities from './files/shallow-network/predict/returns-probabilities.js';
import * as trainCostAfterUpdate from './files/shallow-network/train/cost-after-update.js';
import * as trainIterationsOffByOne from './files/shallow-network/train/iterations-off-by-one.js';
import * as trainMissing1OverM from './files/shallow-network/train/missing-1-over-m.js';
import * as updateMutatesInput from './files/shallow-network/update/mutates-input.js';
import * as updateUpdateSign from './files/shallow-network/update/update-sign.js';

export const SHALLOW_NETWORK_MUTANTS = exerciseMutants('shallow-network', {
  backward: [
    backwardDbNotSummed,
    backwardDbTimesInput,
    backwardDbWrongAxisRows,
    backwardDbWrongAxis,
    backwardDivideByN,
    backwardDouble1OverM,
    backwardGradientSign,
    backwardMissing1OverM,
    backwardMissingActivationDerivative,
    backwardMissingTransposeMmul,
    backwardMissingTranspose,
    backwardSigmoidDerivativeOfZ,
    backwardSquaredError,
    backwardTransposedResult,
    backwardWrongLayerDerivative,
  ],
  cost: [
    costCostSign,
    costMissing1OverM,
    costSquaredError,
  ],
  forward: [
    forwardMissingBias,
    forwardSigmoidSign,
  ],
  initializeParameters: [
    initializeParametersRandnNotUsed,
    initializeParametersRandnOrderColumns,
    initializeParametersTransposedResult,
    initializeParametersUnscaledInit,
    initializeParametersZeroInitHidden,
    initializeParametersZeroInit,
  ],
  layerSizes: [
    layerSizesTransposedResult,
  ],
  predict: [
    predictPredictBooleans,
    predictReturnsProbabilities,
  ],
  train: [
    trainCostAfterUpdate,
    trainIterationsOffByOne,
    trainMissing1OverM,
  ],
  update: [
    updateMutatesInput,
    updateUpdateSign,
  ],
});
