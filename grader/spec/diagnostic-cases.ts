// Cases added to a step so that diagnosis can tell its mutants apart: when `grade selftest` finds
// a mutant the generated cases cannot tell from the reference (it would pass) or from a mutant of
// another misconception, a case that separates them goes here. They are appended after the step's
// own cases, drawn from the same seeded rng, so the step's own cases do not change.
import { Matrix } from 'ml-matrix';
import type { Rng } from '../random.js';
import { dimsName, distinctSizes, randn, signed } from './gen.js';
import type { Case, ExerciseSpec } from './types.js';

/**
 * logistic-regression/forward: z exactly ±1000, ±750 (|z| > 709, where e^z overflows) and
 * moderate values. Its own "large |z|" case scales X by 300, which leaves |z| under 709 on some
 * seeds, and then σ written e^z/(1 + e^z) passes. Column j of X is t_j·w/‖w‖² plus noise
 * orthogonal to w, so wᵀx_j = t_j whatever the noise.
 */
function overflowingZ(rng: Rng): Case {
  const targets = [1000, -1000, 750, -750, 3, -2, 0.5];
  const m = targets.length;
  const nX = distinctSizes(rng, 1, 2, 6, [m])[0];
  const w = randn(rng, nX, 1, 1 / Math.sqrt(nX));
  const ww = w.transpose().mmul(w).get(0, 0);
  const noise = randn(rng, nX, m);
  const X = new Matrix(nX, m);
  for (let j = 0; j < m; j++) {
    const along = w.transpose().mmul(noise.getColumnVector(j)).get(0, 0) / ww;
    for (let i = 0; i < nX; i++) X.set(i, j, noise.get(i, j) - along * w.get(i, 0) + (targets[j] * w.get(i, 0)) / ww);
  }
  const b = signed(rng, 0.05, 0.2);
  const dims = { n_x: nX, m };
  return { name: `z = ±1000 and ±750, ${dimsName(dims)}`, args: [w, b, X], dims };
}

export const EXTRA_CASES: Record<string, (rng: Rng) => Case[]> = {
  'logistic-regression/forward': (rng) => [overflowingZ(rng)],
};

/** The exercises with each step's extra cases appended to its own. */
export function withExtraCases(exercises: ExerciseSpec[]): ExerciseSpec[] {
  return exercises.map((exercise) => ({
    ...exercise,
    steps: exercise.steps.map((step) => {
      const extra = EXTRA_CASES[`${exercise.id}/${step.id}`];
      return extra ? { ...step, cases: (rng: Rng) => [...step.cases(rng), ...extra(rng)] } : step;
    }),
  }));
}
