// The oracle an exercise is graded with: the one attached to it (a release's table, a batch's
// memo), else a live one made here, where the mutants and how to run them are at hand. The only
// place that knows more than one kind of oracle exists; everything downstream takes an Oracle.
import { mutantsOf } from '../diagnosis/mutants/index.js';
import { runMutant } from '../diagnosis/rules/mutants.js';
import { LiveOracle } from '../oracle/live.js';
import { attachedOracle, type Oracle } from '../oracle/types.js';
import type { ExerciseSpec } from '../spec/types.js';

const live = new WeakMap<ExerciseSpec, Oracle>();

export function oracleFor(exercise: ExerciseSpec): Oracle {
  const attached = attachedOracle(exercise);
  if (attached) return attached;
  let oracle = live.get(exercise);
  if (!oracle) live.set(exercise, (oracle = new LiveOracle(exercise, { mutantsOf, runMutant })));
  return oracle;
}
