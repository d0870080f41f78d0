// The Python runtime's small parts, without a Python process: which interpreter a sandbox can run,
// step names in snake_case, where a step is looked for, and which exercises are Python.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../grader/commands/init.js';
import { isMisconceptionId } from '../grader/diagnosis/catalogue.js';
import { NUMPY_FIX } from '../grader/python/hints.js';
import { findPython, usableByAnyone } from '../grader/python/interpreter.js';
import { isPythonExercise, locatePythonStep, pythonName, pythonNotDefined } from '../grader/python/layout.js';
import { splitLanguages, startPython } from '../grader/python/runtime.js';
import type { Sandbox } from '../grader/sandbox/index.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-python-units-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A python3 stand-in inside a folder only its owner may enter, like a pyenv under /root. */
function privatePython(): string {
  const home = path.join(dir, 'home');
  mkdirSync(path.join(home, 'bin'), { recursive: true });
  const file = path.join(home, 'bin', 'python3');
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  chmodSync(home, 0o700);
  return file;
}

describe('the interpreter', () => {
  it('skips a python the dedicated uid cannot reach, and says why', () => {
    const hidden = privatePython();
    expect(usableByAnyone(hidden)).toBe(false);
    const found = findPython({ MLGRADE_PYTHON: hidden, PATH: '' }, true);
    if ('problem' in found) expect(found.problem).toMatch(/cannot read/);
    else expect(found.file).not.toBe(hidden);
    expect(JSON.stringify(found)).toContain(hidden); // named among the skipped, or the problem
  });

  it('takes MLGRADE_PYTHON when every user can run it', () => {
    const open = path.join(dir, 'python3');
    writeFileSync(open, '#!/bin/sh\n');
    chmodSync(open, 0o755);
    chmodSync(dir, 0o755);
    expect(findPython({ MLGRADE_PYTHON: open }, true)).toEqual({ file: open });
  });
});

describe('names and layout', () => {
  it("maps step ids to the contract's Python names", () => {
    expect(['initializeWithZeros', 'linearForward', 'dZ', 'dW', 'db', 'dAPrev', 'train'].map(pythonName)).toEqual([
      'initialize_with_zeros',
      'linear_forward',
      'dZ',
      'dW',
      'db',
      'dA_prev',
      'train',
    ]);
  });

  it('prefers a step file, then a module, then a notebook', () => {
    expect(locatePythonStep(['dZ.py', 'deep_network.py'], 'dZ', 'deep-network')).toMatchObject({ file: 'dZ.py', index: 'deep_network.py' });
    expect(locatePythonStep(['deep-network.ipynb', 'deep_network.py'], 'dZ', 'deep-network').index).toBe('deep_network.py');
    const notebookOnly = locatePythonStep(['deep-network.ipynb'], 'dAPrev', 'deep-network');
    expect(notebookOnly).toMatchObject({ file: undefined, index: 'deep-network.ipynb' });
  });

  it('says what a file defines when it lacks a step, in Python names', () => {
    const exports = { linear_forwrd: 'function', linearForwrd: 'function', np: 'object' };
    expect(pythonNotDefined('deep-network/deep_network.py', 'linearForward', exports)).toBe(
      'deep-network/deep_network.py does not define linear_forward (it defines: linear_forwrd, np)',
    );
  });

  it('grades an exercise in Python only when all its files are Python', () => {
    expect(isPythonExercise(['dZ.py', 'deep-network.ipynb'])).toBe(true);
    expect(isPythonExercise(['dZ.py', 'dW.ts'])).toBe(false);
    const text = { text: '' };
    const split = splitLanguages([
      { id: 'a', files: [{ name: 'dZ.py', ...text }] },
      {
        id: 'b',
        files: [
          { name: 'dZ.ts', ...text },
          { name: 'notes.py', ...text },
        ],
      },
    ]);
    expect(split.python.map((e) => e.id)).toEqual(['a']);
    expect(split.node).toEqual([
      { id: 'a', files: [] },
      { id: 'b', files: [{ name: 'dZ.ts', text: '' }] },
    ]);
  });
});

describe('numpy hints', () => {
  it('are keyed by misconception ids of the catalogue', () => {
    expect(Object.keys(NUMPY_FIX).filter((id) => !isMisconceptionId(id))).toEqual([]);
  });
});

describe('the Python process', () => {
  it('is not started for a submission without Python files', async () => {
    const sandbox = {
      root: dir,
      launchesFor: () => {
        throw new Error('no launch may be asked for');
      },
    } as unknown as Sandbox;
    const python = startPython([], sandbox);
    expect(python.proc).toBeUndefined();
    expect(python.exercises.size).toBe(0);
    await python.close();
  });
});

describe('grade init --language python', () => {
  it('makes a workspace of the Python starters, without a tsconfig', () => {
    const workspace = path.join(dir, 'workspace');
    const made = initWorkspace(workspace, undefined, 'python');
    expect(existsSync(path.join(workspace, 'exercises', 'deep-network', 'dA_prev.py'))).toBe(true);
    expect(existsSync(path.join(workspace, 'exercises', 'deep-network', 'dAPrev.ts'))).toBe(false);
    expect(made).not.toContain('tsconfig.json');
  });
});
