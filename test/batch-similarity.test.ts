// Similarity flags: a renamed, reformatted, recommented copy is the same code; independently
// written correct code is not; files still equal to the starter are no evidence. And by identical
// wrong outputs, from a real batch of a small class: a renamed copy of an uncatalogued mistake is
// flagged; different mistakes are not; the same catalogued misconception written differently is
// only counted, not listed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sameWrongOutputs, wrongOutputs } from '../grader/batch/outputs.js';
import type { GradeResults } from '../grader/model/results.js';
import { batch } from './helpers/batch.js';
import { tempFolders } from './helpers/temp.js';
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

describe('same wrong outputs, from a real batch', () => {
  const tempDir = tempFolders('mlgrade-same-outputs-');
  const CLASS = ['alice', 'bob', 'carol', 'dan', 'erin'];
  let out: string;
  let html: string;
  const read = (student: string): GradeResults =>
    JSON.parse(readFileSync(path.join(out, 'students', student, 'results.json'), 'utf8')) as GradeResults;

  beforeAll(async () => {
    out = path.join(tempDir(), 'out');
    const run = await batch([path.join(repoRoot, 'test', 'fixtures', 'batch', 'same-wrong-outputs'), '--out-dir', out, '--jobs', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Similarity: 1 pair with the same code, 1 pair with the same wrong outputs: see class-report.html.');
    html = readFileSync(path.join(out, 'class-report.html'), 'utf8');
  }, 120_000);

  it('flags the renamed copy of an uncatalogued mistake by its code and by its outputs, with the steps and cases', () => {
    const found = sameWrongOutputs(CLASS.map((student) => ({ student, outputs: wrongOutputs(read(student)) })));
    expect(found.flagged.map((p) => [p.students, p.steps.map((s) => [s.step, s.explainedBy])])).toEqual([
      [
        ['alice', 'bob'],
        [
          ['logistic-regression/dW', []],
          ['logistic-regression/db', []],
        ],
      ],
    ]);
    expect(found.flagged[0].steps[0].cases.length).toBeGreaterThan(0);
    expect(html).toContain('<tr data-pair="[&quot;alice&quot;,&quot;bob&quot;]"><th scope="row"><a href="students/alice/report.html">');
    const section = html.slice(html.indexOf('<section id="same-outputs"'));
    expect(section).toMatch(/<code>logistic-regression\/dW<\/code>: \d+ cases? \(/);
    expect(section).toContain('<td>yes</td></tr>');
  });

  it('does not flag different mistakes, and only counts the same catalogued misconception written differently', () => {
    const dan = wrongOutputs(read('dan'));
    const erin = wrongOutputs(read('erin'));
    expect(dan.get('logistic-regression/dW')?.misconceptions).toContain('missing-1-over-m');
    // the same wrong values although one multiplies matrices and the other loops …
    expect(erin.get('logistic-regression/dW')?.hash).toBe(dan.get('logistic-regression/dW')?.hash);
    expect(erin.get('logistic-regression/db')?.hash).toBe(dan.get('logistic-regression/db')?.hash);
    // … explained by the misconception both have: counted, not listed; carol is in no pair
    expect(html).toContain('<p data-explained="1">1 other pair returned the same wrong values only where both have');
    expect(html).not.toMatch(/data-pair="[^"]*(carol|dan|erin)/);
  });

  it('reads public cases of steps failing on their own only: hidden cases and knocked-on steps give no evidence', () => {
    const alice = read('alice');
    const edit = (change: (step: GradeResults['exercises'][number]['steps'][number]) => object): GradeResults => ({
      ...alice,
      exercises: alice.exercises.map((e) => ({ ...e, steps: e.steps.map((st) => ({ ...st, ...change(st) }) as typeof st) })),
    });
    expect([...wrongOutputs(alice).keys()]).toEqual(['logistic-regression/dW', 'logistic-regression/db']);
    expect(wrongOutputs(edit((st) => ({ cases: st.cases.map((c) => ({ ...c, hidden: true })) }))).size).toBe(0);
    expect(wrongOutputs(edit(() => ({ causedBy: ['logistic-regression/dZ'] }))).size).toBe(0);
  });
});
