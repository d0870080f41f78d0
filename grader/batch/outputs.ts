// Similarity by identical *wrong* outputs: two submissions that return the same wrong values on the
// same public cases of several steps. Independent mistakes rarely agree to 8 significant digits on
// every case; copied code (however renamed) always does. But two students with the same catalogued
// misconception also agree, legitimately (everyone who forgets 1/m returns m × the right dw), so:
//   - only steps that fail on their own count (a step knocked on by a failing sub-step repeats it);
//   - a pair is flagged when at least MIN_SAME_STEPS steps agree and at least one of them is not
//     explained by a misconception both were diagnosed with on that step;
//   - pairs whose agreement is all explained are only counted in the report, not listed.
// Only public cases: hidden cases carry nothing but their status. Evidence, never a score change.
import { createHash } from 'node:crypto';
import { namesMisconception, type SameOutputPair, type SameOutputStep, type SameOutputs } from '../../reports/class/stats.js';
import type { CaseResult, GradeResults, Problem } from '../model/results.js';

/** Steps that must agree before a pair is flagged: one shared wrong step can be a shared slip. */
export const MIN_SAME_STEPS = 2;
/** Wrong values agree when equal to this many significant digits (a loop and a product round differently). */
const DIGITS = 8;

/** One failing step of a student: a hash of its wrong public outputs, the cases, the misconceptions named. */
export interface WrongStep {
  hash: string;
  cases: string[];
  misconceptions: string[];
}

/** `exercise/step` → the step's wrong outputs, for the steps that failed on their own on some public case. */
export type WrongOutputs = Map<string, WrongStep>;

export function wrongOutputs(results: GradeResults): WrongOutputs {
  const found: WrongOutputs = new Map();
  if (results.graderError) return found;
  for (const exercise of results.exercises) {
    for (const step of exercise.steps) {
      if (step.status !== 'failed' || (step.causedBy?.length ?? 0) > 0) continue;
      const wrong = step.cases.filter((c) => !c.hidden && c.status === 'failed' && c.problems.length > 0);
      if (wrong.length === 0) continue;
      const evidence = JSON.stringify(wrong.map(caseEvidence), rounded);
      found.set(`${exercise.id}/${step.id}`, {
        hash: createHash('sha256').update(evidence).digest('hex'),
        cases: wrong.map((c) => c.name),
        misconceptions: step.diagnoses.map((d) => d.id).filter(namesMisconception),
      });
    }
  }
  return found;
}

/** What the student returned, as the results carry it: the values, or a window of a large matrix, or the message. */
const caseEvidence = (c: CaseResult): unknown[] => [c.name, ...c.problems.map(problemEvidence)];

function problemEvidence(p: Problem): unknown {
  if (p.received !== undefined) return [p.path, p.check, p.received];
  if (p.excerpt) return [p.path, p.check, p.excerpt.row, p.excerpt.col, p.excerpt.received, p.stats?.maxAbsError];
  return [p.path, p.check, p.message];
}

const rounded = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(DIGITS)) : value;

/** Every pair of students whose wrong outputs agree, in batch order within equal evidence. */
export function sameWrongOutputs(prints: { student: string; outputs: WrongOutputs }[]): SameOutputs {
  const flagged: SameOutputPair[] = [];
  let explained = 0;
  prints.forEach((a, i) => {
    for (const b of prints.slice(i + 1)) {
      const steps = agreeing(a.outputs, b.outputs);
      if (steps.length === 0) continue;
      const unexplained = steps.filter((s) => s.explainedBy.length === 0).length;
      if (unexplained === 0) explained++;
      else if (steps.length >= MIN_SAME_STEPS) flagged.push({ students: [a.student, b.student], steps });
    }
  });
  return { flagged: flagged.sort((x, y) => y.steps.length - x.steps.length), explained, minSteps: MIN_SAME_STEPS, digits: DIGITS };
}

function agreeing(a: WrongOutputs, b: WrongOutputs): SameOutputStep[] {
  return [...a].flatMap(([step, mine]) => {
    const theirs = b.get(step);
    if (!theirs || theirs.hash !== mine.hash) return [];
    return [{ step, cases: mine.cases, explainedBy: mine.misconceptions.filter((m) => theirs.misconceptions.includes(m)) }];
  });
}
