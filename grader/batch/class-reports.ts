// The batch's class-wide files, once every student is graded (or the batch was interrupted): the
// similarity evidence is gathered here, the reports are pure writers over it, and what the console
// should add about them (an export's caveat) comes back as notes.
import { classReports, type ClassEntry } from '../../reports/class/index.js';
import { withoutEmail } from '../../reports/class/lms.js';
import type { ExerciseSpec } from '../spec/types.js';
import type { StudentSource } from './discover.js';
import type { BatchArgs } from './run.js';
import { batchFingerprints, similarPairs } from './similarity.js';
import { writeReportFiles } from './store.js';
import { readEarlierBatch } from './earlier.js';
import { sameWrongOutputs, wrongOutputs, type WrongOutputs } from './outputs.js';
import type { GradeResults } from '../model/results.js';
import { withoutEvidence } from '../model/assemble.js';
import { changesLine, classChanges } from '../../reports/class/changes.js';

/** What the class reports need of each student, kept as they are graded. */
export class ClassCollector {
  readonly entries = new Map<string, ClassEntry>();
  /** Hashed from the cases, which the entries leave out. */
  readonly outputs = new Map<string, WrongOutputs>();

  keep(source: StudentSource, results: GradeResults): void {
    this.entries.set(source.id, classEntry(source, results));
    this.outputs.set(source.id, wrongOutputs(results));
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entries of those kept, in the batch's order. */
  inOrder(students: StudentSource[]): ClassEntry[] {
    return students.flatMap((s) => this.entries.get(s.id) ?? []);
  }
}

/** The class reports read statuses, scores and diagnoses only: the cases stay in results.json. */
function classEntry(source: StudentSource, results: GradeResults): ClassEntry {
  const members = source.submitters && source.submitters.length > 0 ? { members: source.submitters } : {};
  return { student: source.id, name: source.name, ...members, results: withoutEvidence(results), durationMs: results.durationMs };
}

export interface ClassInput {
  args: BatchArgs;
  /** Everyone in the batch, graded or not (the batch's order). */
  students: StudentSource[];
  /** Those with results, in the same order. */
  entries: ClassEntry[];
  /** Each graded student's wrong outputs (outputs.ts), by id. */
  outputs: Map<string, WrongOutputs>;
  specs: ExerciseSpec[];
  scratch: string;
  meta: string;
}

export function writeClassReports(input: ClassInput): { written: string[]; notes: string[] } {
  const { args, entries } = input;
  const graded = new Set(entries.map((e) => e.student));
  const prints = batchFingerprints(
    input.students.filter((s) => graded.has(s.id)),
    input.specs.map((s) => s.id),
    input.scratch,
  );
  const exports = args.exports ?? [];
  const similar = similarPairs(prints);
  const same = sameWrongOutputs(entries.map((e) => ({ student: e.student, outputs: input.outputs.get(e.student) ?? new Map() })));
  const changes = args.compare !== undefined ? classChanges(readEarlierBatch(args.compare, args.outDir), entries) : undefined;
  const reports = classReports(entries, {
    meta: input.meta,
    similar,
    sameOutputs: same,
    exports,
    ...(args.lmsColumn ? { lmsColumn: args.lmsColumn } : {}),
    ...(changes ? { changes } : {}),
  });
  const notes = [
    ...(exports.includes('moodle') ? moodleNotes(entries) : []),
    ...(changes ? [changesLine(changes)] : []),
    ...similarityNotes(similar.length, same.flagged.length),
  ];
  return { written: writeReportFiles(args.outDir, reports), notes };
}

/** Moodle stops a whole import at a row whose user it cannot find: say which rows have no e-mail to find them by. */
function moodleNotes(entries: ClassEntry[]): string[] {
  const missing = withoutEmail(entries);
  if (missing.length === 0) return [];
  const some = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
  return [
    `grades-moodle.csv: ${missing.length} row${missing.length === 1 ? ' has' : 's have'} no e-mail (${some}): ` +
      'in Moodle, map users from "Username" (the folder name) or "ID number" instead, or fill the e-mails in.',
  ];
}

/** Pairs to look at, said on the console too, so a teacher who never opens the page still hears of them. */
function similarityNotes(code: number, outputs: number): string[] {
  if (code + outputs === 0) return [];
  const pairs = (n: number): string => `${n} pair${n === 1 ? '' : 's'}`;
  return [`Similarity: ${pairs(code)} with the same code, ${pairs(outputs)} with the same wrong outputs: see class-report.html.`];
}
