// Reads the earlier batch `grade batch --compare` compares with: its grades.csv (a file), or its
// --out-dir (a folder: grades.csv, and students/<id>/results.json for the steps). Whatever is
// wrong with it (no such file, not a gradebook, a score that is not a number) comes back as a
// message naming the file, and the batch goes on without the comparison. Gradebooks written before
// the `status` column are read too (an empty score is "not graded").
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { EarlierBatch, EarlierStudent } from '../../reports/class/changes.js';
import { stepsOf } from '../../reports/class/changes.js';
import { NOT_GRADED, parseCsv } from '../../reports/class/csv.js';
import { GRADES_CSV } from '../../reports/class/index.js';
import type { GradeResults } from '../model/results.js';
import { resultsPath } from './store.js';

/** A gradebook larger than this is not one grade batch wrote for a class. */
const MAX_BYTES = 64 << 20;
/** Ids as grade batch makes them (layout.ts): nothing that climbs out of students/. */
const SAFE_ID = /^(?!\.\.?$)[\w.@+-]+$/;

class Unreadable extends Error {}

/**
 * `outDir`: this batch's own; when it is the folder given, its results.json files are already this
 * batch's (its grades.csv is not yet), so only the scores are compared.
 */
export function readEarlierBatch(given: string, outDir?: string): EarlierBatch {
  try {
    const folder = existsSync(given) && statSync(given).isDirectory() ? given : undefined;
    const csv = folder ? path.join(folder, GRADES_CSV) : given;
    const students = readGradebook(csv);
    const own = folder !== undefined && outDir !== undefined && path.resolve(folder) === path.resolve(outDir);
    if (folder && !own) for (const [id, s] of students) s.steps = earlierSteps(folder, id);
    return { status: 'read', source: given, students };
  } catch (error) {
    const why = error instanceof Unreadable ? error.message : `cannot read ${given}: ${(error as Error).message}`;
    return { status: 'unreadable', source: given, error: why };
  }
}

function readGradebook(file: string): Map<string, EarlierStudent> {
  if (!existsSync(file)) throw new Unreadable(`no ${file}: give an earlier batch's grades.csv or its --out-dir`);
  if (statSync(file).size > MAX_BYTES) throw new Unreadable(`${file} is larger than 64 MB: not a grades.csv of grade batch`);
  const [header = [], ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const column = (name: string): number => header.findIndex((h) => h.trim() === name);
  const [student, score, status] = [column('student'), column('score'), column('status')];
  if (student < 0 || score < 0)
    throw new Unreadable(`${file} is not a grades.csv of grade batch: its first line has no "student" and "score" columns`);
  const found = new Map<string, EarlierStudent>();
  rows.forEach((row, i) => {
    const id = row[student]?.trim() ?? '';
    // a group has one row per member, all with the same score: the first is enough
    if (id === '' || found.has(id)) return;
    found.set(id, { score: scoreCell(row[score] ?? '', row[status] ?? '', `${file} line ${i + 2}`) });
  });
  return found;
}

function scoreCell(cell: string, status: string, where: string): number | null {
  if (status.trim() === NOT_GRADED || cell.trim() === '') return null;
  const value = Number(cell);
  if (!Number.isFinite(value)) throw new Unreadable(`${where}: the score "${cell.slice(0, 40)}" is not a number`);
  return value;
}

/** The student's steps from their earlier results.json; none when it is missing, unreadable or not graded. */
function earlierSteps(folder: string, id: string): Record<string, boolean> | undefined {
  if (!SAFE_ID.test(id)) return undefined;
  try {
    const file = resultsPath(folder, id);
    if (statSync(file).size > MAX_BYTES) return undefined;
    const results = JSON.parse(readFileSync(file, 'utf8')) as GradeResults;
    if (!Array.isArray(results.exercises) || results.graderError) return undefined;
    return stepsOf({ student: id, results, durationMs: 0 });
  } catch {
    return undefined;
  }
}
