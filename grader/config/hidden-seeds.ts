// Hidden seeds live in a file of their own (never in grade.config.json, which may reach students),
// written by `grade release` into the platform bundles only and read by `grade --hidden-seeds FILE`:
// - per student (what a release writes): `{ "secret": "<64 hex digits>", "seedsPerStudent": 3 }`;
//   each student's seeds are an HMAC of their id (MLGRADE_STUDENT_ID) under the secret (seeds.ts);
// - for the whole class (older releases): `{ "hiddenSeeds": [ 918273, 5550123, 77 ] }`.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../engine/errors.js';
import { MIN_SECRET_BYTES, PUBLIC_SEED, studentSeeds } from '../engine/seeds.js';

export const HIDDEN_SEEDS_FILE = 'hidden-seeds.json';
/** Where the platform scripts put the id of the student (or group) being graded. */
export const STUDENT_ID_ENV = 'MLGRADE_STUDENT_ID';

export type HiddenSeedsSource = { kind: 'class'; seeds: number[] } | { kind: 'per-student'; secret: string; seedsPerStudent: number };

/** The seeds to grade with: the class's, or the student's (`studentId`, by default $MLGRADE_STUDENT_ID). */
export function readHiddenSeeds(file: string, studentId = process.env[STUDENT_ID_ENV]): number[] {
  const source = readHiddenSeedsSource(file);
  if (source.kind === 'class') return source.seeds;
  if (studentId === undefined || studentId.trim() === '') {
    throw new UsageError(`${file} derives hidden seeds per student: set ${STUDENT_ID_ENV} to the id of the student being graded`);
  }
  return studentSeeds(Buffer.from(source.secret, 'hex'), studentId, source.seedsPerStudent);
}

export function readHiddenSeedsSource(file: string): HiddenSeedsSource {
  if (!existsSync(file)) throw new UsageError(`no hidden-seeds file ${file}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const { hiddenSeeds, secret, seedsPerStudent } = (data ?? {}) as Record<string, unknown>;
  if (secret !== undefined) return perStudent(file, secret, seedsPerStudent);
  const valid =
    Array.isArray(hiddenSeeds) &&
    hiddenSeeds.length > 0 &&
    hiddenSeeds.every((s) => Number.isSafeInteger(s) && (s as number) >= 0 && s !== PUBLIC_SEED);
  if (!valid) {
    throw new UsageError(
      `${file}: hiddenSeeds must be a non-empty list of whole numbers ≥ 0 other than the public seed ${PUBLIC_SEED}, ` +
        'e.g. { "hiddenSeeds": [918273, 5550123, 77] }',
    );
  }
  return { kind: 'class', seeds: [...new Set(hiddenSeeds as number[])] };
}

function perStudent(file: string, secret: unknown, count: unknown): HiddenSeedsSource {
  const minDigits = MIN_SECRET_BYTES * 2;
  if (typeof secret !== 'string' || !/^([0-9a-f]{2})+$/i.test(secret) || secret.length < minDigits) {
    throw new UsageError(
      `${file}: secret must be at least ${minDigits} hex digits (${MIN_SECRET_BYTES * 8} bits); grade release writes one of 64`,
    );
  }
  const n = count ?? DEFAULT_SEEDS_PER_STUDENT;
  if (!Number.isSafeInteger(n) || (n as number) < 1 || (n as number) > 20) {
    throw new UsageError(`${file}: seedsPerStudent must be a whole number from 1 to 20`);
  }
  return { kind: 'per-student', secret: secret.toLowerCase(), seedsPerStudent: n as number };
}

export const DEFAULT_SEEDS_PER_STUDENT = 3;

/** A new teacher secret of 256 bits: what `grade release` writes unless given one. */
export const drawSecret = (seedsPerStudent = DEFAULT_SEEDS_PER_STUDENT): HiddenSeedsSource => ({
  kind: 'per-student',
  secret: randomBytes(32).toString('hex'),
  seedsPerStudent,
});

export function hiddenSeedsJson(source: HiddenSeedsSource): string {
  const data = source.kind === 'class' ? { hiddenSeeds: source.seeds } : { secret: source.secret, seedsPerStudent: source.seedsPerStudent };
  return `${JSON.stringify(data, null, 2)}\n`;
}
