// Whole fixture submissions for the report tests, one per outcome a report must handle: passing
// (the reference), failing (known mistakes, and one wrong matrix entry at a known place), erroring
// and ungradable (a student file, but no step where the layout puts them). Graded once per test
// file by the real engine.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gradeSubmission } from '../../grader/engine/grade-submission.js';
import type { GradeResults } from '../../grader/model/results.js';
import { EXERCISES } from '../../grader/spec/index.js';
import { fixturesDir, repoRoot } from './submission.js';

export type Outcome = 'passing' | 'failing' | 'erroring' | 'ungradable';

/** The failing submission's logistic-regression/dW gets exactly this entry wrong, on every case. */
export const WRONG_CELL: [number, number] = [1, 0];

const ONE_WRONG_CELL = `import { Matrix } from 'ml-matrix';

// dw = (1/m) X dZᵀ with one entry off: the report must mark (1, 0) and nothing else
export function dW(X: Matrix, dZ: Matrix): Matrix {
  const out = X.mmul(dZ.transpose()).mul(1 / X.columns);
  out.set(${WRONG_CELL[0]}, ${WRONG_CELL[1]}, out.get(${WRONG_CELL[0]}, ${WRONG_CELL[1]}) + 0.5);
  return out;
}
`;

const OVERLAYS: Record<Exclude<Outcome, 'ungradable'>, string[]> = {
  passing: [],
  failing: ['fail/missing-1-over-m', 'fail/update-sign', 'fail/cost-sign'],
  erroring: ['error/throws', 'error/syntax'],
};

const made: string[] = [];

/** A temporary submission folder for the outcome (removed by `cleanUp`). */
export function submissionFor(outcome: Outcome): string {
  if (outcome === 'ungradable') {
    // a student file, but not one step where the layout says: nothing can be graded
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-ungradable-'));
    mkdirSync(path.join(dir, 'logistic-regression'));
    writeFileSync(path.join(dir, 'logistic-regression', 'solution.ts'), 'export const answer = 42;\n');
    made.push(dir);
    return dir;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `mlgrade-${outcome}-`));
  made.push(dir);
  cpSync(path.join(repoRoot, 'reference'), dir, { recursive: true });
  for (const fixture of OVERLAYS[outcome]) overlay(dir, fixture);
  if (outcome === 'failing') {
    mkdirSync(path.join(dir, 'logistic-regression'), { recursive: true });
    writeFileSync(path.join(dir, 'logistic-regression', 'dW.ts'), ONE_WRONG_CELL);
  }
  return dir;
}

function overlay(dir: string, fixture: string): void {
  const from = path.join(fixturesDir, fixture);
  for (const exercise of readdirSync(from)) cpSync(path.join(from, exercise), path.join(dir, exercise), { recursive: true });
}

const cache = new Map<Outcome, Promise<GradeResults>>();

/** The outcome's submission graded over the whole curriculum, with the public seed. */
export function graded(outcome: Outcome): Promise<GradeResults> {
  let results = cache.get(outcome);
  if (!results) {
    results = gradeSubmission({ submission: submissionFor(outcome), seed: 1234, exercises: EXERCISES });
    cache.set(outcome, results);
  }
  return results;
}

export const OUTCOMES: Outcome[] = ['passing', 'failing', 'erroring', 'ungradable'];

/** Removes the submissions, and forgets their results: files sharing a worker (isolate: false) grade anew. */
export function cleanUp(): void {
  cache.clear();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
