// Checks of a `train` result beyond equality with the reference, shared by the three exercises:
// they say *what kind* of wrong a training loop is (too few costs, NaN, climbing the cost), which
// a bare "values differ" does not. Each reads `{ costs }` of the received value; when costs cannot
// be read as numbers at all, the comparison funnel already reports that, so they stay silent.
import type { Value } from '../compare/value.js';
import type { Problem } from '../model/results.js';
import type { Case, PropertyCheck, StepSpec } from './types.js';
import { contextOf } from './gen.js';

/** Every train case keeps its iteration count in its context. */
export interface TrainContext {
  iterations: number;
}

function costsOf(received: Value): number[] | undefined {
  if (received.kind !== 'object') return undefined;
  const costs = received.entries.costs;
  if (costs === undefined) return undefined;
  if (costs.kind === 'list' && costs.items.every((item) => item.kind === 'number')) {
    return costs.items.map((item) => (item as Extract<Value, { kind: 'number' }>).value);
  }
  // one row of numbers (a number[][] or a Matrix) is still readable as the list of costs
  if (costs.kind === 'matrix' && costs.rows === 1) return costs.data[0];
  return undefined;
}

const problem = (message: string): Problem => ({ path: 'costs', check: 'property', message });

const costsLength: PropertyCheck = (received: Value, c: Case) => {
  const costs = costsOf(received);
  const { iterations } = contextOf<TrainContext>(c);
  if (costs === undefined || costs.length === iterations) return undefined;
  return problem(
    `costs has ${costs.length} entries; it must have one per iteration, ${iterations} (the cost of each iteration, before its update)`,
  );
};

const costsFinite: PropertyCheck = (received: Value) => {
  const costs = costsOf(received);
  const bad = costs?.findIndex((x) => !Number.isFinite(x)) ?? -1;
  if (costs === undefined || bad < 0) return undefined;
  return problem(`costs[${bad}] is ${costs[bad]}: the cost must stay finite (log of 0? a diverging update?)`);
};

const costFalls: PropertyCheck = (received: Value) => {
  const costs = costsOf(received);
  if (costs === undefined || costs.length < 2) return undefined;
  const [first, last] = [costs[0], costs[costs.length - 1]];
  if (!(last > first)) return undefined;
  const values = `costs[0] = ${first.toPrecision(4)}, costs[${costs.length - 1}] = ${last.toPrecision(4)}`;
  return problem(`the cost rises: ${values}; gradient descent must lower it (check the signs of the gradients and of the update)`);
};

export const TRAIN_PROPERTIES: PropertyCheck[] = [costsLength, costsFinite, costFalls];

/**
 * The `train` step of an exercise: worth 2 points, a longer time limit, and a looser tolerance —
 * many iterations of arithmetic, possibly ordered differently from the reference's, compound
 * their rounding differences.
 */
export function trainStep(params: string[], reference: StepSpec['reference'], cases: StepSpec['cases']): StepSpec {
  const tolerance = { rtol: 1e-4, atol: 1e-7 };
  return { id: 'train', kind: 'train', params, reference, cases, points: 2, timeoutMs: 10_000, tolerance, properties: TRAIN_PROPERTIES };
}
