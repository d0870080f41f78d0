// Hostile submissions that try to make the grader say what it did not decide: fake "passed" lines,
// terminal escapes and CI commands on stdout, forged, malformed or polluting result-channel lines,
// result and output floods. And the result channel's own defences, line by line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../grader/model/results.js';
import { LineReader, parseReply } from '../grader/runner/channel.js';
import { MAX_OUTPUT_BYTES, MAX_RESPONSE_BYTES } from '../grader/runner/protocol.js';
import { escapeControl } from '../grader/runner/sanitize.js';
import {
  changes,
  expectNoSecrets,
  expectSteps,
  gradeCli,
  gradeInProcess,
  guardedDirs,
  leftoverChildren,
  prepareHostileTargets,
  snapshot,
  stepsOf,
  validateResults,
  type StepExpectation,
} from './helpers/hostile.js';
import { repoRoot } from './helpers/submission.js';
import { tempFolders } from './helpers/temp.js';

const temp = tempFolders('mlgrade-adv-');
beforeAll(prepareHostileTargets);

const FAKE_OUTPUT: StepExpectation[] = [
  { exercise: 'computation-graph', step: 'forward', status: 'failed' },
  { exercise: 'computation-graph', step: 'backward', status: 'failed' },
  // its forged replies carry a guessed nonce: ignored, its real (wrong) answer is graded
  { exercise: 'logistic-regression', step: 'predict', status: 'failed', message: /1 of 1|cases wrong/ },
  { exercise: 'logistic-regression', step: 'train', status: 'failed' },
  { exercise: 'deep-network', step: 'predict', status: 'failed' },
];

const BAD_CHANNEL: StepExpectation[] = [
  // noise on the channel answers nothing: the step is graded on what it returned, which is right
  { exercise: 'computation-graph', step: 'forward', status: 'passed' },
  // the runner's own encoding drops a __proto__ key: what arrives is an object without it
  { exercise: 'computation-graph', step: 'backward', status: 'failed', message: /missing/ },
  // records forged with __proto__ payloads, without the request's nonce: ignored
  { exercise: 'logistic-regression', step: 'predict', status: 'failed' },
  { exercise: 'logistic-regression', step: 'train', status: 'error', message: new RegExp(`more than ${MAX_RESPONSE_BYTES} bytes`) },
  { exercise: 'deep-network', step: 'predict', status: 'error', message: /printed more than \d+ bytes outside/ },
  // a forged line nested 100 000 levels deep: parsed without recursion, then ignored
  { exercise: 'shallow-network', step: 'predict', status: 'failed' },
];

/** Every case output of a step, as the results carry it. */
const outputsOf = (results: GradeResults, exercise: string, step: string): string =>
  stepsOf(results)
    .get(`${exercise}/${step}`)
    ?.cases.map((c) => c.output ?? '')
    .join('\n') ?? '';

describe('fake results on stdout', () => {
  it('are captured, capped and escaped; the step is graded on what it returned', async () => {
    const submission = temp.fixture('hostile/fail/fake-output');
    const before = snapshot(guardedDirs(submission));
    const { results, resultsFile } = await gradeInProcess(submission, temp());
    expect(validateResults(JSON.parse(readFileSync(resultsFile, 'utf8')))).toBe(true);
    expectSteps(results, FAKE_OUTPUT);
    const printed = outputsOf(results, 'computation-graph', 'forward');
    expect(printed).toContain('\\x1b[2J'); // shown, not obeyed
    expect(printed).toContain('\\r');
    expect(printed).toContain('\\u202e');
    expect(printed).toMatch(/^:\u200b:error::/m);
    expect(printed).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(printed).not.toMatch(/^::/m);
    for (const c of stepsOf(results).get('logistic-regression/train')?.cases ?? [])
      expect((c.output ?? '').length).toBeLessThanOrEqual(MAX_OUTPUT_BYTES);
    // raw writes to fd 1 never become a step's output, let alone the grader's
    expect(JSON.stringify(results)).not.toContain('"schemaVersion":1,"score":41');
    expect(changes(before, snapshot(guardedDirs(submission)))).toEqual([]);
    expect(await leftoverChildren()).toEqual([]);
  });

  it("never reach the grader's stdout: the console report and --json stay the grader's own", async () => {
    const submission = temp.fixture('hostile/fail/fake-output');
    const cwd = temp();
    const report = await gradeCli(['--submission', submission, '--no-color', '--out-dir', 'out'], cwd);
    expect(report.code, report.stderr).toBe(1);
    const lines = report.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::/.test(l) || /^\d+ passed, \d+ failed/.test(l.trim()) || /PASSED/.test(l))).toEqual([]);
    expect(report.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f\u202e]/);
    expect(report.stdout).toMatch(/^Score 3[0-9](\.\d+)?\/41 /m);
    expect(validateResults(JSON.parse(readFileSync(path.join(cwd, 'out', 'results.json'), 'utf8')))).toBe(true);
    const json = await gradeCli(['--submission', submission, '--json', '--out-dir', 'out2'], cwd);
    expect(json.code).toBe(1);
    const results = JSON.parse(json.stdout) as GradeResults;
    expect(validateResults(results)).toBe(true);
    expect(json.stdout).toBe(readFileSync(path.join(cwd, 'out2', 'results.json'), 'utf8'));
    expectSteps(results, FAKE_OUTPUT);
    expect(readdirSync(cwd).sort()).toEqual(['out', 'out2']);
    expectNoSecrets(report.stdout, report.stderr, json.stdout, json.stderr);
  });
});

describe('a submission that attacks the result channel', () => {
  it('fails only the attacking steps, and pollutes nothing', async () => {
    const submission = temp.fixture('hostile/error/bad-channel');
    const before = snapshot(guardedDirs(submission));
    // the steps' own limits (train: 10 s), not the suite's short one: the 20 MB reply is refused by
    // its size, and that must not turn into a timeout on a machine too loaded to move it in time
    const { results, resultsFile } = await gradeInProcess(submission, temp(), 'steps');
    expect(validateResults(JSON.parse(readFileSync(resultsFile, 'utf8')))).toBe(true);
    expectSteps(results, BAD_CHANNEL);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('passed');
    expect(changes(before, snapshot(guardedDirs(submission)))).toEqual([]);
    expect(await leftoverChildren()).toEqual([]);
  });
});

const reply = (extra: object): string =>
  JSON.stringify({ id: 7, nonce: '0123456789abcdef', type: 'returned', value: 1, mutations: [], output: '', ms: 1, ...extra });

describe('the result channel', () => {
  const problems: [string, string, RegExp][] = [
    ['not JSON', 'PASSED', /not JSON/],
    ['an unknown type', JSON.stringify({ id: 1, nonce: '0123456789abcdef', type: 'passed' }), /must be equal to one of|type/],
    ['an extra field', reply({ score: 41 }), /additional properties/],
    ['no nonce', JSON.stringify({ id: 7, type: 'threw', error: { name: 'E', message: 'm' }, output: '', ms: 1 }), /nonce/],
    [
      'a __proto__ key',
      reply({ value: JSON.parse('{"__proto__": {"polluted": 1}}') }).replace('"value":{}', '"value":{"__proto__":{"polluted":1}}'),
      /__proto__|property name|must/,
    ],
    ['a tag outside its shape', reply({ value: { a: { $m: [1, 2] } } }), /must|rows differ/],
    ['a tag on a plain object', reply({ value: { a: 1, $num: 'NaN' } }), /must/],
    ['a ragged matrix', reply({ value: { $m: [[1, 2], [3]] } }), /rows differ/],
    ['a number out of range', reply({}).replace('"value":1', '"value":1e999'), /out of range/],
    ['deep nesting', reply({}).replace('"value":1', `"value":${'['.repeat(5000)}${']'.repeat(5000)}`), /nested deeper/],
    ['an output over its cap', reply({ output: 'x'.repeat(MAX_OUTPUT_BYTES + 1) }), /output/],
    [
      'an inspection claiming a non-type',
      JSON.stringify({ id: 1, nonce: '0123456789abcdef', type: 'inspected', modules: { 'a.js': { exports: { f: 'passed' } } } }),
      /allowed values|must be equal/,
    ],
  ];
  it.each(problems)('refuses %s', (_name, line, why) => {
    const parsed = parseReply(line);
    expect('problem' in parsed && parsed.problem).toMatch(why);
  });

  it("accepts the runner's own replies and escapes the strings in them", () => {
    const parsed = parseReply(reply({ value: { W1: { $m: [[1, { $num: 'NaN' }]] }, note: 'a\x1b[31mb' }, output: 'x\r\n' }));
    expect(parsed).toEqual({
      reply: expect.objectContaining({ value: { W1: { $m: [[1, { $num: 'NaN' }]] }, note: 'a\\x1b[31mb' }, output: 'x\\r\n' }),
    });
  });

  it('stops reading past its byte budget', () => {
    const lines: string[] = [];
    const overflows: string[] = [];
    const reader = new LineReader(
      (l) => lines.push(l),
      (why) => overflows.push(why),
    );
    reader.push('{"a":1}\n{"b"');
    reader.push(':2}\n');
    expect(lines).toEqual(['{"a":1}', '{"b":2}']);
    reader.push('x'.repeat(MAX_RESPONSE_BYTES + 1));
    reader.push('\n{"c":3}\n');
    expect(overflows).toHaveLength(1);
    expect(lines).toHaveLength(2);
  });

  it('refuses a 20 MB reply by its size alone, however it is cut into chunks', () => {
    const lines: string[] = [];
    const overflows: string[] = [];
    const reader = new LineReader(
      (l) => lines.push(l),
      (why) => overflows.push(why),
    );
    const chunk = 'x'.repeat(64 * 1024);
    for (let sent = 0; sent < 20_000_000; sent += chunk.length) reader.push(chunk);
    reader.push('\n');
    expect(overflows).toEqual([`the step sent back more than ${MAX_RESPONSE_BYTES} bytes`]);
    expect(lines).toEqual([]);
  });

  it('is checked by a build-time validator that agrees with the schema compiled by ajv', () => {
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'channel.schema.json'), 'utf8'));
    const fresh = new Ajv2020({ discriminator: true, strict: true }).compile(schema);
    const samples = [
      ...problems.map(([, line]) => line),
      reply({}),
      reply({ value: { $m: [[1]] } }),
      JSON.stringify({ id: 0, type: 'ready' }),
      JSON.stringify({
        id: 3,
        nonce: 'ffffffffffffffff',
        type: 'inspected',
        modules: { 'a/b.js': { exports: { dW: 'function' } }, 'c.js': { error: { name: 'E', message: 'm', stack: 's' } } },
      }),
      JSON.stringify({ id: 3, nonce: 'FFFFFFFFFFFFFFFF', type: 'threw', error: { name: 'E', message: 'm' }, output: '', ms: 0 }),
    ];
    for (const line of samples) {
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch {
        continue;
      }
      const built = parseReply(line);
      // the shape checks the schema cannot express come first; past them the two must agree
      if ('problem' in built && /rows differ|out of range|nested deeper/.test(built.problem)) continue;
      expect('reply' in built, line.slice(0, 120)).toBe(fresh(data));
    }
  });

  it('escapes control characters, bidi overrides and CI commands, and keeps tabs and newlines', () => {
    expect(escapeControl('a\x1b[2Jb\rc\u202ed\te\nf\x00')).toBe('a\\x1b[2Jb\\rc\\u202ed\te\nf\\x00');
    expect(escapeControl('ok\n::error::x\n  ::warning::y')).toBe('ok\n:\u200b:error::x\n  :\u200b:warning::y');
  });
});
