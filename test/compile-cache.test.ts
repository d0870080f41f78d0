// The compile cache: a file compiled once is read back the next time (right or never found), and
// a cache that cannot be used only means compiling again.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompileCache, compileCacheDir } from '../grader/engine/compile-cache.js';
import { compileSubmission } from '../grader/engine/compile.js';
import type { ExerciseSources } from '../grader/engine/intake.js';
import { tempFolders } from './helpers/temp.js';

const tempDir = tempFolders('mlgrade-cache-');

const source = 'export function sigmoid(z: number): number {\n  return 1 / (1 + Math.exp(-z));\n}\n';
const sources = (text = source): ExerciseSources[] => [{ id: 'logistic-regression', files: [{ name: 'sigmoid.ts', text }] }];
const compiledFile = (root: string): string => readFileSync(path.join(root, 'logistic-regression', 'sigmoid.js'), 'utf8');
const entries = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.js')) : []);

describe('the compile cache', () => {
  it('keeps what esbuild compiled, and gives it back instead of compiling', async () => {
    const cache = tempDir();
    const first = tempDir();
    await (await compileSubmission(sources(), first, cache)).cached;
    expect(entries(cache)).toHaveLength(1);
    expect(compiledFile(first)).toContain('function sigmoid(z)');
    // the entry is what the next run uses: replaced by a marker, the marker comes back
    writeFileSync(path.join(cache, entries(cache)[0]), 'exports.sigmoid = () => "from the cache";\n');
    const second = tempDir();
    await compileSubmission(sources(), second, cache);
    expect(compiledFile(second)).toContain('from the cache');
  });

  it('never gives back another source: one changed character is a new entry', async () => {
    const cache = tempDir();
    await (await compileSubmission(sources(), tempDir(), cache)).cached;
    const root = tempDir();
    await (await compileSubmission(sources(source.replace('-z', '-2 * z')), root, cache)).cached;
    expect(entries(cache)).toHaveLength(2);
    expect(compiledFile(root)).toContain('-2 * z');
  });

  it('keeps no compile errors: a broken file is compiled, and fails, every time', async () => {
    const cache = tempDir();
    const compiled = await compileSubmission(sources('export function sigmoid(z: number {'), tempDir(), cache);
    await compiled.cached;
    expect(compiled.exercises.get('logistic-regression')?.errors.get('sigmoid.ts')?.name).toBe('SyntaxError');
    expect(entries(cache)).toEqual([]);
  });

  it('compiles many files together, and when one does not compile, still each of the others', async () => {
    const files = [
      { name: 'sigmoid.ts', text: source },
      { name: 'cost.ts', text: 'export function cost(a: number {' },
      { name: 'dW.js', text: 'export const dW = (x) => x * 2;\n' },
    ];
    const root = tempDir();
    const compiled = await compileSubmission([{ id: 'logistic-regression', files }], root, undefined);
    const exercise = compiled.exercises.get('logistic-regression');
    expect([...(exercise?.errors.keys() ?? [])]).toEqual(['cost.ts']);
    expect(exercise?.errors.get('cost.ts')).toMatchObject({ name: 'SyntaxError', line: 1 });
    expect(compiledFile(root)).toContain('function sigmoid(z)');
    expect(readFileSync(path.join(root, 'logistic-regression', 'dW.js'), 'utf8')).toContain('x * 2');
    expect([...compiled.sourceMaps.keys()].sort()).toEqual(['logistic-regression/dW.js', 'logistic-regression/sigmoid.js']);
  });

  it('that cannot be written (a file where its folder would be) only means compiling', async () => {
    const blocked = path.join(tempDir(), 'file');
    writeFileSync(blocked, 'not a folder');
    const root = tempDir();
    const compiled = await compileSubmission(sources(), root, path.join(blocked, 'compiled'));
    await compiled.cached; // settles: the write is given up, not thrown
    expect(compiled.exercises.get('logistic-regression')?.errors.size).toBe(0);
    expect(compiledFile(root)).toContain('function sigmoid(z)');
  });

  it('drops its oldest entries beyond its size', async () => {
    const dir = tempDir();
    const cache = new CompileCache(dir, 'test');
    for (let i = 0; i < 5; i++) cache.set(`entry${i}`, `// ${i}`);
    await cache.settled(5);
    for (let i = 0; i < 5; i++) utimesSync(path.join(dir, `entry${i}.js`), 1000 + i, 1000 + i);
    cache.prune(3);
    expect(entries(dir).sort()).toEqual(['entry2.js', 'entry3.js', 'entry4.js']);
  });

  it('lives in the user cache folder, and is off with MLGRADE_NO_CACHE', () => {
    expect(compileCacheDir({ HOME: '/home/ada' })).toBe('/home/ada/.cache/mlgrade/compiled');
    expect(compileCacheDir({ HOME: '/home/ada', XDG_CACHE_HOME: '/var/cache/ada' })).toBe('/var/cache/ada/mlgrade/compiled');
    expect(compileCacheDir({ HOME: '/home/ada', MLGRADE_NO_CACHE: '1' })).toBeUndefined();
    expect(compileCacheDir({ HOME: '/home/ada', MLGRADE_NO_CACHE: '0' })).toBe('/home/ada/.cache/mlgrade/compiled');
  });

  it('makes its folder private to the user', async () => {
    const dir = path.join(tempDir(), 'nested', 'compiled');
    mkdirSync(path.dirname(dir));
    await (await compileSubmission(sources(), tempDir(), dir)).cached;
    expect(readdirSync(dir)).toHaveLength(1);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
