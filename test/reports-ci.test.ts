// The CI writers: JUnit XML (structure as CI tools read it, counts, escaping, no control
// characters) and GitHub Actions (annotations on the student's file and line, the step summary).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { withSkippedExercises } from '../grader/cli/complete.js';
import type { Draft, GradeResults, StepResult } from '../grader/model/results.js';
import { EXERCISES } from '../grader/spec/index.js';
import { annotations, definitionLine, emitGitHubActions, githubReport, githubSummary, workflowCommand } from '../reports/github.js';
import { junitReport, junitXml, xmlSafe } from '../reports/junit.js';
import { cleanUp, graded, OUTCOMES } from './helpers/graded.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-gh-');

afterAll(cleanUp);

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});
const parse = (xml: string): Node => parser.parse(xml) as Node;
const suitesOf = (doc: Node) => (doc.testsuites as Node).testsuite as Node[];
const casesOf = (suite: Node) => suite.testcase as Node[];

/** Every element and attribute the JUnit consumers read, checked on one document. */
function checkJUnit(results: GradeResults, xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parse(xml);
  const root = doc.testsuites as Node;
  const suites = suitesOf(doc);
  expect(suites.map((s) => s.name)).toEqual(results.exercises.map((e) => e.id));
  let totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  suites.forEach((suite, i) => {
    const steps = results.exercises[i].steps;
    const cases = casesOf(suite);
    expect(cases.map((c) => c.name)).toEqual(steps.map((s) => s.id));
    const count = (key: string) => cases.filter((c) => key in c).length;
    const counts = { tests: cases.length, failures: count('failure'), errors: count('error'), skipped: count('skipped') };
    expect({
      tests: Number(suite.tests),
      failures: Number(suite.failures),
      errors: Number(suite.errors),
      skipped: Number(suite.skipped),
    }).toEqual(counts);
    totals = {
      tests: totals.tests + counts.tests,
      failures: totals.failures + counts.failures,
      errors: totals.errors + counts.errors,
      skipped: totals.skipped + counts.skipped,
    };
    cases.forEach((c, j) => checkCase(c, steps[j]));
  });
  expect({
    tests: Number(root.tests),
    failures: Number(root.failures),
    errors: Number(root.errors),
    skipped: Number(root.skipped),
  }).toEqual(totals);
  expect(Number(root.time)).toBeGreaterThanOrEqual(0);
}

function checkCase(c: Node, step: StepResult): void {
  expect(Number(c.time)).toBeGreaterThanOrEqual(0);
  const child = {
    passed: undefined,
    failed: 'failure',
    missing: 'failure',
    error: 'error',
    timeout: 'error',
    skipped: 'skipped',
    'not-run': 'failure',
  }[step.status];
  for (const name of ['failure', 'error', 'skipped']) expect(name in c, `${step.id} ${name}`).toBe(name === child);
  if (child === 'failure' || child === 'error') {
    const outcome = c[child] as Node;
    expect(outcome.message).toBe(xmlSafe(step.message));
    expect(String(outcome['#text'])).toContain(step.repro);
  }
}

describe('JUnit XML', () => {
  it.each(OUTCOMES)('%s: testsuites > testsuite per exercise > testcase per step, counts that add up', async (outcome) => {
    const results = await graded(outcome);
    checkJUnit(results, junitXml(results));
  });

  it('a wrong result is a failure, an exception an error with its type', async () => {
    const doc = parse(junitXml(await graded('erroring')));
    const deep = suitesOf(doc).find((s) => s.name === 'deep-network');
    const relu = casesOf(deep ?? {}).find((c) => c.name === 'relu');
    expect((relu?.error as Node).type).toBe('TypeError');
    const failing = parse(junitXml(await graded('failing')));
    const cost = casesOf(suitesOf(failing).find((s) => s.name === 'logistic-regression') ?? {}).find((c) => c.name === 'cost');
    expect((cost?.failure as Node).type).toBe('failed');
    expect(String((cost?.failure as Node)['#text'])).toContain('Misconception cost-sign');
  });

  it('an exercise left out of the run is skipped, step by step', async () => {
    const passing = await graded('passing');
    const only = { ...passing, exercises: passing.exercises.filter((e) => e.id === 'computation-graph') };
    const results = withSkippedExercises(only, EXERCISES, () => 'grade');
    checkJUnit(results, junitXml(results));
    const doc = parse(junitXml(results));
    expect(Number((doc.testsuites as Node).skipped)).toBe(EXERCISES.slice(1).reduce((n, e) => n + e.steps.length, 0));
  });

  it('escapes markup and drops what XML cannot carry: control characters, colour codes, lone surrogates', async () => {
    const results = structuredClone(await graded('failing')) as Draft<GradeResults>;
    const step = results.exercises[1].steps.find((s) => s.status === 'failed');
    if (!step) throw new Error('no failed step');
    step.message = 'bad <tag> & "quotes" \'apos\'\u0000\u0007\u001b[31mred\u001b[0m\ud800 end\nnext line';
    step.cases[0].output = 'printed\u0001 <b>bold</b> ]]> \u001b[1mbright\u001b[22m';
    const xml = junitXml(results);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml).not.toContain('\ud800');
    checkJUnit(results, xml);
    const testcase = casesOf(suitesOf(parse(xml))[1]).find((c) => c.name === step.id);
    expect((testcase?.failure as Node).message).toBe('bad <tag> & "quotes" \'apos\'red end\nnext line');
    expect(testcase?.['system-out']).toContain('printed <b>bold</b> ]]> bright');
  });

  it('writes junit.xml', async () => {
    expect(junitReport(await graded('passing'))[0].file).toBe('junit.xml');
  });
});

describe('GitHub Actions', () => {
  it('annotates each broken step at its file and line, relative to the workspace', async () => {
    const results = await graded('failing');
    const workspace = path.dirname(results.submission);
    const read = (file: string, step: string) => definitionLine(readFileSync(file, 'utf8'), step);
    const list = annotations(results, workspace, read);
    const dW = list.find((a) => a.title === 'logistic-regression/dW: failed');
    const base = path.basename(results.submission);
    expect(dW).toMatchObject({ file: `${base}/logistic-regression/dW.ts`, line: 4 });
    expect(list.find((a) => a.title === 'shallow-network/update: failed')?.message).toContain('update-sign');
    const broken = results.exercises.flatMap((e) => e.steps).filter((s) => s.status !== 'passed' && s.status !== 'skipped');
    expect(list).toHaveLength(broken.length);
  });

  it('points an error at the line that threw', async () => {
    const results = await graded('erroring');
    const relu = annotations(results, results.submission).find((a) => a.title.startsWith('deep-network/relu'));
    expect(relu).toMatchObject({ file: 'deep-network/relu.ts', line: 5 });
    expect(relu?.col).toBeGreaterThan(0);
  });

  it('escapes workflow commands as the Actions toolkit does', () => {
    const command = workflowCommand({ file: 'a,b:c.ts', line: 3, title: 'x: y, z', message: '50% done\nnext: line' });
    expect(command).toBe('::error file=a%2Cb%3Ac.ts,line=3,title=x%3A y%2C z::50%25 done%0Anext: line');
  });

  it('finds where a step is defined', () => {
    expect(definitionLine('import x;\n\nexport function dW(X) {}\n', 'dW')).toBe(3);
    expect(definitionLine('export const dW = (X) => X;\n', 'dW')).toBe(1);
    expect(definitionLine('export function dWrong() {}\n', 'dW')).toBeUndefined();
  });

  it('summarises the run in Markdown: score, a row per exercise, what to fix', async () => {
    const md = githubSummary(await graded('failing'));
    expect(md).toMatch(/^## mlgrade: [\d.]+\/41 \(\d+%\)/);
    expect(md.split('\n').filter((l) => /^\| (?!Exercise|---)/.test(l))).toHaveLength(4);
    expect(md).toContain('### What to fix');
    expect(md).toContain('**shallow-network/update** (failed)');
    expect(githubReport(await graded('passing'))[0].file).toBe('github-summary.md');
  });

  it('inside Actions only: prints the commands and appends the summary to $GITHUB_STEP_SUMMARY', async () => {
    const results = await graded('failing');
    const dir = temp();
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, 'before\n');
    const out: string[] = [];
    const stream = { write: (t: string) => out.push(t) };
    emitGitHubActions(results, { GITHUB_STEP_SUMMARY: summary }, stream);
    expect(out).toEqual([]);
    emitGitHubActions(
      results,
      { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: path.dirname(results.submission) },
      stream,
    );
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((line) => line.startsWith('::error file=') && line.endsWith('\n'))).toBe(true);
    expect(readFileSync(summary, 'utf8')).toBe(`before\n${githubSummary(results)}`);
  });
});
