// Gradient checks per tensor: the student's gradients against central finite differences of the
// reference cost, and against finite differences of the student's *own* forward and cost — which
// separates "your forward is wrong" from "your backward disagrees with your forward".
import { Matrix } from 'ml-matrix';
import type { Value } from '../compare/value.js';
import { GRADIENT_EPS, relativeDifference } from '../gradcheck.js';
import type { GradientCheck } from '../model/results.js';
import type { Oracle } from '../oracle/types.js';
import type { Case, GradientCheckSpec } from '../spec/types.js';
import type { StepRun } from './grade-step.js';
import { ownGradients } from './own-gradient.js';

/** A correct backward pass gives ~1e-9 here; a wrong one, above 1e-3. */
export const GRADIENT_THRESHOLD = 1e-6;

export async function gradientChecks(
  run: StepRun,
  oracle: Oracle,
  cases: Case[],
  received: (Value | undefined)[],
): Promise<GradientCheck[]> {
  const spec = run.spec.gradientCheck;
  if (!spec) return [];
  const checks: GradientCheck[] = [];
  const picked = cases
    .map((c, i) => ({ c, got: received[i] }))
    .filter((x) => x.got !== undefined)
    .slice(0, spec.cases ?? 1);
  for (const { c, got } of picked) {
    const point = spec.point(c);
    const own = spec.ownCost ? await ownGradients(run, spec, c, point, GRADIENT_EPS) : undefined;
    for (const name of Object.keys(point)) {
      const student = gradientOf(got as Value, name, spec);
      const reference = oracle.referenceGradient(run.spec, c, name, point);
      checks.push(check(name, 'reference', student, reference, c.name));
      if (own) checks.push(check(name, 'own-forward', student, own.get(name), c.name));
    }
  }
  return checks;
}

function check(
  tensor: string,
  against: GradientCheck['against'],
  student: Matrix | undefined,
  numeric: Matrix | undefined,
  caseName: string,
): GradientCheck {
  const comparable = student && numeric && student.rows === numeric.rows && student.columns === numeric.columns;
  const diff = comparable ? relativeDifference(student, numeric) : null;
  const relativeDifference_ = diff !== null && Number.isFinite(diff) ? diff : null;
  return {
    tensor,
    against,
    relativeDifference: relativeDifference_,
    threshold: GRADIENT_THRESHOLD,
    passed: relativeDifference_ !== null && relativeDifference_ <= GRADIENT_THRESHOLD,
    case: caseName,
  };
}

function gradientOf(value: Value, name: string, spec: GradientCheckSpec): Matrix | undefined {
  const v = spec.single ? value : value.kind === 'object' ? value.entries[name] : undefined;
  if (!v) return undefined;
  if (v.kind === 'number') return new Matrix([[v.value]]);
  if (v.kind === 'matrix' && v.data.every((row) => row.every(Number.isFinite))) return new Matrix(v.data);
  return undefined;
}
