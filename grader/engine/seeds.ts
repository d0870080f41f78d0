// Each step's cases come from a seed derived from the run's seed and the step's name, so grading
// one step alone (the repro command) sees exactly the cases of the full run.
import { createHmac } from 'node:crypto';

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

/** 128 bits: a secret no one finds by trying. */
export const MIN_SECRET_BYTES = 16;

/**
 * A student's hidden seeds: HMAC-SHA-256 keyed by the teacher's secret over the student's id, so
 * that one student's seeds (even brute-forced from a leaked input) say nothing about another's,
 * and the same student gets the same seeds on every submission.
 */
export function studentSeeds(secret: Buffer, studentId: string, count: number): number[] {
  if (secret.length < MIN_SECRET_BYTES) {
    const bits = MIN_SECRET_BYTES * 8;
    throw new RangeError(`the hidden-seeds secret has ${secret.length * 8} bits; it needs at least ${bits} (32 hex digits)`);
  }
  const id = studentId.trim();
  if (id === '') throw new RangeError('a student id is needed to derive hidden seeds, and it is empty');
  const seeds: number[] = [];
  for (let i = 0; seeds.length < count; i++) {
    const digest = createHmac('sha256', secret).update(`mlgrade/hidden-seeds/v1\0${id}\0${i}`).digest();
    const seed = digest.readUInt32BE(0) & 0x7fffffff;
    if (seed !== PUBLIC_SEED && !seeds.includes(seed)) seeds.push(seed);
  }
  return seeds;
}
