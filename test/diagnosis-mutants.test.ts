// The built-in mutants describe themselves: every file under grader/diagnosis/mutants/files/ exports
// its step and `mutant = { id, variant?, says }`, the registries are generated from those files
// (so every file is registered), and no two mutants say the same thing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN, mutantName } from '../grader/diagnosis/mutants/index.js';
import { describesItself, mutantSources, registryText } from '../grader/diagnosis/mutants/registry.js';
import { repoRoot } from './helpers/submission.js';

const EXERCISE_IDS = Object.keys(BUILT_IN);

describe('self-describing mutants', () => {
  it.each(EXERCISE_IDS)('%s: the registry is generated from the files', (exercise) => {
    const file = path.join(repoRoot, 'grader/diagnosis/mutants', `${exercise}.ts`);
    if (process.env.MLGRADE_WRITE_MUTANTS) writeFileSync(file, registryText(repoRoot, exercise));
    expect(readFileSync(file, 'utf8'), 'regenerate: MLGRADE_WRITE_MUTANTS=1 npx vitest run test/diagnosis-mutants.test.ts').toBe(
      registryText(repoRoot, exercise),
    );
  });

  it('every file exports its step and its description, and is a built-in mutant named by its file', () => {
    const sources = EXERCISE_IDS.flatMap((e) => mutantSources(repoRoot, e));
    expect(sources.filter((s) => !describesItself(s, repoRoot)).map((s) => s.file)).toEqual([]);
    const registered = EXERCISE_IDS.flatMap((e) =>
      Object.entries(BUILT_IN[e]).flatMap(([step, ms]) => ms.map((m) => mutantName(e, step, m))),
    );
    expect(registered.sort()).toEqual(sources.map((s) => `${s.exercise}/${s.step}/${s.name}`).sort());
  });

  it('no two mutants say the same thing', () => {
    const says = EXERCISE_IDS.flatMap((e) =>
      Object.values(BUILT_IN[e])
        .flat()
        .map((m) => m.message),
    );
    expect(says.filter((s, i) => says.indexOf(s) !== i)).toEqual([]);
  });
});
