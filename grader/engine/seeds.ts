// Each step's cases come from a seed derived from the run's seed and the step's name, so grading
// one step alone (the repro command) sees exactly the cases of the full run.
export function stepSeed(seed: number, exercise: string, step: string): number {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (const ch of `${seed}/${exercise}/${step}`) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The public seed: students, their laptops and the repro commands all use it by default. */
export const PUBLIC_SEED = 1234;
