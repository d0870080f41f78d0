// Exercise logistic-regression (notes 003, 004): every step.
export { sigmoid } from './sigmoid';
export { initializeWithZeros, type Params } from './initializeWithZeros';
export { forward } from './forward';
export { cost } from './cost';
export { dZ } from './dZ';
export { dW } from './dW';
export { db } from './db';
export { update, type Grads } from './update';
export { predict } from './predict';
export { train } from './train';
