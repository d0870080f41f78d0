// Exercise computation-graph (notes 004, "Computation graph"): J(a, b, c) = 3(a + bc).
import { backward } from '../../reference/computation-graph/backward.js';
import { forward } from '../../reference/computation-graph/forward.js';
import type { Rng } from '../random.js';
import { fmt, scalar, signed } from './gen.js';
import type { Case, ExerciseSpec, Point, StepSpec } from './types.js';

/**
 * The notes' own example (a = 5, b = 3, c = 2, so J = 33) and random a, b, c with |·| in [0.5, 6):
 * distinct values with random signs, so swapping b and c or dropping a sign shows, and no value
 * near 0, so the gradient checks' relative differences stay meaningful.
 */
function abcCases(rng: Rng): Case[] {
  const triples: number[][] = [[5, 3, 2]];
  for (let i = 0; i < 3; i++) triples.push([signed(rng, 0.5, 6), signed(rng, 0.5, 6), signed(rng, 0.5, 6)]);
  return triples.map(([a, b, c], i) => ({
    name: `a=${fmt(a)}, b=${fmt(b)}, c=${fmt(c)}${i === 0 ? ' (the notes)' : ''}`,
    args: [a, b, c],
    dims: {},
  }));
}

const numbers = (c: Case): [number, number, number] => c.args as [number, number, number];

/** J at the point's a, b, c: the slope of J in each is what backward must return. */
function costAt(point: Point): number {
  return forward(point.dJda.get(0, 0), point.dJdb.get(0, 0), point.dJdc.get(0, 0)).J;
}

const forwardStep: StepSpec = {
  id: 'forward',
  kind: 'forward',
  params: ['a', 'b', 'c'],
  reference: forward,
  cases: abcCases,
};

const backwardStep: StepSpec = {
  id: 'backward',
  kind: 'gradient',
  params: ['a', 'b', 'c'],
  reference: backward,
  cases: abcCases,
  gradientCheck: {
    point: (c) => {
      const [a, b, c_] = numbers(c);
      return { dJda: scalar(a), dJdb: scalar(b), dJdc: scalar(c_) };
    },
    cost: (_c, point) => costAt(point),
    // no ownCost: the student's forward returns { u, v, J }, and a pipeline's last call must
    // return the cost itself; J is linear, so the reference cost checks everything anyway
    cases: 2,
  },
};

export const computationGraph: ExerciseSpec = {
  id: 'computation-graph',
  title: 'Computation graph',
  notes: '004 "Computation graph"',
  steps: [forwardStep, backwardStep],
};
