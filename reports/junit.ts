// JUnit XML, as CI tools (GitLab, Jenkins, GitHub test reporters) read it: `testsuites` >
// `testsuite` per exercise > `testcase` per step. A wrong result is a `failure`, code that could
// not run (an exception, a time-out) an `error`, a step not graded in this run `skipped`. Under
// hidden seeds CI shows what the student may see: each step from its public cases (hidden-view.ts),
// and no hidden count, score or message.
import type { ExerciseResult, GradeResults, StepResult } from '../grader/model/results.js';
import { hasHidden, publicResults } from './hidden-view.js';
import type { ReportFile } from './registry.js';
import { points, stepText } from './text.js';

export function junitReport(results: GradeResults): ReportFile[] {
  return [{ file: 'junit.xml', content: junitXml(results) }];
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

export function junitXml(graded: GradeResults): string {
  const results = hasHidden(graded) ? publicResults(graded) : graded;
  const total = results.exercises.map(counts).reduce(add, { tests: 0, failures: 0, errors: 0, skipped: 0 });
  const attrs = {
    name: results.tool.name,
    ...total,
    time: seconds(results.durationMs),
    timestamp: results.startedAt.replace(/\.\d+Z$/, 'Z'),
  };
  const suites = results.exercises.map((e) => suite(e, results.startedAt));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${parent('testsuites', attrs, suites, 0)}`;
}

function suite(exercise: ExerciseResult, timestamp: string): string {
  const durationMs = exercise.steps.reduce((t, s) => t + s.durationMs, 0);
  const attrs = { name: exercise.id, ...counts(exercise), time: seconds(durationMs), timestamp: timestamp.replace(/\.\d+Z$/, 'Z') };
  const properties = parent(
    'properties',
    {},
    [
      leaf('property', { name: 'title', value: exercise.title }, '', 3),
      leaf('property', { name: 'score', value: `${points(exercise.score)}/${points(exercise.maxScore)}` }, '', 3),
    ],
    2,
  );
  return parent('testsuite', attrs, [properties, ...exercise.steps.map((s) => testcase(exercise, s))], 1);
}

function testcase(exercise: ExerciseResult, step: StepResult): string {
  const attrs = { name: step.id, classname: exercise.id, time: seconds(step.durationMs), ...(step.file ? { file: step.file } : {}) };
  const output = step.cases
    .map((c) => c.output)
    .filter(Boolean)
    .join('\n');
  return parent('testcase', attrs, [outcome(step), output ? leaf('system-out', {}, output, 3) : ''], 2);
}

/** The child that says how the step went; none for a passed step. */
function outcome(step: StepResult): string {
  const message = { message: step.message };
  switch (step.status) {
    case 'passed':
      return '';
    case 'skipped':
      return leaf('skipped', message, '', 3);
    case 'failed':
    case 'missing':
      return leaf('failure', { ...message, type: step.status }, stepText(step), 3);
    case 'error':
      return leaf('error', { ...message, type: step.error.name }, stepText(step), 3);
    case 'timeout':
      return leaf('error', { ...message, type: 'timeout' }, stepText(step), 3);
    case 'not-run':
      // a failure of the submission (its time ran out), not of the grader
      return leaf('failure', { ...message, type: 'not-run' }, stepText(step), 3);
  }
}

function counts(exercise: ExerciseResult): Counts {
  const of = (...statuses: StepResult['status'][]) => exercise.steps.filter((s) => statuses.includes(s.status)).length;
  return {
    tests: exercise.steps.length,
    failures: of('failed', 'missing', 'not-run'),
    errors: of('error', 'timeout'),
    skipped: of('skipped'),
  };
}

const add = (a: Counts, b: Counts): Counts => ({
  tests: a.tests + b.tests,
  failures: a.failures + b.failures,
  errors: a.errors + b.errors,
  skipped: a.skipped + b.skipped,
});

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

/** An element holding other elements (already rendered), each on its own line. */
function parent(name: string, attrs: Attributes, children: string[], depth: number): string {
  const pad = '  '.repeat(depth);
  const kids = children.filter(Boolean);
  return kids.length === 0 ? leaf(name, attrs, '', depth) : `${pad}<${name}${attributes(attrs)}>\n${kids.join('')}${pad}</${name}>\n`;
}

/** An element holding text: escaped here, kept on the tags' line so no whitespace is added to it. */
function leaf(name: string, attrs: Attributes, text: string, depth: number): string {
  const open = `${'  '.repeat(depth)}<${name}${attributes(attrs)}`;
  return text === '' ? `${open}/>\n` : `${open}>${escapeText(text)}</${name}>\n`;
}

type Attributes = Record<string, string | number>;

const attributes = (attrs: Attributes): string =>
  Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');

/**
 * Characters XML 1.0 cannot carry at all (control characters but tab, newline and carriage
 * return; U+FFFE, U+FFFF; unpaired surrogates), and terminal colour codes, which a student's
 * console.log may print and which would be noise in a CI report.
 */
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
const NOT_XML = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string): string => text.replace(ANSI, '').replace(NOT_XML, '');

export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and line breaks and tabs (which parsers would otherwise turn into spaces). */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
