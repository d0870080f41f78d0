// Exercise deep-network (notes 001, 002, 004): every step.
export { initializeParameters, type Params } from './initializeParameters';
export { linearForward } from './linearForward';
export { sigmoid } from './sigmoid';
export { relu } from './relu';
export { activationForward, type Activation, type LayerCache } from './activationForward';
export { modelForward } from './modelForward';
export { cost } from './cost';
export { dZ } from './dZ';
export { dW } from './dW';
export { db } from './db';
export { dAPrev } from './dAPrev';
export { modelBackward, type Grads } from './modelBackward';
export { update } from './update';
export { predict } from './predict';
export { train } from './train';
