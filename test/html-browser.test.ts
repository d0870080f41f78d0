// The HTML report as a person sees it: reports written by `grade` for fixture submissions, opened
// from file:// in headless Chromium with the network refused. The failing step is in the
// summary and one click away, the highlighted cell is the wrong one, the charts have one mark per
// point, the math is laid out, a phone shows it without sideways scrolling, printing opens every
// section, and axe-core finds no serious or critical accessibility violation.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import { axeViolations, launchBrowser, openFile } from './helpers/browser.js';
import { cleanUp, submissionFor, WRONG_CELL, type Outcome } from './helpers/graded.js';
import { gradeCli } from './helpers/cli.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

interface Written {
  file: string;
  results: GradeResults;
  stdout: string;
}

const out = tempFolders('mlgrade-browser-')();
const reports = new Map<Outcome, Written>();
let browser: Browser;

/** `grade` as a student runs it, default reporters: results.json and report.html. */
async function grade(outcome: Outcome): Promise<Written> {
  const dir = path.join(out, outcome);
  const run = await gradeCli(['--submission', submissionFor(outcome), '--out-dir', dir], { cwd: repoRoot, env: { HOME: os.tmpdir() } });
  if (!existsSync(path.join(dir, 'report.html'))) throw new Error(`no report for ${outcome}: ${run.stderr}`);
  const results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as GradeResults;
  return { file: path.join(dir, 'report.html'), results, stdout: run.stdout };
}

beforeAll(async () => {
  for (const outcome of ['failing', 'erroring', 'passing'] as const) reports.set(outcome, await grade(outcome));
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  cleanUp();
});

const report = (outcome: Outcome): Written => {
  const written = reports.get(outcome);
  if (!written) throw new Error(`no ${outcome} report`);
  return written;
};

const stepOf = (r: GradeResults, exercise: string, step: string) => {
  const found = r.exercises.find((e) => e.id === exercise)?.steps.find((s) => s.id === step);
  if (!found) throw new Error(`no step ${exercise}/${step}`);
  return found;
};

/** Opens every <details>, as printing does (the report's own beforeprint handler). */
const openAll = (page: Page) => page.evaluate('window.dispatchEvent(new Event("beforeprint"))');

describe("a failing submission's report", () => {
  let page: Page;
  let network: string[];
  beforeAll(async () => ({ page, network } = await openFile(browser, report('failing').file)));

  it('is the file whose path grade printed', () => {
    expect(report('failing').stdout).toContain(report('failing').file);
  });

  it('shows the failing steps and why in the first screen', async () => {
    const first = page.locator('.failures li').first();
    await first.waitFor();
    expect(await page.locator('h1').textContent()).toContain(`${report('failing').results.score}/41`);
    const item = page.locator('.failures li', { hasText: 'logistic-regression/dW' });
    expect(await item.isVisible()).toBe(true);
    expect((await first.boundingBox())?.y).toBeLessThan(900);
    expect(await page.locator('.failures li', { hasText: 'shallow-network/update' }).textContent()).toContain('update-sign');
  });

  it('takes one click from the summary to the failing step', async () => {
    await page.click('.failures a[href="#s-logistic-regression-dW"]');
    const step = page.locator('#s-logistic-regression-dW');
    const box = await step.boundingBox();
    expect(box && box.y >= -1 && box.y < 900).toBe(true);
    expect(await step.locator('h3 .badge').textContent()).toContain('Failed');
  });

  it("highlights the wrong cell, and only it, in the expected and the student's matrices", async () => {
    const step = stepOf(report('failing').results, 'logistic-regression', 'dW');
    const wrongCases = step.cases.filter((c) => c.status === 'failed').length;
    const cells = page.locator('#s-logistic-regression-dW td.wrong');
    expect(await cells.count()).toBe(2 * wrongCases);
    for (const cell of await cells.all()) {
      expect([await cell.getAttribute('data-row'), await cell.getAttribute('data-col')]).toEqual(WRONG_CELL.map(String));
    }
    // the first wrong case is open: its two marked cells are on the screen
    expect(await cells.nth(0).isVisible()).toBe(true);
    expect(await cells.nth(1).isVisible()).toBe(true);
    // marked by more than colour: an outline, and words for screen readers
    expect(await page.evaluate('getComputedStyle(document.querySelector("#s-logistic-regression-dW td.wrong")).outlineStyle')).toBe(
      'dashed',
    );
    expect(await cells.first().textContent()).toMatch(/^wrong: /);
  });

  it('draws the cost curves with one mark per recorded cost, and the decision boundary with one mark per example', async () => {
    const c = stepOf(report('failing').results, 'shallow-network', 'train').cases[0];
    const chart = page.locator('#s-shallow-network-train-c0-cost');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('circle.pt-student').count()).toBe(c.costs?.student.filter((v) => v !== null).length);
    expect(await chart.locator('rect.pt-reference').count()).toBe(c.costs?.reference.length);
    const boundary = page.locator('#s-shallow-network-train-c0-boundary');
    expect(await boundary.locator('g.points > *').count()).toBe(c.boundary?.points.length);
    expect(await boundary.locator('title').first().textContent()).toBe('Your decision boundary over the data');
  });

  it('lays out the right formula as math, with its diagnosis and notes', async () => {
    const diagnosis = page.locator('#s-shallow-network-update .diagnosis').first();
    expect(await diagnosis.locator('h4').textContent()).toContain('update-sign');
    const math = diagnosis.locator('math').first();
    expect(await math.isVisible()).toBe(true);
    expect((await math.boundingBox())?.height).toBeGreaterThan(10);
    expect(await diagnosis.locator('.note').textContent()).toContain('Lecture notes');
  });

  it('tabulates the gradient checks per tensor, the failing one marked', async () => {
    const row = page.locator('#s-deep-network-dW table.gradcheck tbody tr').first();
    expect(await row.locator('th').textContent()).toBe('dW');
    expect(await row.locator('.verdict').textContent()).toContain('fail');
  });

  it('has no serious or critical accessibility violation, every section open', async () => {
    await openAll(page);
    const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join('; ')})`,
      ),
    ).toEqual([]);
    // axe on the whole open report is CPU-bound: 20 s to over 60 s here at a load of 20+ on 2 cores
  }, 240_000);

  it('prints every section', async () => {
    await page.emulateMedia({ media: 'print' });
    await openAll(page);
    expect(await page.locator('details:not([open])').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.emulateMedia({ media: 'screen' });
  });

  it('made no network request', () => {
    expect(network).toEqual([]);
  });
});

describe('on a phone', () => {
  it("fits the screen's width, the failing step readable", async () => {
    const { page, network } = await openFile(browser, report('failing').file, { width: 390, height: 844 });
    await openAll(page);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.click('.failures a[href="#s-logistic-regression-dW"]');
    expect(await page.locator('#s-logistic-regression-dW td.wrong').first().isVisible()).toBe(true);
    expect(network).toEqual([]);
    await page.context().close();
  });
});

describe("an erroring submission's report", () => {
  it('shows the error and where it was thrown', async () => {
    const { page, network } = await openFile(browser, report('erroring').file);
    const relu = page.locator('#s-deep-network-relu');
    expect(await relu.locator('h3 .badge').textContent()).toContain('Error');
    expect(await relu.locator('.error-box').textContent()).toMatch(/TypeError:.*at deep-network\/relu\.ts:5:\d+/s);
    expect(network).toEqual([]);
    await page.context().close();
  });
});

describe("a passing submission's report", () => {
  it('says so, lists no failure, and is accessible', async () => {
    const { page, network } = await openFile(browser, report('passing').file);
    expect(await page.locator('#summary .verdict').textContent()).toBe('Every graded step passes.');
    expect(await page.locator('.failures').count()).toBe(0);
    await openAll(page);
    const violations = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(network).toEqual([]);
    await page.context().close();
  });
});
