// Exercise deep-network (notes 001, 002; 004 "Deep neural networks"): L layers, ReLU in layers
// 1 … L−1 and a sigmoid in layer L. Whole-network cases name their sizes n^[0] … n^[L] and m;
// single-layer cases n^[l], n^[l-1] and m. This file has the forward steps; the backward ones
// and training are in deep-network-backward.ts.
import { Matrix } from 'ml-matrix';
import { activationForward } from '../../reference/deep-network/activationForward.js';
import { cost } from '../../reference/deep-network/cost.js';
import { initializeParameters } from '../../reference/deep-network/initializeParameters.js';
import { linearForward } from '../../reference/deep-network/linearForward.js';
import { modelForward } from '../../reference/deep-network/modelForward.js';
import { relu } from '../../reference/deep-network/relu.js';
import { sigmoid } from '../../reference/deep-network/sigmoid.js';
import { RandnArg } from '../model/wire.js';
import type { Rng } from '../random.js';
import { deepBackwardSteps } from './deep-network-backward.js';
import {
  layerCases,
  layerShapes,
  layerShapesWithM1,
  netCases,
  netDims,
  netShapeM1,
  netShapes,
  type LayerDims,
} from './deep-network-gen.js';
import { distinctSizes, labels, randn, seedOf, signed } from './gen.js';
import type { Case, ExerciseSpec, StepSpec } from './types.js';

/** L = 1 … 4; the last case ends in n^[L] ≠ 1, so the output size comes from layerDims, not a hard-coded 1. */
function initializeCases(rng: Rng): Case[] {
  const shapes = netShapes(rng, [2, 1, 4, 3]);
  const last = shapes[3].layerDims;
  last[last.length - 1] = distinctSizes(rng, 1, 2, 8, last)[0];
  return shapes.map((shape) => {
    const { m: _m, ...dims } = netDims(shape);
    const L = shape.layerDims.length - 1;
    return { name: `L=${L} [${shape.layerDims.join(',')}]`, args: [shape.layerDims, new RandnArg(seedOf(rng))], dims };
  });
}

/** The dims of a Z alone: n^[l] and m (n^[l-1] plays no part). */
const zDims = (d: LayerDims): Record<string, number> => ({ 'n^[l]': d['n^[l]'], m: d.m });
const zName = (d: LayerDims): string => `n^[l]=${d['n^[l]']}, m=${d.m}`;

/** Z of order 3 (σ neither flat nor linear), then ±1000 and other large |z|, then a second shape. */
function sigmoidCases(rng: Rng): Case[] {
  const [a, b] = layerShapes(rng, 2);
  // both the stable and the naive form give exactly 0 and 1 here; e^z / (1 + e^z) gives NaN
  const extremes = new Matrix([
    [-1000, 1000, -745, 40],
    [745, -40, 0, -1e-3],
  ]);
  return [
    { name: zName(a), args: [randn(rng, a['n^[l]'], a.m, 3)], dims: zDims(a) },
    { name: 'Z = ±1000 and large |z|', args: [extremes], dims: { 'n^[l]': 2, m: 4 } },
    { name: zName(b), args: [randn(rng, b['n^[l]'], b.m, 3)], dims: zDims(b) },
  ];
}

/** Random Z, then one with exact zeros among the negatives and positives (relu(0) = 0). */
function reluCases(rng: Rng): Case[] {
  const [a, b, c] = layerShapes(rng, 3);
  const withZeros = randn(rng, c['n^[l]'], c.m);
  for (let i = 0; i < withZeros.rows; i++) for (let j = (3 - (i % 3)) % 3; j < withZeros.columns; j += 3) withZeros.set(i, j, 0);
  return [
    { name: zName(a), args: [randn(rng, a['n^[l]'], a.m)], dims: zDims(a) },
    { name: zName(b), args: [randn(rng, b['n^[l]'], b.m)], dims: zDims(b) },
    { name: `exact zeros, ${zName(c)}`, args: [withZeros], dims: zDims(c) },
  ];
}

/** AL from seeded networks of 1 … 3 layers, m = 1, then AL within 1e-11 of 0 and 1 (never equal). */
function costCases(rng: Rng): Case[] {
  const cases = netCases(rng, [...netShapes(rng, [2, 3, 1]), netShapeM1(rng, 2)], (s) => [s.AL, s.Y]);
  const m = distinctSizes(rng, 1, 4, 12)[0];
  const AL = sigmoid(Matrix.rowVector(Array.from({ length: m }, () => signed(rng, 15, 25))));
  cases.push({ name: `AL near 0 and 1, m=${m}`, args: [AL, labels(rng, m)], dims: { m } });
  return cases;
}

const forwardSteps: StepSpec[] = [
  { id: 'initializeParameters', kind: 'init', params: ['layerDims', 'randn'], reference: initializeParameters, cases: initializeCases },
  {
    id: 'linearForward',
    kind: 'forward',
    params: ['APrev', 'W', 'b'],
    reference: linearForward,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ['relu'], (s) => [s.APrev, s.W, s.b]),
  },
  { id: 'sigmoid', kind: 'activation', params: ['Z'], reference: sigmoid, cases: sigmoidCases },
  { id: 'relu', kind: 'activation', params: ['Z'], reference: relu, cases: reluCases },
  {
    id: 'activationForward',
    kind: 'forward',
    params: ['APrev', 'W', 'b', 'activation'],
    reference: activationForward,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ['relu', 'sigmoid'], (s) => [s.APrev, s.W, s.b, s.activation]),
  },
  {
    id: 'modelForward',
    kind: 'forward',
    params: ['X', 'params'],
    reference: modelForward,
    cases: (rng) => netCases(rng, [...netShapes(rng, [3, 1, 2, 4]), netShapeM1(rng, 2)], (s) => [s.X, s.params]),
    points: 2,
  },
  { id: 'cost', kind: 'cost', params: ['AL', 'Y'], reference: cost, cases: costCases },
];

export const deepNetwork: ExerciseSpec = {
  id: 'deep-network',
  title: 'Deep neural network',
  notes: '001; 002; 004 "Deep neural networks"',
  steps: [...forwardSteps, ...deepBackwardSteps],
};
