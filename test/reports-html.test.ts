// The HTML report without a browser: self-contained (nothing a browser would fetch), escaped, the
// summary's content, math as well-formed MathML, matrices marked by the grader's own tolerance,
// and the built (precompiled) writer giving exactly the page the sources give.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../grader/compare/funnel.js';
import { decode } from '../grader/compare/value.js';
import { ALL_FORMULAS } from '../grader/diagnosis/formulas.js';
import type { Draft, GradeResults, Problem, StepResult } from '../grader/model/results.js';
import { boundaryChart, costChart } from '../reports/html/charts.js';
import { htmlReport, renderHtml } from '../reports/html/index.js';
import { formulaMathML } from '../reports/html/math.js';
import { mismatchView } from '../reports/html/matrix.js';
import { stepView } from '../reports/html/step-view.js';
import { cleanUp, graded, OUTCOMES, submissionFor, WRONG_CELL } from './helpers/graded.js';
import { gradeCli } from './helpers/cli.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

afterAll(cleanUp);

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

describe('the page', () => {
  it.each(OUTCOMES)('%s: one self-contained file: no URL a browser would fetch', async (outcome) => {
    const html = renderHtml(await graded(outcome));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain(`default-src 'none'`);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|@import|url\((?!#)|\bsrc=/i);
    // every link is to a place in the page
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).every((href) => href.startsWith('#'))).toBe(true);
    // every in-page link has its target
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) expect(html, id).toContain(`id="${id}"`);
  });

  it('opens with the summary: total score, per-exercise scores, the failed steps and why', async () => {
    const results = await graded('failing');
    const html = renderHtml(results);
    const summary = html.slice(0, html.indexOf('class="exercise"'));
    expect(summary).toContain(`${results.score}/${results.maxScore}`);
    for (const e of results.exercises) expect(summary).toContain(e.title);
    expect(summary).toContain('href="#s-shallow-network-update"');
    expect(summary).toContain('Diagnosis: update-sign');
  });

  it('escapes what students control', async () => {
    const results = structuredClone(await graded('failing')) as Draft<GradeResults>;
    results.exercises[0].steps[0].message = '<script>alert(1)</script>';
    results.exercises[0].steps[0].cases[0].output = '</pre><img src=x onerror=alert(1)>';
    const html = renderHtml(results);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('writes report.html', async () => {
    expect(htmlReport(await graded('passing'))[0].file).toBe('report.html');
  });
});

describe('math', () => {
  it.each(ALL_FORMULAS)('%s: well-formed MathML with the formula as alt text', (formula) => {
    const math = formulaMathML(formula);
    expect(XMLValidator.validate(`<root>${math}</root>`)).toBe(true);
    expect(count(math, /<math display="block"/g)).toBeGreaterThan(0);
  });

  it('sets fractions, transposes, layer superscripts, subscripts and roots', () => {
    expect(formulaMathML('dW = (1/m) dZ A_prevᵀ')).toBe(
      '<math display="block" alttext="dW = (1/m) dZ ' +
        'A_prevᵀ"><mrow><mi>dW</mi><mo>=</mo><mfrac><mn>1</mn><mi>m</mi></mfrac><mi>dZ</mi><msubsup><mi>A</mi><mi>prev</mi><mi ' +
        'mathvariant="normal">T</mi></msubsup></mrow></math>',
    );
    expect(formulaMathML('W^[l] = randn / √n^[l−1]')).toContain(
      '<msqrt><msup><mi>n</mi><mrow><mo>[</mo><mi>l</mi><mo>−</mo><mn>1</mn><mo>]</mo></mrow></msup></msqrt>',
    );
    expect(formulaMathML('σ(z) = 1/(1 + e^{−z})')).toContain('<msup><mi>e</mi><mrow><mo>−</mo><mi>z</mi></mrow></msup>');
    expect(formulaMathML('db = (1/m) Σ_columns dZ')).toContain('<munder><mo largeop="true">Σ</mo><mi>columns</mi></munder>');
  });
});

describe('a value mismatch', () => {
  // the problem as the comparison funnel makes it: the report marks what the funnel decided
  const problem = (expected: number[][], received: number[][]): Problem =>
    compare(decode({ $m: expected }), decode({ $m: received }), { dims: {}, tolerance: { rtol: 1e-5, atol: 1e-8 }, rootName: 'dW' })[0];

  it('marks exactly the entries outside the tolerance, in both matrices', () => {
    const html =
      mismatchView(
        problem(
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          [
            [1, 2 + 1e-9, 3],
            [4, 5.1, 6],
          ],
        ),
        'x',
      ) ?? '';
    expect(count(html, /class="wrong" data-row="1" data-col="1"/g)).toBe(2);
    expect(count(html, /class="wrong"/g)).toBe(2);
    expect(html).toContain('<span class="sr-only">wrong: </span>5.1');
  });

  it('becomes an error heat map, wrong entries crossed and listed, when too large to print', () => {
    const expected = Array.from({ length: 15 }, (_, r) => Array.from({ length: 20 }, (_, c) => r + c));
    const received = expected.map((row, r) => row.map((v, c) => (r === 3 && c === 17 ? v + 1 : v)));
    const html = mismatchView(problem(expected, received), 'x') ?? '';
    expect(count(html, /<g class="hm/g)).toBe(300);
    expect(count(html, /<g class="hm wrong" data-row="3" data-col="17">/g)).toBe(1);
    expect(html).toContain('<th scope="row">(3, 17)</th>');
  });

  it("shows a window of a matrix too large to send whole, at the wrong entries' own positions", () => {
    const expected = Array.from({ length: 50 }, (_, r) => Array.from({ length: 40 }, (_, c) => r - c));
    const received = expected.map((row, r) => row.map((v, c) => (r === 30 && (c === 33 || c === 35) ? v + 1 : v)));
    const p = problem(expected, received);
    expect(p.expected).toBeUndefined();
    expect(p.excerpt).toMatchObject({ row: 28, col: 20, rows: 50, cols: 40 });
    expect(p.wrong).toEqual([
      [30, 33],
      [30, 35],
    ]);
    const html = mismatchView(p, 'x') ?? '';
    expect(count(html, /<g class="hm/g)).toBe(400);
    expect(count(html, /<g class="hm wrong"/g)).toBe(2);
    expect(html).toContain('<g class="hm wrong" data-row="30" data-col="35">');
    expect(html).toContain('rows 28–47, columns 20–39 of');
    expect(html).toContain('<th scope="row">(30, 33)</th>');
  });
});

describe('charts', () => {
  it("draws a marker per cost, and leaves a gap where the student's cost is not finite", () => {
    const svg = costChart({ every: 1, student: [0.7, 0.6, null, 0.5], reference: [0.7, 0.65, 0.6, 0.55] }, 'c');
    expect(count(svg, /class="pt pt-student"/g)).toBe(3);
    expect(count(svg, /class="pt pt-reference"/g)).toBe(4);
    expect(count(svg, /<polyline class="line line-student"/g)).toBe(2);
  });

  it('draws every example over the predicted regions, the wrong side outlined', () => {
    const svg = boundaryChart(
      {
        x: [0, 1],
        y: [0, 1],
        grid: ['00', '11'],
        points: [
          [0.2, 0.2, 0],
          [0.8, 0.8, 1],
          [0.2, 0.8, 0],
        ],
      },
      'b',
    );
    const points = /<g class="points">.*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(count(points, /class="pt pt-\d/g)).toBe(3);
    expect(count(points, /class="pt pt-0 wrong"/g)).toBe(1);
    expect(svg).toContain('1 of 3 examples fall on the wrong side');
  });
});

describe('the built command', () => {
  const out = tempFolders('mlgrade-html-')();

  it('writes report.html by default, prints its path, and renders what the sources render', async () => {
    const submission = submissionFor('failing');
    const { stdout } = await gradeCli(['--submission', submission, '--out-dir', out], { cwd: repoRoot, env: { HOME: os.tmpdir() } });
    const file = path.join(out, 'report.html');
    expect(stdout).toContain(file);
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as GradeResults;
    // the precompiled templates of the build and the sources' templates give the same page
    expect(readFileSync(file, 'utf8')).toBe(renderHtml(results));
    const wrong = results.exercises[1].steps.find((s) => s.id === 'dW')?.cases[0].problems[0].stats?.firstPositions;
    expect(wrong).toEqual([WRONG_CELL]);
  });
});

describe('an error', () => {
  it("lists the calls from the step's own file down to where it threw", () => {
    const frames = [
      { file: 'deep-network/linearForward.ts', line: 6, column: 12, fn: 'linearForward' },
      { file: 'deep-network/modelForward.ts', line: 13, column: 19, fn: 'modelForward' },
    ];
    const step: StepResult = {
      id: 'modelForward',
      status: 'error',
      score: 0,
      maxScore: 2,
      message: 'TypeError',
      file: 'deep-network/modelForward.ts',
      diagnoses: [],
      cases: [],
      gradientChecks: [],
      repro: 'grade',
      durationMs: 1,
      error: { name: 'TypeError', message: 'no mmul', file: frames[0].file, frames },
    };
    const view = stepView({ id: 'deep-network', title: 'Deep', score: 0, maxScore: 2, steps: [step] }, step);
    expect(view.error?.chain).toEqual([
      "at deep-network/modelForward.ts:13:19 (modelForward), in this step's file",
      ' → called deep-network/linearForward.ts:6:12 (linearForward), where it threw',
    ]);
  });
});
