// mutates-input, seen happening: the engine compares every argument before and after the call.
// The message names the argument and the in-place ml-matrix call that usually does it.
import type { StepSpec } from '../../spec/types.js';
import { RANK, type Rule } from '../finding.js';
import { fixOf } from '../formulas.js';

/** `params.W1` from `params.W1[0][2]`: the object that was changed, without the entry. */
const objectOf = (where: string): string => where.replace(/\[.*$/, '');

/** The call that usually changes this argument: `A.sub(Y)` in dZ = A − Y, `params.W1.sub(…)` elsewhere. */
function likelyCall(step: StepSpec, changed: string): string {
  if (step.kind === 'output-delta' && changed === step.params[0]) return `${changed}.sub(${step.params[1] ?? 'Y'})`;
  return `${changed}.sub(…), ${changed}.add(…), ${changed}.mul(…) or ${changed}.div(…)`;
}

export const mutationRule: Rule = ({ step, results }) => {
  const mutation = results.flatMap((c) => c.problems).find((p) => p.check === 'mutation');
  if (!mutation) return [];
  const where = mutation.firstChange ?? mutation.path;
  const changed = objectOf(where);
  const cause = likelyCall(step, changed);
  const message = `${mutation.message}; ml-matrix's instance methods work in place, so the usual cause is ${cause} on the argument itself`;
  return [{ id: 'mutates-input', message, hint: fixOf('mutates-input'), rank: RANK.observed }];
};
