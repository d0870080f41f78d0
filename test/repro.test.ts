// The commands the grader prints (repro lines, hints) start the way the run was started, so they
// work when pasted: npx in a student's workspace, npm run from a script, grade when installed.
import { describe, expect, it } from 'vitest';
import { INVOKED_ENV, invocation, reproLine, reproPrefix } from '../grader/engine/repro.js';

const bin = '/home/s/hw/node_modules/.bin/grade';

describe('how the run was invoked', () => {
  it('npx grade: npm exec running the grade bin', () => {
    expect(invocation({ npm_command: 'exec' }, ['node', bin])).toBe('npx grade');
    // a test run by `npx vitest` spawning bin/grade.js is not npx grade
    expect(invocation({ npm_command: 'exec' }, ['node', '/repo/bin/grade.js'])).toBe('grade');
  });

  it('npm run <script> --: a package script whose command is the grader, and only then', () => {
    const env = { npm_command: 'run-script', npm_lifecycle_event: 'grade', npm_lifecycle_script: 'node bin/grade.js' };
    expect(invocation(env, ['node', '/repo/bin/grade.js'])).toBe('npm run grade --');
    expect(invocation({ ...env, npm_command: 'run' }, ['node', '/repo/bin/grade.js'])).toBe('npm run grade --'); // npm 11
    const check = { ...env, npm_lifecycle_event: 'check', npm_lifecycle_script: 'grade --min-score 0.6' };
    expect(invocation(check, ['node', bin])).toBe('npm run check --');
    // `npm test` running vitest, which grades in-process: not a command a student could paste
    const test = { npm_command: 'run-script', npm_lifecycle_event: 'test', npm_lifecycle_script: 'tsc --noEmit && vitest run' };
    expect(invocation(test, ['node', '/x/vitest.mjs'])).toBe('grade');
  });

  it('grade otherwise (installed globally, or nothing says), and what the CLI decided first, in batch workers', () => {
    expect(invocation({}, ['node', '/usr/local/bin/grade'])).toBe('grade');
    expect(invocation({ npm_command: 'exec' }, ['node', '/x/vitest.mjs'])).toBe('grade');
    expect(invocation({ [INVOKED_ENV]: 'npx grade', npm_command: 'run-script' }, ['node', '/repo/dist/cli.js'])).toBe('npx grade');
  });
});

describe('repro commands', () => {
  it("repeat the folder and a teacher's exercises, quoted for the shell", () => {
    const prefix = reproPrefix({ submission: "subs/o'brien x", config: 'grade.config.json', exercisesDirs: ['own/tanh'] }, 'npx grade');
    expect(prefix).toBe("npx grade --submission 'subs/o'\\''brien x' --config grade.config.json --exercises-dir own/tanh");
    expect(reproLine(prefix, 'deep-network', 'db', 7)).toBe(`${prefix} --exercise deep-network --step db --seed 7`);
    expect(reproPrefix({}, 'grade')).toBe('grade');
  });
});
