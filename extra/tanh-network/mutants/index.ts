// The known mistakes of tanh-network, each the step written with that one mistake (mutants/<step>/).
// A mutant with an id of the built-in catalogue (`grade explain` lists them) may leave out its message
// and hint; a new id says both, since the catalogue cannot.
import type { Mutant } from 'mlgrade/exercise';
import { backward as missingOneOverMStep } from './backward/missing-1-over-m';
import { backward as tanhDerivativeStep } from './backward/tanh-derivative';
import { cost as costSignStep } from './cost/cost-sign';
import { forward as sigmoidHiddenStep } from './forward/sigmoid-hidden';

export const tanhDerivative: Mutant = {
  id: 'tanh-derivative',
  apply: tanhDerivativeStep,
  message: "your dZ1 uses the sigmoid's slope A1(1 − A1): the hidden layer is tanh, whose slope is 1 − A1² — dZ1 = W2ᵀ dZ2 ⊙ (1 − A1²)",
  hint: 'Replace A1 ⊙ (1 − A1) by 1 − A1 ⊙ A1 in dZ1.',
};

export const missingOneOverM: Mutant = { id: 'missing-1-over-m', apply: missingOneOverMStep };

export const sigmoidHidden: Mutant = {
  id: 'wrong-activation',
  apply: sigmoidHiddenStep,
  message: 'your hidden layer uses the sigmoid: in this network A1 = tanh(Z1) (the output stays σ(Z2))',
  hint: 'Compute A1 with Math.tanh on every entry of Z1.',
};

export const costSign: Mutant = { id: 'cost-sign', apply: costSignStep };
