// Hidden seeds live in a file of their own (never in grade.config.json, which may reach students):
// `{ "hiddenSeeds": [ 918273, 5550123, 77 ] }`, written by `grade release` into the platform
// bundles only, and read by `grade --hidden-seeds FILE` there.
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../engine/errors.js';
import { PUBLIC_SEED } from '../engine/seeds.js';

export const HIDDEN_SEEDS_FILE = 'hidden-seeds.json';

export function readHiddenSeeds(file: string): number[] {
  if (!existsSync(file)) throw new UsageError(`no hidden-seeds file ${file}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
  const seeds = (data as { hiddenSeeds?: unknown } | null)?.hiddenSeeds;
  const valid = Array.isArray(seeds) && seeds.length > 0 && seeds.every((s) => Number.isSafeInteger(s) && (s as number) >= 0 && s !== PUBLIC_SEED);
  if (!valid) throw new UsageError(`${file}: hiddenSeeds must be a non-empty list of whole numbers ≥ 0 other than the public seed ${PUBLIC_SEED}, e.g. { "hiddenSeeds": [918273, 5550123, 77] }`);
  return [...new Set(seeds as number[])];
}

/** `count` distinct seeds no student can guess, never the public one. */
export function drawHiddenSeeds(count: number): number[] {
  const seeds = new Set<number>();
  while (seeds.size < count) {
    const seed = randomInt(1, 2 ** 31 - 1);
    if (seed !== PUBLIC_SEED) seeds.add(seed);
  }
  return [...seeds];
}

export const hiddenSeedsJson = (seeds: number[]): string => `${JSON.stringify({ hiddenSeeds: seeds }, null, 2)}\n`;
