// Finite differences of the student's *own* forward and cost, computed in the student process in
// one request: the pipeline of the student's calls is sent once, as a template, with the places
// each point entry occupies in it; the student process moves each entry by ±ε and runs it again.
// (Two requests per parameter cost a round trip each, about a fifth of a whole grading run.)
import { Matrix } from 'ml-matrix';
import type { Case, GradientCheckSpec, Point } from '../spec/types.js';
import { changedLeaves, decodeNumber, encode, leafAt, type OwnCostTemplate, type Wire } from '../model/wire.js';
import type { CallSpec } from '../runner/protocol.js';
import type { StepRun } from './grade-step.js';

const OWN_COST_LIMIT_MS = 20_000;

/**
 * The calls of `ownCost` at the point, and for each entry of each tensor the leaves of those calls
 * that hold it — found by moving the entry and watching which leaves follow. A spec whose calls
 * transform the point (rather than copy its entries) has no template: undefined.
 */
export function ownCostTemplate(spec: GradientCheckSpec, c: Case, point: Point): OwnCostTemplate | undefined {
  const callsAt = (): OwnCostTemplate['calls'] =>
    (spec.ownCost?.(c, point) ?? []).map((call) => ({ step: call.step, args: call.args.map((a) => encode(a)) }));
  const calls = callsAt();
  const slots: Record<string, (string | number)[][][]> = {};
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

/** The student's own numerical gradient per tensor, or undefined when it cannot be had. */
export async function ownGradients(
  run: StepRun,
  spec: GradientCheckSpec,
  c: Case,
  point: Point,
  eps: number,
): Promise<Map<string, Matrix> | undefined> {
  const template = spec.ownCostTemplate?.(c) ?? ownCostTemplate(spec, c, point);
  const calls = template?.calls.map((call): CallSpec | undefined => {
    const target = run.targets.get(call.step);
    return target && { module: target.module, name: target.name, args: call.args };
  });
  if (!template || !calls || calls.some((call) => call === undefined)) return undefined;
  const outcome = await run.proc.send({ type: 'numgrad', calls: calls as CallSpec[], slots: template.slots, eps }, OWN_COST_LIMIT_MS);
  if (outcome.type !== 'returned' || outcome.value === null || typeof outcome.value !== 'object') return undefined;
  const value = outcome.value as Record<string, Wire>;
  const grads = new Map<string, Matrix>();
  for (const [name, tensor] of Object.entries(point)) {
    const entries = value[name];
    const numbers = Array.isArray(entries) ? entries.map((w) => decodeNumber(w)) : [];
    if (numbers.length !== tensor.rows * tensor.columns || numbers.some((x) => x === undefined)) return undefined;
    grads.set(name, Matrix.from1DArray(tensor.rows, tensor.columns, numbers as number[]));
  }
  return grads;
}
