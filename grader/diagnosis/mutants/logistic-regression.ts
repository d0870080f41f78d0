// Generated from files/logistic-regression/ by registry.ts: do not edit. Every file there is a mutant (the step with one
// mistake, as a student writes it) and says what the student is told; to add one, add its file and run
// `MLGRADE_WRITE_MUTANTS=1 npx vitest run test/diagnosis-mutants.test.ts`.
import { exerciseMutants } from './define.js';
import * as costCostSign from './files/logistic-regression/cost/cost-sign.js';
import * as costMissing1OverM from './files/logistic-regression/cost/missing-1-over-m.js';
import * as costSquaredError from './files/logistic-regression/cost/squared-error.js';
import * as dWDivideByN from './files/logistic-regression/dW/divide-by-n.js';
import * as dWDouble1OverM from './files/logistic-regression/dW/double-1-over-m.js';
import * as dWMissing1OverM from './files/logistic-regression/dW/missing-1-over-m.js';
import * as dWMissingTransposeMmul from './files/logistic-regression/dW/missing-transpose-mmul.js';
import * as dWMissingTranspose from './files/logistic-regression/dW/missing-transpose.js';
import * as dWTransposedResult from './files/logistic-regression/dW/transposed-result.js';
import * as dZDouble1OverM from './files/logistic-regression/dZ/double-1-over-m.js';
import * as dZGradientSign from './files/logistic-regression/dZ/gradient-sign.js';
import * as dZMutatesInput from './files/logistic-regression/dZ/mutates-input.js';
import * as dZSquaredError from './files/logistic-regression/dZ/squared-error.js';
import * as dbDbWrongAxis from './files/logistic-regression/db/db-wrong-axis.js';
import * as dbDouble1OverM from './files/logistic-regression/db/double-1-over-m.js';
import * as dbMissing1OverM from './files/logistic-regression/db/missing-1-over-m.js';
import * as forwardMissingBias from './files/logistic-regression/forward/missing-bias.js';
import * as forwardSigmoidOverflow from './files/logistic-regression/forward/sigmoid-overflow.js';
import * as forwardSigmoidSign from './files/logistic-regression/forward/sigmoid-sign.js';
import * as forwardTransposedResult from './files/logistic-regression/forward/transposed-result.js';
import * as initializeWithZerosTransposedResult from './files/logistic-regression/initializeWithZeros/transposed-result.js';
import * as predictPredictBooleans from './files/logistic-regression/predict/predict-booleans.js';
import * as predictReturnsProbabilities from './files/logistic-regression/predict/returns-probabilities.js';
import * as sigmoidSigmoidOverflow from './files/logistic-regression/sigmoid/sigmoid-overflow.js';
import * as sigmoidSigmoidSign from './files/logistic-regression/sigmoid/sigmoid-sign.js';
import * as trainCostAfterUpdate from './files/logistic-regression/train/cost-after-update.js';
import * as trainIterationsOffByOne from './files/logistic-regression/train/iterations-off-by-one.js';
import * as trainMissing1OverM from './files/logistic-regression/train/missing-1-over-m.js';
import * as updateMutatesInput from './files/logistic-regression/update/mutates-input.js';
import * as updateUpdateSign from './files/logistic-regression/update/update-sign.js';

export const LOGISTIC_REGRESSION_MUTANTS = exerciseMutants('logistic-regression', {
  cost: [
    costCostSign,
    costMissing1OverM,
    costSquaredError,
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
    dZDouble1OverM,
    dZGradientSign,
    dZMutatesInput,
    dZSquaredError,
  ],
  db: [
    dbDbWrongAxis,
    dbDouble1OverM,
    dbMissing1OverM,
  ],
  forward: [
    forwardMissingBias,
    forwardSigmoidOverflow,
    forwardSigmoidSign,
    forwardTransposedResult,
  ],
  initializeWithZeros: [
    initializeWithZerosTransposedResult,
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
    trainIterationsOffByOne,
    trainMissing1OverM,
  ],
  update: [
    updateMutatesInput,
    updateUpdateSign,
  ],
});
