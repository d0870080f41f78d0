// "What changed since the previous batch of the same class" (`grade batch --compare`): each
// student's score then and now, the steps that started or stopped passing, who is new and who is
// gone, and each step's pass rate then and now. Students are matched by their batch id (the
// `student` column). An earlier grades.csv alone gives scores; the earlier batch's folder gives
// its students' results.json too, hence the steps. Pure: the reading is in grader/batch/earlier.ts.
import { compare, type ClassEntry } from './stats.js';

/** One student of the earlier batch: their score (null: not graded then) and, when known, whether each step passed. */
export interface EarlierStudent {
  score: number | null;
  /** `exercise/step` → passed, for the steps that were graded. */
  steps?: Record<string, boolean>;
}

export type EarlierBatch =
  | { status: 'read'; source: string; students: Map<string, EarlierStudent> }
  | { status: 'unreadable'; source: string; error: string };

export interface StudentChange {
  student: string;
  before: number | null;
  after: number | null;
  nowPassing: string[];
  nowFailing: string[];
}

export interface StepRateChange {
  step: string;
  /** Percent of the graded students whose step passed; null when none was graded. */
  before: number | null;
  after: number | null;
}

export type ClassChanges =
  | {
      status: 'compared';
      source: string;
      /** Whether the earlier batch's steps were known (its folder was given, not only grades.csv). */
      withSteps: boolean;
      /** Students in both batches whose score, graded state or steps changed, most improved first. */
      changed: StudentChange[];
      unchanged: number;
      added: string[];
      missing: string[];
      steps: StepRateChange[];
    }
  | { status: 'unreadable'; source: string; error: string };

const scoreOf = (e: ClassEntry): number | null => (e.results.graderError ? null : e.results.score);

/** Whether each graded step passed; nothing for a submission that was not graded. */
export function stepsOf(e: ClassEntry): Record<string, boolean> {
  if (e.results.graderError) return {};
  return Object.fromEntries(
    e.results.exercises.flatMap((x) =>
      x.steps.filter((s) => s.status !== 'skipped').map((s) => [`${x.id}/${s.id}`, s.status === 'passed']),
    ),
  );
}

export function classChanges(earlier: EarlierBatch, entries: ClassEntry[]): ClassChanges {
  if (earlier.status === 'unreadable') return earlier;
  const now = new Set(entries.map((e) => e.student));
  const withSteps = [...earlier.students.values()].some((s) => s.steps !== undefined);
  const both = entries.filter((e) => earlier.students.has(e.student));
  const all = both.map((e) => studentChange(e, earlier.students.get(e.student) as EarlierStudent));
  const changed = all.filter((c) => c.before !== c.after || c.nowPassing.length + c.nowFailing.length > 0);
  return {
    status: 'compared',
    source: earlier.source,
    withSteps,
    changed: changed.sort((a, b) => (delta(b) ?? -Infinity) - (delta(a) ?? -Infinity) || compare(a.student, b.student)),
    unchanged: all.length - changed.length,
    added: entries.filter((e) => !earlier.students.has(e.student)).map((e) => e.student),
    missing: [...earlier.students.keys()].filter((s) => !now.has(s)),
    steps: withSteps
      ? stepRates(
          [...earlier.students.values()].map((s) => s.steps ?? {}),
          entries.map(stepsOf),
        )
      : [],
  };
}

export const delta = (c: Pick<StudentChange, 'before' | 'after'>): number | null =>
  c.before === null || c.after === null ? null : Math.round((c.after - c.before) * 1000) / 1000;

function studentChange(entry: ClassEntry, before: EarlierStudent): StudentChange {
  const now = stepsOf(entry);
  const then = before.steps ?? {};
  const keys = Object.keys(now).filter((k) => k in then);
  return {
    student: entry.student,
    before: before.score,
    after: scoreOf(entry),
    nowPassing: keys.filter((k) => now[k] && !then[k]),
    nowFailing: keys.filter((k) => !now[k] && then[k]),
  };
}

/** Each step's pass rate in both batches, in the order the current results list them. */
function stepRates(before: Record<string, boolean>[], after: Record<string, boolean>[]): StepRateChange[] {
  const keys = [...new Set([...after.flatMap(Object.keys), ...before.flatMap(Object.keys)])];
  const rate = (all: Record<string, boolean>[], key: string): number | null => {
    const graded = all.filter((s) => key in s);
    return graded.length === 0 ? null : (100 * graded.filter((s) => s[key]).length) / graded.length;
  };
  return keys.map((step) => ({ step, before: rate(before, step), after: rate(after, step) }));
}

/** The console's line about it. */
export function changesLine(c: ClassChanges): string {
  if (c.status === 'unreadable') return `--compare: ${c.error}; the class report has no comparison.`;
  const ds = c.changed.map(delta);
  const up = ds.filter((d) => d !== null && d > 0).length;
  const down = ds.filter((d) => d !== null && d < 0).length;
  const oneOnly = ds.filter((d) => d === null).length;
  const same = c.unchanged + c.changed.length - up - down - oneOnly;
  return (
    `Since ${c.source}: ${up} student${up === 1 ? '' : 's'} up, ${down} down, ${same} the same` +
    `${oneOnly > 0 ? `, ${oneOnly} graded in only one of the two` : ''}; ${c.added.length} new, ${c.missing.length} missing` +
    `${c.withSteps ? '' : ' (scores only: give the earlier --out-dir for steps)'}.`
  );
}
