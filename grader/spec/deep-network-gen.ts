// Seeded networks and layers for the deep-network specs: shapes with distinct sizes, and inputs
// (A, Z, dA, dZ, caches) computed by the reference from seeded parameters and data, so that they
// are consistent with each other as in a real forward and backward pass.
import type { Matrix } from 'ml-matrix';
import { activationForward, type Activation, type LayerCache } from '../../reference/deep-network/activationForward.js';
import { dAPrev } from '../../reference/deep-network/dAPrev.js';
import { dZ } from '../../reference/deep-network/dZ.js';
import { modelBackward } from '../../reference/deep-network/modelBackward.js';
import { modelForward } from '../../reference/deep-network/modelForward.js';
import type { Rng } from '../random.js';
import { clearOfKink, distinctSizes, drawUntil, labels, layerParams, normOf, randn, withHealthyGradients } from './gen.js';
import type { Case } from './types.js';

/** A network's shape: layerDims = [n^[0], …, n^[L]] with n^[L] = 1, and m examples. */
export interface NetShape {
  layerDims: number[];
  m: number;
}

/** What a network case's inputs were computed from. */
export interface NetSample extends NetShape {
  params: Record<string, Matrix>;
  X: Matrix;
  Y: Matrix;
  AL: Matrix;
  caches: LayerCache[];
}

/**
 * One network shape per entry of `layers` (L = 1 … 4): m differs from case to case; n^[0] … n^[L-1]
 * and m all differ within a case; n^[L] = 1 as Y is (1, m).
 */
export function netShapes(rng: Rng, layers: number[]): NetShape[] {
  return distinctSizes(rng, layers.length, 2, 12).map((m, i) => ({
    layerDims: [...distinctSizes(rng, layers[i], 2, 8, [m]), 1],
    m,
  }));
}

/** The shape of a single example: distinct sizes, m = 1. */
export function netShapeM1(rng: Rng, L: number): NetShape {
  return { layerDims: [...distinctSizes(rng, L, 2, 8), 1], m: 1 };
}

/** `{ 'n^[0]': 3, …, 'n^[L]': 1, m: 7 }` */
export function netDims({ layerDims, m }: NetShape): Record<string, number> {
  return { ...Object.fromEntries(layerDims.map((n, l) => [`n^[${l}]`, n])), m };
}

/** `L=2 [3,5,1], m=7` */
export const netName = ({ layerDims, m }: NetShape): string => `L=${layerDims.length - 1} [${layerDims.join(',')}], m=${m}`;

/** Seeded parameters (non-zero b) and data, run through the reference modelForward. */
export function netSample(rng: Rng, shape: NetShape): NetSample {
  const params = layerParams(rng, shape.layerDims);
  const X = randn(rng, shape.layerDims[0], shape.m);
  const Y = labels(rng, shape.m);
  return { ...shape, params, X, Y, ...modelForward(X, params) };
}

/** The gradients modelBackward's check compares, for picking samples where they are not vanishingly small. */
const gradientNorms = (s: NetSample): number[] => Object.values(modelBackward(s.AL, s.Y, s.caches)).map(normOf);

/** The ReLU layers' Z (all but the last) are away from the kink, so finite differences hold. */
const hiddenClearOfKink = (s: NetSample): boolean => clearOfKink(s.caches.slice(0, -1).map((cache) => cache.Z));

/**
 * One case per shape; the sample is the context (gradient checks rebuild the cost from it).
 * `checked`: samples whose gradients are all large enough for a gradient check.
 */
export function netCases(rng: Rng, shapes: NetShape[], args: (s: NetSample) => unknown[], checked = false): Case[] {
  return shapes.map((shape) => {
    const draw = (): NetSample => drawUntil(() => netSample(rng, shape), hiddenClearOfKink);
    const s = checked ? withHealthyGradients(draw, gradientNorms) : netSample(rng, shape);
    return { name: netName(shape), args: args(s), dims: netDims(shape), context: { ...s } };
  });
}

/** The sizes of one layer l: n^[l] units, n^[l-1] inputs, m examples, all different. */
export type LayerDims = { 'n^[l]': number; 'n^[l-1]': number; m: number };

/** `count` layer shapes, m different from case to case. */
export function layerShapes(rng: Rng, count: number): LayerDims[] {
  return distinctSizes(rng, count, 2, 12).map((m) => {
    const [n, nPrev] = distinctSizes(rng, 2, 2, 8, [m]);
    return { 'n^[l]': n, 'n^[l-1]': nPrev, m };
  });
}

/** Three layer shapes, then a single example (m = 1). */
export function layerShapesWithM1(rng: Rng): LayerDims[] {
  const [n, nPrev] = distinctSizes(rng, 2, 2, 8);
  return [...layerShapes(rng, 3), { 'n^[l]': n, 'n^[l-1]': nPrev, m: 1 }];
}

/** Everything about a hidden layer l during one forward and backward pass. */
export interface LayerSample {
  APrev: Matrix;
  W: Matrix;
  b: Matrix;
  Z: Matrix;
  dA: Matrix;
  dZ: Matrix;
  activation: Activation;
}

/**
 * Layer l = 2 of a network [n^[0], n^[l-1], n^[l], 1]: A^[l-1] is a ReLU output (with its exact
 * zeros), layer l uses `activation`, and dA^[l] is what the sigmoid output unit sends back,
 * W^[3]ᵀ (A^[3] − Y), so every input is what a real backward pass would see.
 */
export function layerSample(rng: Rng, d: LayerDims, activation: Activation): LayerSample {
  const n0 = distinctSizes(rng, 1, 2, 8)[0];
  const p = layerParams(rng, [n0, d['n^[l-1]'], d['n^[l]'], 1]);
  const X = randn(rng, n0, d.m);
  const APrev = activationForward(X, p.W1, p.b1, 'relu').A;
  const layer = activationForward(APrev, p.W2, p.b2, activation);
  const out = activationForward(layer.A, p.W3, p.b3, 'sigmoid');
  const dA = dAPrev(p.W3, out.A.clone().sub(labels(rng, d.m)));
  const { W, b, Z } = layer.cache;
  return { APrev, W, b, Z, dA, dZ: dZ(dA, Z, activation), activation };
}

/**
 * One case per layer shape, activations taken in turn from `activations`; a ReLU layer's Z is kept
 * away from the kink, for dZ's gradient check.
 */
export function layerCases(rng: Rng, shapes: LayerDims[], activations: Activation[], args: (s: LayerSample) => unknown[]): Case[] {
  return shapes.map((d, i) => {
    const activation = activations[i % activations.length];
    const s = drawUntil(
      () => layerSample(rng, d, activation),
      (l) => activation !== 'relu' || clearOfKink([l.Z]),
    );
    const name = activations.length > 1 ? `${s.activation}, ${layerName(d)}` : layerName(d);
    return { name, args: args(s), dims: d, context: { ...s } };
  });
}

/** `n^[l]=4, n^[l-1]=3, m=7` */
export const layerName = (d: LayerDims): string => `n^[l]=${d['n^[l]']}, n^[l-1]=${d['n^[l-1]']}, m=${d.m}`;

/** Σ of the entries of A ⊙ B: the surrogate costs of the single-layer gradient checks. */
export function sumProduct(A: Matrix, B: Matrix): number {
  let total = 0;
  for (let i = 0; i < A.rows; i++) for (let j = 0; j < A.columns; j++) total += A.get(i, j) * B.get(i, j);
  return total;
}
