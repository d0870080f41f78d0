// `grade release --out DIR`: the three copies of an assignment from the one the teacher edits —
// what students get (no solutions), what the platforms run (solutions and hidden seeds) — and the
// workflow for GitHub Classroom. Everything is written into a fresh folder, then moved in place.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../cli/exit.js';
import { assignmentFor, type AssignmentArgs } from '../config/assignment.js';
import { drawSecret, HIDDEN_SEEDS_FILE, hiddenSeedsJson, readHiddenSeedsSource, type HiddenSeedsSource } from '../config/hidden-seeds.js';
import { UsageError } from '../engine/errors.js';
import { PUBLIC_SEED } from '../engine/seeds.js';
import { buildTable } from './table-build.js';
import { writeFile } from './files.js';
import { writeGithubClassroom, writeGradescope, writeGraderPackage, writePrairieLearn } from './platforms.js';
import { type StarterLanguage, writeStudentBundle } from './student.js';
import { releaseReadme } from './texts.js';

export interface ReleaseArgs extends AssignmentArgs {
  out: string;
  /** The starters students get (default TypeScript). */
  language?: StarterLanguage;
}

/** Marks a folder as a release, which a later release may replace. */
const MARKER = '.mlgrade-release';

export async function runRelease(args: ReleaseArgs, log: (line: string) => void): Promise<ExitCode> {
  const out = path.resolve(args.out);
  assertReplaceable(out);
  // the seeds file is the release's to copy, not seeds to grade with: the assignment is read without it
  const assignment = await assignmentFor({ ...args, hiddenSeedsFile: undefined });
  const seeds: HiddenSeedsSource =
    args.hiddenSeedsFile !== undefined
      ? readHiddenSeedsSource(path.resolve(args.hiddenSeedsFile))
      : drawSecret(assignment.config?.release?.hiddenSeedCount);
  log(`Precomputing the public cases of ${assignment.exercises.map((e) => e.id).join(', ')} (seed ${PUBLIC_SEED})…`);
  const { table, warnings } = buildTable(assignment.exercises, PUBLIC_SEED);
  mkdirSync(path.dirname(out), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}-`));
  try {
    const ownStarters = writeStudentBundle(path.join(staging, 'student'), assignment, table, args.language);
    for (const id of ownStarters) warnings.push(`${id} has no Python starters: student/exercises/${id}/ holds its own starter`);
    writeGraderPackage(path.join(staging, 'grader'), assignment);
    writeGradescope(path.join(staging, 'gradescope'), path.join(staging, 'grader'), seeds);
    writePrairieLearn(path.join(staging, 'prairielearn'), path.join(staging, 'grader'), seeds, assignment);
    rmSync(path.join(staging, 'grader'), { recursive: true });
    writeGithubClassroom(path.join(staging, 'github-classroom'), assignment);
    writeFile(path.join(staging, HIDDEN_SEEDS_FILE), hiddenSeedsJson(seeds), 0o600);
    writeFile(
      path.join(staging, 'README.md'),
      releaseReadme(
        assignment.exercises.map((e) => e.id),
        seeds,
      ),
    );
    writeFile(path.join(staging, MARKER), 'Written by `grade release`; a later release may replace this folder.\n');
    rmSync(out, { recursive: true, force: true });
    renameSync(staging, out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  for (const warning of warnings) log(`warning: ${warning}`);
  const folders = 'student/, gradescope/ (autograder.zip), prairielearn/, github-classroom/';
  log(`Wrote ${args.out}/: ${folders}, ${HIDDEN_SEEDS_FILE} (the hidden seeds' secret: keep it private)`);
  return ExitCode.passed;
}

/** An empty or missing folder, or an earlier release: anything else is the teacher's, and kept. */
function assertReplaceable(out: string): void {
  if (!existsSync(out) || existsSync(path.join(out, MARKER))) return;
  if (readdirSync(out).length > 0) throw new UsageError(`${out} is not empty and is not an earlier release: pass --out with a new folder`);
}
