// Generated from files/computation-graph/ by registry.ts: do not edit. Every file there is a mutant (the step with one
// mistake, as a student writes it) and says what the student is told; to add one, add its file and run
// `MLGRADE_WRITE_MUTANTS=1 npx vitest run test/diagnosis-mutants.test.ts`.
import { exerciseMutants } from './define.js';
import * as backwardMissingChainFactor from './files/computation-graph/backward/missing-chain-factor.js';

export const COMPUTATION_GRAPH_MUTANTS = exerciseMutants('computation-graph', {
  backward: [
    backwardMissingChainFactor,
  ],
});
