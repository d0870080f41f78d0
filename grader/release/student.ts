// The student bundle: the workspace students get (starters, READMEs, the helper's types) and a
// grader that works there without any reference or mutant code — the student build of the CLI
// (dist/student/, see student-build.mjs) with the oracle table of the public seed.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Assignment } from '../config/assignment.js';
import type { OracleTable, TableStep } from '../oracle/table.js';
import { packageRoot } from '../paths.js';
import { copyPythonRunner, copyTree, writeFile, writeJson } from './files.js';
import { studentLockfile, type GraderManifest } from './lockfile.js';
import { studentReadme } from './texts.js';

/** The grader's runtime files besides the CLI: the student-process runner, the helper, the reply validator. */
const RUNTIME = ['child.cjs', 'np.js', 'np.cjs', 'channel-validate.cjs'];
const TABLE_FILE = 'oracle.json';

/** The language of the starters students get: Python uses exercises-python/ (a teacher's exercise keeps its own starter). */
export type StarterLanguage = 'typescript' | 'python';

/** Writes the bundle; returns the teacher's exercises whose starters are not in `language` (for a warning). */
export function writeStudentBundle(
  dir: string,
  assignment: Assignment,
  table: OracleTable,
  language: StarterLanguage = 'typescript',
): string[] {
  const root = packageRoot();
  if (!existsSync(path.join(root, 'dist', 'student', 'cli.js')))
    throw new Error('dist/student/ is missing: run `npm run build` in the mlgrade folder');
  const kept = writeWorkspace(dir, assignment, language);
  const grader = path.join(dir, 'mlgrade');
  copyTree(path.join(root, 'dist', 'student'), path.join(grader, 'dist'), (file) => path.basename(file) !== 'meta.json');
  for (const file of RUNTIME) copyFileSync(path.join(root, 'dist', file), path.join(grader, 'dist', file));
  // the runner of Python submissions: the harness only, no reference (Python's oracle is oracle.json too)
  copyPythonRunner(grader);
  writeFile(path.join(grader, 'bin', 'grade.js'), readFileSync(path.join(root, 'bin', 'grade.js')), 0o755);
  // the helper's source gives students' editors its types (it is theirs to use, not a solution)
  copyFileSync(path.join(root, 'grader', 'np.ts'), path.join(mkdirp(grader, 'types'), 'np.ts'));
  copyTree(path.join(root, 'grader', 'np'), path.join(grader, 'types', 'np'));
  writeFile(path.join(grader, TABLE_FILE), JSON.stringify(withTeachingHints(table)));
  const manifest = graderPackage(root);
  writeJson(path.join(grader, 'package.json'), manifest);
  writeJson(path.join(dir, 'package-lock.json'), studentLockfile(root, WORKSPACE, manifest));
  return kept;
}

const WORKSPACE = 'ml-exercises';

function writeWorkspace(dir: string, assignment: Assignment, language: StarterLanguage): string[] {
  const starters = path.join(packageRoot(), language === 'python' ? 'exercises-python' : 'exercises');
  const teacher = new Map(assignment.teacher.map((t) => [t.id, t.dir]));
  copyFileSync(path.join(starters, 'README.md'), path.join(mkdirp(dir, 'exercises'), 'README.md'));
  for (const exercise of assignment.exercises) {
    const own = teacher.get(exercise.id);
    copyTree(own ? path.join(own, 'starter') : path.join(starters, exercise.id), path.join(dir, 'exercises', exercise.id));
  }
  writeFile(path.join(dir, 'README.md'), studentReadme(assignment, language));
  writeFile(path.join(dir, '.gitignore'), 'node_modules/\ngrade-results/\n');
  writeJson(path.join(dir, 'package.json'), {
    name: WORKSPACE,
    private: true,
    type: 'module',
    // the grader is a workspace package: `npm install` links it and its `grade` command
    workspaces: ['mlgrade'],
    scripts: { grade: 'grade' },
    engines: { node: '^20.19.0 || ^22.12.0 || >=24' },
  });
  if (language === 'python') return assignment.teacher.map((t) => t.id);
  writeJson(path.join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ['exercises'],
  });
  return [];
}

/**
 * The grader's package: `mlgrade/np` for students' imports, `grade` for their shell,
 * and only the dependencies the student build imports.
 */
function graderPackage(root: string): GraderManifest {
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: Record<string, string>;
    engines: object;
  };
  const names = [...studentImports(root)].sort();
  return {
    name: 'mlgrade',
    version: own.version,
    private: true,
    type: 'module',
    engines: own.engines,
    bin: { grade: 'bin/grade.js' },
    exports: { './np': { types: './types/np.ts', require: './dist/np.cjs', default: './dist/np.js' } },
    dependencies: Object.fromEntries(names.map((name) => [name, own.dependencies[name]])),
  };
}

/** Packages the student build leaves external (its metafile), and esbuild, which compile.ts requires at run time. */
function studentImports(root: string): Set<string> {
  const meta = JSON.parse(readFileSync(path.join(root, 'dist', 'student', 'meta.json'), 'utf8')) as {
    outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
  };
  const names = new Set(['esbuild']);
  for (const output of Object.values(meta.outputs)) {
    for (const i of output.imports)
      if (i.external && !i.path.startsWith('node:'))
        names.add(i.path.startsWith('@') ? i.path.split('/').slice(0, 2).join('/') : i.path.split('/')[0]);
  }
  return names;
}

/**
 * The table with each mutant's hint replaced by one that teaches rather than gives the line of code
 * (a mutant's hint is the fix, e.g. `np.add(np.dot(W, APrev), b)`): the student is sent back to
 * the formula, which the diagnosis states, and to `grade explain`.
 */
export function withTeachingHints(table: OracleTable): OracleTable {
  const hint = (id: string): string =>
    `Write the right formula above your line, with the shape of every term under it, and change what differs (grade explain ${id}).`;
  const step = (s: TableStep): TableStep => ({ ...s, mutants: s.mutants.map((m) => ({ ...m, hint: hint(m.id) })) });
  const exercises = table.exercises.map((e) => ({ ...e, steps: e.steps.map(step) }));
  return { ...table, exercises };
}

function mkdirp(...parts: string[]): string {
  const dir = path.join(...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
