// The built-in mutants of computation-graph: one per misconception and step where it can occur, each the
// step written with that one mistake, in its own file under files/ (the file says which notes show it).
import { exerciseMutants } from './define.js';
import { backward as backwardMissingChainFactor } from './files/computation-graph/backward/missing-chain-factor.js';

export const COMPUTATION_GRAPH_MUTANTS = exerciseMutants('computation-graph', {
  backward: [
    { id: 'missing-chain-factor', apply: backwardMissingChainFactor, says: 'dJdb = c and dJdc = b: you stopped at the local derivative du/db and forgot the upstream factor dJ/du = 3 (the chain rule multiplies them all)' },
  ],
});
