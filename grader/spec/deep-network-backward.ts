// Exercise deep-network, continued: the backward steps, update, predict and train. The
// single-layer gradient steps are checked against surrogate costs whose gradient is exactly the
// step's formula (J(W) = (1/m) Σ dZ ⊙ (W A_prev + b) has dJ/dW = (1/m) dZ A_prevᵀ …), since
// their inputs alone do not determine a real cost.
import { Matrix } from 'ml-matrix';
import type { Activation } from '../../reference/deep-network/activationForward.js';
import { cost } from '../../reference/deep-network/cost.js';
import { dAPrev } from '../../reference/deep-network/dAPrev.js';
import { dW } from '../../reference/deep-network/dW.js';
import { dZ } from '../../reference/deep-network/dZ.js';
import { db } from '../../reference/deep-network/db.js';
import { linearForward } from '../../reference/deep-network/linearForward.js';
import { modelBackward } from '../../reference/deep-network/modelBackward.js';
import { modelForward } from '../../reference/deep-network/modelForward.js';
import { predict } from '../../reference/deep-network/predict.js';
import { relu } from '../../reference/deep-network/relu.js';
import { sigmoid } from '../../reference/deep-network/sigmoid.js';
import { train } from '../../reference/deep-network/train.js';
import { update } from '../../reference/deep-network/update.js';
import { flower } from '../datasets.js';
import { RandnArg, ResultRef } from '../model/wire.js';
import type { Rng } from '../random.js';
import {
  layerCases,
  layerName,
  layerShapes,
  layerShapesWithM1,
  layerSample,
  netCases,
  netDims,
  netName,
  netSample,
  netShapeM1,
  netShapes,
  sumProduct,
  type LayerSample,
  type NetSample,
} from './deep-network-gen.js';
import { centredBias, contextOf, distinctSizes, fmt, paramsOf, pointOf, randn, seedOf, uniformIn } from './gen.js';
import { reluAtZero } from '../compare/relu-at-zero.js';
import { trainStep } from './train-properties.js';
import type { Case, GradientCheckSpec, StepSpec } from './types.js';

const layer = (c: Case): LayerSample => contextOf<LayerSample>(c);
const g = (Z: Matrix, activation: Activation): Matrix => (activation === 'relu' ? relu(Z) : sigmoid(Z));

/** ReLU and sigmoid layers in turn, then a ReLU layer whose Z has exact zeros (relu'(0) = 0). */
function dZCases(rng: Rng): Case[] {
  const cases = layerCases(rng, layerShapes(rng, 4), ['relu', 'sigmoid'], (s) => [s.dA, s.Z, s.activation]);
  const [d] = layerShapes(rng, 1);
  const s = layerSample(rng, d, 'relu');
  const Z = s.Z.clone();
  for (let i = 0; i < Z.rows; i++) Z.set(i, i % Z.columns, 0);
  // no context: relu is not differentiable at 0, so this case is never gradient-checked
  cases.push({ name: `relu, Z with exact zeros, ${layerName(d)}`, args: [s.dA, Z, 'relu'], dims: d });
  return cases;
}

/** J(Z) = Σ dA ⊙ g(Z): dJ/dZ = dA ⊙ g'(Z). Checks the ReLU case and the sigmoid case. */
const dZCheck: GradientCheckSpec = {
  single: 'dZ',
  point: (c) => ({ dZ: layer(c).Z.clone() }),
  cost: (c, p) => sumProduct(layer(c).dA, g(p.dZ, layer(c).activation)),
  cases: 2,
};

/** J(W, b) = (1/m) Σ dZ ⊙ (W A_prev + b): dJ/dW = (1/m) dZ A_prevᵀ, dJ/db = (1/m) row sums of dZ. */
function linearSurrogate(s: LayerSample, W: Matrix, b: Matrix): number {
  return sumProduct(s.dZ, linearForward(s.APrev, W, b)) / s.APrev.columns;
}

const dWCheck: GradientCheckSpec = {
  single: 'dW',
  point: (c) => ({ dW: layer(c).W.clone() }),
  cost: (c, p) => linearSurrogate(layer(c), p.dW, layer(c).b),
};

const dbCheck: GradientCheckSpec = {
  single: 'db',
  point: (c) => ({ db: layer(c).b.clone() }),
  cost: (c, p) => linearSurrogate(layer(c), layer(c).W, p.db),
};

/** J(A_prev) = Σ dZ ⊙ (W A_prev): dJ/dA_prev = Wᵀ dZ. */
const dAPrevCheck: GradientCheckSpec = {
  single: 'dAPrev',
  point: (c) => ({ dAPrev: layer(c).APrev.clone() }),
  cost: (c, p) => sumProduct(layer(c).dZ, layer(c).W.mmul(p.dAPrev)),
};

/** The real cost, through the reference modelForward, and through the student's own. */
const modelBackwardCheck: GradientCheckSpec = {
  point: (c) => pointOf(contextOf<NetSample>(c).params),
  cost: (c, p) => {
    const { X, Y } = contextOf<NetSample>(c);
    return cost(modelForward(X, paramsOf(p)).AL, Y);
  },
  ownCost: (c, p) => {
    const { X, Y } = contextOf<NetSample>(c);
    return [
      { step: 'modelForward', args: [X, paramsOf(p)] },
      { step: 'cost', args: [new ResultRef(0, ['AL']), Y] },
    ];
  },
};

function updateCases(rng: Rng): Case[] {
  return netCases(rng, netShapes(rng, [2, 1, 3]), (s) => [s.params, modelBackward(s.AL, s.Y, s.caches), uniformIn(rng, 0.005, 2)]).map(
    (c) => ({ ...c, name: `${c.name}, α=${fmt(c.args[2] as number)}` }),
  );
}

/**
 * W^[L] tiny and b^[L] centred so that every Z^[L] is within about 1e-3 of 0, on both sides, at
 * least 1e-6 away: AL is near 0.5, never equal (see logistic-regression's nearHalfCase).
 */
function nearHalfCase(rng: Rng): Case {
  const [shape] = netShapes(rng, [2]);
  const s = netSample(rng, shape);
  const params = { ...s.params, W2: randn(rng, 1, shape.layerDims[1], 1e-3), b2: Matrix.zeros(1, 1) };
  params.b2.set(0, 0, centredBias(modelForward(s.X, params).caches[1].Z.to1DArray()));
  return { name: `AL near 0.5, ${netName(shape)}`, args: [s.X, params], dims: netDims(shape) };
}

function predictCases(rng: Rng): Case[] {
  const cases = netCases(rng, [...netShapes(rng, [2, 3, 1]), netShapeM1(rng, 2)], (s) => [s.X, s.params]);
  cases.splice(1, 0, nearHalfCase(rng));
  return cases;
}

function trainCases(rng: Rng): Case[] {
  return distinctSizes(rng, 3, 40, 60).map((m, i) => {
    const data = flower(rng, m);
    const layerDims = [2, ...distinctSizes(rng, i === 1 ? 2 : 1, 3, 7), 1];
    const iterations = rng.int(15, 30);
    const options = { iterations, learningRate: uniformIn(rng, 0.1, 0.3), randn: new RandnArg(seedOf(rng)) };
    return {
      name: `flower, ${netName({ layerDims, m })}, ${iterations} iterations`,
      args: [data.X, data.Y, layerDims, options],
      dims: netDims({ layerDims, m }),
      context: { iterations },
    };
  });
}

export const deepBackwardSteps: StepSpec[] = [
  {
    id: 'dZ',
    kind: 'gradient',
    params: ['dA', 'Z', 'activation'],
    reference: dZ,
    cases: dZCases,
    gradientCheck: dZCheck,
    properties: [reluAtZero],
  },
  {
    id: 'dW',
    kind: 'gradient',
    params: ['dZ', 'APrev'],
    reference: dW,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ['relu', 'sigmoid'], (s) => [s.dZ, s.APrev]),
    gradientCheck: dWCheck,
  },
  {
    id: 'db',
    kind: 'gradient',
    params: ['dZ'],
    reference: db,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ['relu', 'sigmoid'], (s) => [s.dZ]),
    gradientCheck: dbCheck,
  },
  {
    id: 'dAPrev',
    kind: 'gradient',
    params: ['W', 'dZ'],
    reference: dAPrev,
    cases: (rng) => layerCases(rng, layerShapesWithM1(rng), ['relu', 'sigmoid'], (s) => [s.W, s.dZ]),
    gradientCheck: dAPrevCheck,
  },
  {
    id: 'modelBackward',
    kind: 'gradient',
    params: ['AL', 'Y', 'caches'],
    reference: modelBackward,
    cases: (rng) => netCases(rng, [...netShapes(rng, [3, 1, 2, 4]), netShapeM1(rng, 2)], (s) => [s.AL, s.Y, s.caches], true),
    points: 2,
    gradientCheck: modelBackwardCheck,
  },
  { id: 'update', kind: 'update', params: ['params', 'grads', 'learningRate'], reference: update, cases: updateCases },
  { id: 'predict', kind: 'predict', params: ['X', 'params'], reference: predict, cases: predictCases },
  trainStep(['X', 'Y', 'layerDims', 'options'], train, trainCases),
];
