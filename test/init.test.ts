// `grade init DIR`: a student workspace outside the repository. (The packed grader installed into it,
// `npx grade` and `npx tsc` there, are checked by scripts/ci-init-check.sh, which .ci/run runs.)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { initWorkspace } from '../grader/commands/init.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-init-');
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

describe('grade init', () => {
  it('makes the starters, a package.json installing the grader and a tsconfig.json, and no reference', () => {
    const dir = path.join(temp(), 'hw');
    initWorkspace(dir, 'file:/somewhere/mlgrade-0.1.0.tgz');
    expect(readdirSync(dir).sort()).toEqual(['.gitignore', 'README.md', 'exercises', 'package.json', 'tsconfig.json']);
    expect(readdirSync(path.join(dir, 'exercises')).sort()).toEqual(readdirSync(path.join(repoRoot, 'exercises')).sort());
    expect(readFileSync(path.join(dir, 'exercises', 'logistic-regression', 'sigmoid.ts'), 'utf8')).toBe(
      readFileSync(path.join(repoRoot, 'exercises', 'logistic-regression', 'sigmoid.ts'), 'utf8'),
    );
    expect(existsSync(path.join(dir, 'reference'))).toBe(false);
    expect(json(path.join(dir, 'package.json'))).toMatchObject({
      name: 'hw',
      devDependencies: { mlgrade: 'file:/somewhere/mlgrade-0.1.0.tgz' },
    });
    expect(json(path.join(dir, 'tsconfig.json'))).toMatchObject({
      compilerOptions: { strict: true, moduleResolution: 'Bundler' },
      include: ['exercises'],
    });
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('npx grade');
  });

  it('refuses a folder that already holds files', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    expect(() => initWorkspace(dir)).toThrow(/is not empty/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});
