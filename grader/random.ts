// The one seeded random generator of mlgrade. Nothing in the grader, the data sets or the
// reference calls Math.random: every random number comes from here, so the same seed gives the
// same numbers on every machine (xoroshiro128+ works on 32-bit integers; Box–Muller only uses
// Math.log/sqrt/cos/sin, which V8 computes with its own deterministic fdlibm port).
//
// Kept dependency-light on purpose (only pure-rand): it is bundled into the student process.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export interface Rng {
  /** Uniform in [0, 1), a multiple of 2⁻⁵³. */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
}

/** splitmix32 finaliser (a bijection of 32-bit integers with good avalanche). */
function mix32(x: number): number {
  let z = x | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) | 0;
}

/**
 * The 128-bit xoroshiro state for a seed. pure-rand's own `xoroshiro128plus(seed)` starts from
 * `(-1, ~seed, seed, 0)`, whose first outputs are `~seed` and close seeds give close streams;
 * here the four state words are splitmix32 outputs of both halves of the seed instead.
 */
function stateOf(seed: number): number[] {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x1_0000_0000) | 0;
  const state: number[] = [];
  let counter = mix32(lo ^ mix32(hi));
  for (let i = 0; i < 4; i++) {
    counter = (counter + 0x9e3779b9) | 0;
    state.push(mix32(counter));
  }
  return state.every((word) => word === 0) ? [1, 0, 0, 0] : state;
}

/**
 * A seeded generator. `seed` is an integer (a fractional part is ignored; integers up to 2⁵³ in
 * absolute value all give different streams up to 32-bit mixing collisions).
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`createRng: seed must be a finite number, got ${seed}`);
  const source = xoroshiro128plusFromState(stateOf(Math.trunc(seed)));
  let spare: number | undefined; // Box–Muller makes normals in pairs; the second waits here
  const uniform = (): number => uniformFloat64(source);
  return {
    uniform,
    normal(): number {
      if (spare !== undefined) {
        const z = spare;
        spare = undefined;
        return z;
      }
      const u1 = 1 - uniform(); // in (0, 1]: log(u1) is finite
      const u2 = uniform();
      const radius = Math.sqrt(-2 * Math.log(u1));
      spare = radius * Math.sin(2 * Math.PI * u2);
      return radius * Math.cos(2 * Math.PI * u2);
    },
    int(min: number, max: number): number {
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
        throw new RangeError(`Rng.int: need integers min <= max, got ${min}, ${max}`);
      }
      return uniformInt(source, min, max);
    },
  };
}

/** A seeded standard-normal stream, as steps receive it (`randn: () => number`). */
export function randnStream(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.normal();
}
