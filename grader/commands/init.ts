// `grade init DIR`: a student workspace anywhere, outside the grader's repository — the starters
// and their READMEs, a package.json that installs the grader (so `npx grade` is this grader, not an
// unrelated npm package), and a tsconfig.json under which editors and `npx tsc --noEmit` resolve
// `ml-matrix` and `mlgrade/np`. Never the reference solutions.
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../cli/exit.js';
import { UsageError } from '../engine/errors.js';
import { packageRoot } from '../paths.js';
import { TOOL } from '../version.js';
import type { CommandModule } from './types.js';

/** The workspace's package.json: the grader as a dependency, and the commands a student types. */
function manifest(name: string, grader: string): object {
  return {
    name,
    private: true,
    type: 'module',
    scripts: { grade: 'grade', typecheck: 'tsc --noEmit' },
    devDependencies: { mlgrade: grader, typescript: '^5.9.0' },
  };
}

/** Strict like the grader's own; `mlgrade/np` resolves through the installed package's exports (its `types`). */
const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2022'],
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    esModuleInterop: true,
  },
  include: ['exercises'],
};

const README = (dir: string): string => `# Machine-learning exercises

Your workspace: one folder per exercise in \`exercises/\`, one file per step. Each starter throws
"not implemented yet" until you write it; read the exercise's README first.

    npm install          # once: installs the grader (mlgrade) and TypeScript
    npx grade            # grades every step, and prints the command that re-runs one
    npx grade --exercise logistic-regression --step sigmoid
    npx tsc --noEmit     # type errors in your files, with file and line

Made by \`grade init ${dir}\`.
`;

const PYTHON_NOTE = `
The starters are Python (numpy): the grader runs them with /usr/bin/python3 and its numpy
(Debian/Ubuntu: \`apt-get install python3-numpy\`), or the python3 named by MLGRADE_PYTHON.
`;

/** Writes the workspace; refuses a folder that already holds files. Python: the numpy starters, no tsconfig. */
export function initWorkspace(dir: string, grader = `^${TOOL.version}`, language: 'typescript' | 'python' = 'typescript'): string[] {
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new UsageError(`${dir} is not empty: grade init makes a new workspace (pass a new folder)`);
  mkdirSync(dir, { recursive: true });
  const python = language === 'python';
  const starters = path.join(packageRoot(), python ? 'exercises-python' : 'exercises');
  cpSync(starters, path.join(dir, 'exercises'), { recursive: true });
  const files: Record<string, string> = {
    'package.json': JSON.stringify(
      manifest(
        path
          .basename(path.resolve(dir))
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, '-'),
        grader,
      ),
      null,
      2,
    ),
    ...(python ? {} : { 'tsconfig.json': JSON.stringify(TSCONFIG, null, 2) }),
    'README.md': README(dir) + (python ? PYTHON_NOTE : ''),
    '.gitignore': 'node_modules/\ngrade-results/\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), `${text.trimEnd()}\n`);
  return ['exercises/', ...Object.keys(files)];
}

export const initCommand: CommandModule = {
  command: 'init <dir>',
  describe: 'Make a student workspace in DIR (starters, READMEs, package.json, tsconfig.json), outside this repository',
  options: {
    language: { type: 'string', describe: 'The starters: typescript (default), or python (numpy)' },
    from: {
      type: 'string',
      describe:
        `What the workspace's package.json installs the grader from: a ` +
        `version, a tarball (npm pack) or a git URL (default ^${TOOL.version})`,
    },
  },
  examples: [
    ['grade init ~/ml-homework', 'then: cd ~/ml-homework && npm install && npx grade'],
    ['grade init hw --from ./mlgrade-0.1.0.tgz', 'install the grader from a packed tarball'],
    ['grade init hw --language python', 'the Python (numpy) starters'],
  ],
  async run(args) {
    const dir = String(args.dir);
    const from = typeof args.from === 'string' ? args.from : undefined;
    // a relative tarball path is meant from here, not from the new folder
    const grader = from && /\.(tgz|tar\.gz)$/.test(from) && !from.startsWith('file:') ? `file:${path.resolve(from)}` : from;
    const made = initWorkspace(dir, grader, args.language === 'python' ? 'python' : 'typescript');
    process.stdout.write(`Made ${dir}: ${made.join(', ')}\nNext: cd ${dir} && npm install && npx grade\n`);
    return ExitCode.passed;
  },
};
