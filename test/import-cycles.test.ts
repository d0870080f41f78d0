// No folder-level import cycle among grader/* folders and reports/: each folder may import only
// folders below it, so a folder can be read, tested and replaced on its own (docs/architecture.md).
// Static imports, type imports and dynamic import() all count: each is a dependency of the code.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/submission.js';

/** Pairs of folders allowed to import each other: none (issue 12 removed the last ones). Never add to it. */
const ALLOWED_WHILE_MOVING: [string, string][] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return /\.(ts|mts)$/.test(e.name) ? [file] : [];
  });
}

/** `grader/engine`, `reports`; undefined for the grader's top-level files and anything outside. */
function folderOf(file: string): string | undefined {
  const parts = path.relative(repoRoot, file).split(path.sep);
  if (parts[0] === 'reports') return 'reports';
  return parts[0] === 'grader' && parts.length > 2 ? `grader/${parts[1]}` : undefined;
}

/** Folder → folders it imports, with one importing file per edge (for the message). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  const files = [...sourceFiles(path.join(repoRoot, 'grader')), ...sourceFiles(path.join(repoRoot, 'reports'))];
  for (const file of files) {
    const from = folderOf(file);
    if (!from) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const to = folderOf(path.resolve(path.dirname(file), m[1]));
      if (!to || to === from) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)?.set(to, path.relative(repoRoot, file));
    }
  }
  return graph;
}

/** Strongly connected components of more than one folder (Tarjan): each one holds a cycle. */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) visit(w);
      if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = stack.splice(stack.indexOf(v));
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const allowed = (a: string, b: string): boolean => ALLOWED_WHILE_MOVING.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

describe('folder-level imports', () => {
  it('form no cycle (but for the pairs being moved apart)', () => {
    const graph = folderGraph();
    for (const [from, targets] of graph) for (const to of [...targets.keys()]) if (allowed(from, to)) targets.delete(to);
    const described = cycles(graph).map((folders) =>
      folders.flatMap((from) =>
        [...(graph.get(from) ?? [])].filter(([to]) => folders.includes(to)).map(([to, file]) => `${from} → ${to} (${file})`),
      ),
    );
    expect(described).toEqual([]);
  });

  it('are found: the check sees a known edge and a planted cycle', () => {
    const graph = folderGraph();
    expect(graph.get('grader/commands')?.has('grader/cli')).toBe(true);
    graph.set('grader/model', new Map([...(graph.get('grader/model') ?? []), ['grader/commands', 'planted']]));
    expect(cycles(graph).flat()).toContain('grader/commands');
  });
});
