// Release time: a case's gradient-check data for the table — the point, the reference cost's
// central differences per tensor (exactly what grader/engine/gradient.ts computes live), and the
// student's own-cost calls as a template. The template is found by moving each point entry and
// watching which leaves of the encoded calls follow it; a spec whose calls transform the point
// (rather than copy its entries) cannot be replayed, and its own-forward checks are left out.
import type { Matrix } from 'ml-matrix';
import { EPS } from '../engine/gradient.js';
import { numericGradient } from '../gradcheck.js';
import { encode, type Wire } from '../model/wire.js';
import type { Case, GradientCheckSpec, Point } from '../spec/types.js';
import type { OwnCostTemplate, TableGradient, WirePath } from './table.js';
import { changedLeaves, leafAt } from './wire-live.js';

/** The case's gradient data, or undefined when the spec has no point for it (no context). */
export function gradientData(spec: GradientCheckSpec, c: Case): TableGradient | undefined {
  let point: Point;
  try {
    point = spec.point(c);
  } catch {
    return undefined;
  }
  const encodeAll = (p: Point): Record<string, Wire> => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, encode(v)]));
  const at = encodeAll(point);
  const reference: Record<string, Matrix> = {};
  for (const name of Object.keys(point)) reference[name] = numericGradient(() => spec.cost(c, point), point[name], EPS);
  const own = spec.ownCost ? ownCostTemplate(spec, c, point) : undefined;
  return { point: at, reference: encodeAll(reference), ...(own ? { own } : {}) };
}

function ownCostTemplate(spec: GradientCheckSpec, c: Case, point: Point): OwnCostTemplate | undefined {
  const callsAt = (): OwnCostTemplate['calls'] =>
    (spec.ownCost?.(c, point) ?? []).map((call) => ({ step: call.step, args: call.args.map((a) => encode(a)) }));
  const calls = callsAt();
  const slots: Record<string, WirePath[][]> = {};
  for (const [name, tensor] of Object.entries(point)) {
    slots[name] = [];
    for (let r = 0; r < tensor.rows; r++) {
      for (let col = 0; col < tensor.columns; col++) {
        const original = tensor.get(r, col);
        // a value no entry can already hold, so every leaf that changes is a copy of this entry
        const marker = original + 0.5 + Math.abs(original);
        tensor.set(r, col, marker);
        const moved = callsAt();
        tensor.set(r, col, original);
        const paths = changedLeaves(calls as unknown as Wire, moved as unknown as Wire);
        if (!paths || paths.some((p) => leafAt(moved as unknown as Wire, p) !== marker)) return undefined;
        slots[name].push(paths);
      }
    }
  }
  return { calls, slots };
}
