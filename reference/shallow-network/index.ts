// Exercise shallow-network (notes 000, 002, 004): every step.
export { layerSizes, type LayerSizes } from './layerSizes';
export { initializeParameters, type Params } from './initializeParameters';
export { forward, type Cache } from './forward';
export { cost } from './cost';
export { backward, type Grads } from './backward';
export { update } from './update';
export { predict } from './predict';
export { train } from './train';
