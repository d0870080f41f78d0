// Toy binary-classification data sets, generated from a seeded Rng (nothing to download).
// Examples are columns: X is (2, m), Y is (1, m) with entries 0 or 1.
import { Matrix } from 'ml-matrix';
import type { Rng } from './random';

export interface Dataset {
  /** (2, m): one example per column. */
  X: Matrix;
  /** (1, m): labels 0 or 1. */
  Y: Matrix;
}

export type DatasetGenerator = (rng: Rng, m: number) => Dataset;

function checkSize(m: number): void {
  if (!Number.isSafeInteger(m) || m < 1) throw new RangeError(`data set size m must be a positive integer, got ${m}`);
}

/** numpy's `linspace(start, stop, n)`. */
function linspace(start: number, stop: number, n: number): number[] {
  if (n === 1) return [start];
  return Array.from({ length: n }, (_, i) => start + ((stop - start) * i) / (n - 1));
}

/** Builds a Dataset from columns `[x1, x2]` and their labels. */
function fromColumns(points: Array<[number, number]>, labels: number[]): Dataset {
  const X = new Matrix([points.map((p) => p[0]), points.map((p) => p[1])]);
  return { X, Y: new Matrix([labels]) };
}

/**
 * The planar "flower" of the deeplearning.ai course (`load_planar_dataset`): `a = 4` petals of
 * radius `r = a·sin(4t) + noise`, class 0 (red) for angles t in [0, 3.12], class 1 (blue) for
 * t in [3.12, 6.24], with Gaussian noise of standard deviation 0.2 on both t and r. The first
 * ⌈m/2⌉ columns are red, the rest blue. Draws, per class, the t noise then the r noise, as numpy does.
 */
export const flower: DatasetGenerator = (rng, m) => {
  checkSize(m);
  const a = 4;
  const points: Array<[number, number]> = [];
  const labels: number[] = [];
  for (const j of [0, 1]) {
    const n = j === 0 ? Math.ceil(m / 2) : Math.floor(m / 2);
    if (n === 0) continue;
    const t = linspace(j * 3.12, (j + 1) * 3.12, n).map((ti) => ti + 0.2 * rng.normal());
    const r = t.map((ti) => a * Math.sin(4 * ti) + 0.2 * rng.normal());
    t.forEach((ti, i) => {
      points.push([r[i] * Math.sin(ti), r[i] * Math.cos(ti)]);
      labels.push(j);
    });
  }
  return fromColumns(points, labels);
};

/**
 * Two Gaussian blobs of standard deviation 1: class 0 centred at (−1.5, −1.5), class 1 at
 * (1.5, 1.5). Labels alternate 0, 1, 0, 1, … so both classes have half of the examples.
 */
export const blobs: DatasetGenerator = (rng, m) => {
  checkSize(m);
  const points: Array<[number, number]> = [];
  const labels: number[] = [];
  for (let i = 0; i < m; i++) {
    const label = i % 2;
    const centre = label === 1 ? 1.5 : -1.5;
    points.push([centre + rng.normal(), centre + rng.normal()]);
    labels.push(label);
  }
  return fromColumns(points, labels);
};

/**
 * XOR: points uniform in the square [−1, 1)², labelled 1 in the quadrants where exactly one
 * coordinate is positive (x₁ > 0 XOR x₂ > 0), 0 elsewhere. Not linearly separable.
 */
export const xor: DatasetGenerator = (rng, m) => {
  checkSize(m);
  const points: Array<[number, number]> = [];
  const labels: number[] = [];
  for (let i = 0; i < m; i++) {
    const x1 = 2 * rng.uniform() - 1;
    const x2 = 2 * rng.uniform() - 1;
    points.push([x1, x2]);
    labels.push(x1 > 0 !== x2 > 0 ? 1 : 0);
  }
  return fromColumns(points, labels);
};

/** All generators by name. */
export const datasets: Readonly<Record<'flower' | 'blobs' | 'xor', DatasetGenerator>> = { flower, blobs, xor };
