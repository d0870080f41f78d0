// Similarity flags: a renamed, reformatted, recommented copy is the same code; independently
// written correct code is not; files still equal to the starter are no evidence.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprints, normalise, similarPairs } from '../grader/batch/similarity.js';
import { classReports } from '../reports/class/index.js';
import { fixturesDir, repoRoot } from './helpers/submission.js';

const EXERCISE_IDS = ['computation-graph', 'logistic-regression', 'shallow-network', 'deep-network'];
const printsOf = (student: string, root: string) => ({ student, files: fingerprints(root, EXERCISE_IDS) });

describe('similarity flags', () => {
  const reference = printsOf('ref', path.join(repoRoot, 'reference'));
  const copy = printsOf('copy', path.join(fixturesDir, 'pass', 'renamed-copy'));
  const loops = printsOf('loops', path.join(fixturesDir, 'pass', 'loops-and-arrays'));
  const starter = printsOf('starter', path.join(repoRoot, 'exercises'));

  it('flags a renamed and reformatted copy, naming the file', () => {
    expect(similarPairs([reference, copy])).toEqual([{ students: ['ref', 'copy'], files: ['logistic-regression/train.ts'] }]);
  });

  it('does not flag independently written correct code, nor untouched starters', () => {
    expect(starter.files.size).toBe(0);
    expect(loops.files.size).toBeGreaterThan(0);
    expect(similarPairs([reference, loops, starter])).toEqual([]);
  });

  it('ignores comments, layout and names, not the code', () => {
    const body = Array.from({ length: 8 }, (_, i) => `total = total + x[${i}] * w[${i}];`).join('\n');
    expect(normalise(`// a\nlet total = 0;\n${body}`)).toBe(
      normalise(`/* b */ let   sum=0\n${body.replace(/total/g, 'sum').replace(/\bx\b/g, 'input')}`),
    );
    expect(normalise(`let total = 0;\n${body}`)).not.toBe(normalise(`let total = 0;\n${body.replace('+', '-')}`));
  });

  it('lists the pairs in the class report, with links to both students', () => {
    const html = classReports([], { meta: '', similar: [{ students: ['ref', 'copy'], files: ['logistic-regression/train.ts'] }] })[1]
      .content;
    expect(html).toContain('<tr data-pair="[&quot;ref&quot;,&quot;copy&quot;]"><th scope="row"><a href="students/ref/report.html">ref</a>');
    expect(html).toContain('<code>logistic-regression/train.ts</code>');
  });
});
