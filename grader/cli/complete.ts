// Moved: crash recovery is engine/run.ts's, skipped exercises and totals the model's
// (model/assemble.ts). Re-exported here for one release, so code that imports them keeps compiling.
export { resultsAfterCrash, type CrashContext } from '../engine/run.js';
export { withSkippedExercises } from '../model/assemble.js';
export { errorInfo } from '../errors.js';
