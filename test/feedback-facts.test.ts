// Diagnoses in the exercise's own terms: every mutant's hint and formula, as the engine hands them
// to the reports, speaks the notation of the exercise it is in, and a note line is never empty.
import { describe, expect, it } from 'vitest';
import { MISCONCEPTION_IDS } from '../grader/diagnosis/catalogue.js';
import { explainText } from '../grader/diagnosis/explain.js';
import { fixOf, withFacts } from '../grader/diagnosis/formulas.js';
import { mutantsOf } from '../grader/diagnosis/mutants/index.js';
import { EXERCISES } from '../grader/spec/index.js';

/** Names an exercise does not have: telling its students about them sends them looking for nothing. */
const FOREIGN: Record<string, RegExp> = {
  'logistic-regression': /APrev|A_prev|caches\[|'relu'|dZ1|W2|np\.dot\(dZ, np\.T/,
  'shallow-network': /APrev|A_prev|caches\[|'relu'|relu′|layerDims/,
  'deep-network': /\bA1\b|\bW2\b|dZ2/,
};

const everyMutant = EXERCISES.flatMap((e) =>
  e.steps.flatMap((s) => mutantsOf(e, s).map((m) => ({ exercise: e.id, step: s.id, id: m.id }))),
);
const factsOf = (id: string, exercise: string, step: string) =>
  withFacts({ id, message: 'm', hint: fixOf(id, exercise, step) }, exercise, step);

describe("a diagnosis's facts", () => {
  it.each(everyMutant)("$exercise/$step/$id: its exercise's notation, a real note or none", ({ exercise, step, id }) => {
    const d = factsOf(id, exercise, step);
    const foreign = FOREIGN[exercise];
    if (foreign) {
      expect(d.hint).not.toMatch(foreign);
      expect(d.formula ?? '').not.toMatch(foreign);
    }
    expect(d.formula).toBeTruthy();
    if (d.note !== undefined) expect(d.note).toMatch(/^\d{3}/);
  });

  it('tells logistic regression its own dw, with 1/m, for np and ml-matrix users', () => {
    const d = factsOf('missing-1-over-m', 'logistic-regression', 'dW');
    expect(d.formula).toBe('dw = (1/m) X dZᵀ, (n_x, 1)');
    expect(d.hint).toContain('np.div(np.dot(X, np.T(dZ)), m)');
    expect(d.hint).toContain('X.mmul(dZ.transpose()).div(m)');
    expect(d.title).toBe('dW, db or the cost not averaged over the m examples');
  });

  it("tells the shallow network A1(1 − A1), not the deep network's caches and relu", () => {
    const d = factsOf('wrong-layer-derivative', 'shallow-network', 'backward');
    expect(d.formula).toBe('dZ1 = W2ᵀ dZ2 ⊙ A1(1 − A1)');
    expect(d.hint).toContain('np.mul(A1, np.sub(1, A1))');
  });

  it('cites the notes of the right formula when no note shows the mistake, never a dash', () => {
    const d = withFacts({ id: 'update-sign', message: 'm', hint: 'h' }, 'logistic-regression', 'update');
    expect(d.note).toBe('004 (the right formula)');
  });

  it.each([...MISCONCEPTION_IDS])('grade explain %s: a note line that says something, never a dash', (id) => {
    expect(explainText(id)).toMatch(/\nIn the notes: {3}(\d{3}|the mistake is not in them)/);
  });
});
