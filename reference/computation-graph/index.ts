// Exercise computation-graph (notes 004): every step.
export { forward } from './forward';
export { backward } from './backward';
