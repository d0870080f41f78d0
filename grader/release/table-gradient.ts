// Release time: a case's gradient-check data for the table — the point, the reference cost's
// central differences per tensor (the live oracle's, as grader/engine/gradient.ts uses them), and the
// student's own-cost calls as a template. The template is found by moving each point entry and
// watching which leaves of the encoded calls follow it; a spec whose calls transform the point
// (rather than copy its entries) cannot be replayed, and its own-forward checks are left out.
import type { Matrix } from 'ml-matrix';
import { ownCostTemplate } from '../engine/own-gradient.js';
import { encode, type Wire } from '../model/wire.js';
import type { TableGradient } from '../oracle/table.js';
import type { Oracle } from '../oracle/types.js';
import type { Case, Point, StepSpec } from '../spec/types.js';

/** The case's gradient data, or undefined when the spec has no point for it (no context). */
export function gradientData(oracle: Oracle, step: StepSpec, c: Case): TableGradient | undefined {
  const spec = step.gradientCheck;
  if (!spec) return undefined;
  let point: Point;
  try {
    point = spec.point(c);
  } catch {
    return undefined;
  }
  const encodeAll = (p: Point): Record<string, Wire> => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, encode(v)]));
  const at = encodeAll(point);
  const reference: Record<string, Matrix> = {};
  for (const name of Object.keys(point)) {
    const gradient = oracle.referenceGradient(step, c, name, point);
    if (gradient) reference[name] = gradient;
  }
  const own = spec.ownCost ? ownCostTemplate(spec, c, point) : undefined;
  return { point: at, reference: encodeAll(reference), ...(own ? { own } : {}) };
}
