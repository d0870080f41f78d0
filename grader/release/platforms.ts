// The platform bundles of a release: the full grader (reference, teachers' exercises, hidden seeds)
// laid out for Gradescope, PrairieLearn and GitHub Classroom, from templates/platforms/.
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Assignment } from '../config/assignment.js';
import { hiddenSeedsJson, type HiddenSeedsSource } from '../config/hidden-seeds.js';
import { EXERCISES } from '../spec/index.js';
import { packageRoot } from '../paths.js';
import { classroomWorkflow } from './classroom.js';
import { writeQuestions } from './prairielearn.js';
import { copyPythonRunner, copyTree, writeFile, writeJson, zipEntries } from './files.js';
import { zip } from './zip.js';

const template = (...parts: string[]): string => path.join(packageRoot(), 'templates', 'platforms', ...parts);
const copyTemplate = (from: string[], to: string, mode = 0o644): void => writeFile(to, readFileSync(template(...from)), mode);

/** The full grader as a package that `npm ci --omit=dev` installs, configured for the assignment. */
export function writeGraderPackage(dir: string, assignment: Assignment): void {
  const root = packageRoot();
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  // no scripts: `prepare` would rebuild dist/ from sources the bundle does not carry
  const { scripts: _scripts, ...manifest } = own;
  writeJson(path.join(dir, 'package.json'), manifest);
  copyFileSync(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  writeFile(path.join(dir, 'bin', 'grade.js'), readFileSync(path.join(root, 'bin', 'grade.js')), 0o755);
  copyTree(path.join(root, 'dist'), path.join(dir, 'dist'), (file) => !path.relative(path.join(root, 'dist'), file).startsWith('student'));
  copyTree(path.join(root, 'schema'), path.join(dir, 'schema'));
  copyTree(path.join(root, 'reference'), path.join(dir, 'reference'));
  // Python submissions run in this runner; their oracle is the TypeScript reference, as for TypeScript ones
  copyPythonRunner(dir);
  for (const t of assignment.teacher) copyTree(t.dir, path.join(dir, 'exercises', t.id));
  const builtIn = EXERCISES.map((e) => e.id).filter((id) => assignment.exercises.some((e) => e.id === id));
  const { title, points } = assignment.config ?? {};
  writeJson(path.join(dir, 'grade.config.json'), {
    $schema: './schema/grade.config.schema.json',
    ...(title ? { title } : {}),
    builtInExercises: builtIn,
    exercises: assignment.teacher.map((t) => `./exercises/${t.id}`),
    ...(points ? { points } : {}),
  });
}

export function writeGradescope(dir: string, grader: string, seeds: HiddenSeedsSource): void {
  copyTree(grader, path.join(dir, 'mlgrade'));
  writeFile(path.join(dir, 'hidden-seeds.json'), hiddenSeedsJson(seeds));
  copyTemplate(['gradescope', 'setup.sh'], path.join(dir, 'setup.sh'), 0o755);
  copyTemplate(['gradescope', 'run_autograder'], path.join(dir, 'run_autograder'), 0o755);
  const archive = zip(zipEntries(dir));
  copyTemplate(['gradescope', 'README.md'], path.join(dir, 'README.md'));
  writeFile(path.join(dir, 'autograder.zip'), archive);
}

export function writePrairieLearn(dir: string, grader: string, seeds: HiddenSeedsSource, assignment: Assignment): void {
  copyTree(grader, path.join(dir, 'mlgrade'));
  writeFile(path.join(dir, 'serverFilesCourse', 'mlgrade', 'hidden-seeds.json'), hiddenSeedsJson(seeds));
  copyTemplate(['prairielearn', 'run.sh'], path.join(dir, 'run.sh'), 0o755);
  for (const file of ['Dockerfile', 'info.json', 'README.md']) copyTemplate(['prairielearn', file], path.join(dir, file));
  writeQuestions(dir, assignment, JSON.parse(readFileSync(template('prairielearn', 'info.json'), 'utf8')) as Record<string, unknown>);
}

export function writeGithubClassroom(dir: string, assignment: Assignment): void {
  const workflow = classroomWorkflow(readFileSync(template('github-classroom', 'classroom.yml'), 'utf8'), assignment.exercises);
  writeFile(path.join(dir, '.github', 'workflows', 'classroom.yml'), workflow);
  copyTemplate(['github-classroom', 'README.md'], path.join(dir, 'README.md'));
}
