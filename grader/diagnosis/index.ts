// Says which mistake the student made, only with proof: a mutant that reproduces the student's
// results (on every case, or exactly where it applies), or a rule that computes the claimed mistake
// from the case's own inputs. Every rule runs and every finding is reported, most likely first: an
// exact mutant or an argument seen changing, then scale, sign and randn order, partly matching
// mutants, shape, errors, gradient checks. One diagnosis per misconception id; without proof, none.
import type { Diagnosis } from '../model/results.js';
import { FACT_IDS, isNamelessFact, type DiagnosisInput, type Finding, type Rule } from './finding.js';
import { exceptionRule } from './rules/exceptions.js';
import { factsRule } from './rules/facts.js';
import { gradientRule } from './rules/gradient.js';
import { mutantRule } from './rules/mutants.js';
import { mutationRule } from './rules/mutation.js';
import { randnRule } from './rules/randn.js';
import { scaleRule } from './rules/scale.js';
import { shapeRule } from './rules/shape.js';
import { updateRule } from './rules/update.js';

export type { DiagnosisInput, Finding, Rule } from './finding.js';

export const RULES: Rule[] = [
  mutantRule,
  mutationRule,
  scaleRule,
  updateRule,
  randnRule,
  shapeRule,
  exceptionRule,
  gradientRule,
  factsRule,
];

/** A rule that fails must not cost the student their grade: diagnosis is advice, grading is not. */
function safely(rule: Rule, input: DiagnosisInput): Finding[] {
  try {
    return rule(input);
  } catch {
    return [];
  }
}

export function diagnose(input: DiagnosisInput, rules: Rule[] = RULES): Diagnosis[] {
  const all = rules.flatMap((rule) => safely(rule, input));
  // facts are what the grader says when it names nothing (issue 14)
  const named = all.some((f) => !FACT_IDS.includes(f.id));
  const found = named ? all.filter((f) => !isNamelessFact(f.id)) : all;
  // a stable sort: within a rank, the rules' order and each rule's own order stand
  const ranked = found
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.rank - b.f.rank || a.i - b.i)
    .map(({ f }) => f);
  const seen = new Set<string>();
  return ranked.filter((d) => !seen.has(d.id) && seen.add(d.id)).map(({ id, message, hint }) => ({ id, message, hint }));
}
