// What the class report and the gradebook say, computed once from the students' results: the
// score distribution, each step's pass rate and misconceptions (with the students behind them),
// the slowest submissions and those that could not be graded. Pure and deterministic.
import { isMisconceptionId } from '../../grader/diagnosis/catalogue.js';
import { misconceptionOf } from '../../grader/diagnosis/explain.js';
import { FACT_IDS } from '../../grader/diagnosis/finding.js';
import type { ErrorInfo, GradeResults, StepResult } from '../../grader/model/results.js';

/** One person who handed a submission in (a Gradescope export names them; a group has several). */
export interface ClassMember {
  name?: string;
  email?: string;
  sid?: string;
}

export interface ClassEntry {
  /** The student's id in the batch (unique, path-safe). */
  student: string;
  /** The name as the teacher knows it: the folder or zip (`Sybil O'Brien`), or the export's names. */
  name?: string;
  /** From a Gradescope export: the gradebook has one row per member, with the same score. */
  members?: ClassMember[];
  results: GradeResults;
  /** How long grading this student took. */
  durationMs: number;
}

/** What the catalogue says to teach about a misconception: never a student's code or values. */
export interface Teaching {
  /** The mistake in a few words, and the right formula. */
  teach: string;
  /** Where the lecture notes show it (`—` when they do not). */
  note: string;
}

export interface MisconceptionStat extends Teaching {
  id: string;
  /** Students diagnosed with it, in batch order. */
  students: string[];
}

export interface StepStat {
  exercise: string;
  step: string;
  /** Graded students for whom this step was graded (not skipped). */
  attempted: number;
  passed: number;
  /** Not passed, not started, and no sub-step to blame: the step's own failure. */
  ownFailures: number;
  /** Not passed because a sub-step it imports failed (the results' causedBy). */
  knockedOn: number;
  /** Missing or still the starter's code. */
  notStarted: number;
  misconceptions: MisconceptionStat[];
}

/** A misconception across the class: the steps it showed in and everyone it concerns. */
export interface ClassMisconception extends Teaching {
  id: string;
  steps: string[];
  students: string[];
}

/** Two submissions sharing source files that are the same code after normalising names and formatting. */
export interface SimilarPair {
  students: [string, string];
  /** `exercise/file` of each shared file. */
  files: string[];
}

/** Two submissions whose wrong outputs are the same on the same public cases of these steps (grader/batch/outputs.ts). */
export interface SameOutputPair {
  students: [string, string];
  steps: SameOutputStep[];
}

/** The pairs flagged by their wrong outputs, and the rule they were flagged by (the report states it). */
export interface SameOutputs {
  /** Pairs to look at, most agreeing steps first. */
  flagged: SameOutputPair[];
  /** Pairs whose every agreeing step is explained by a misconception both have: expected, not listed. */
  explained: number;
  minSteps: number;
  digits: number;
}

export interface SameOutputStep {
  /** `exercise/step`. */
  step: string;
  /** The public cases whose wrong output both gave. */
  cases: string[];
  /** The catalogued misconceptions both were diagnosed with on this step, which would explain the match. */
  explainedBy: string[];
}

export interface HistogramBin {
  /** Percent of the maximum score, [from, to) — the last bin includes 100. */
  from: number;
  to: number;
  students: string[];
}

export interface ClassStats {
  students: number;
  graded: ClassEntry[];
  ungraded: { student: string; error: ErrorInfo }[];
  histogram: HistogramBin[];
  /** Mean and median percent of the maximum score over graded students; null when none. */
  meanPercent: number | null;
  medianPercent: number | null;
  steps: StepStat[];
  misconceptions: ClassMisconception[];
  slowest: ClassEntry[];
}

export const HISTOGRAM_BINS = 10;
export const SLOWEST_SHOWN = 10;

export const percentOf = (r: GradeResults): number => (r.maxScore > 0 ? (100 * r.score) / r.maxScore : 0);

export function classStats(entries: ClassEntry[]): ClassStats {
  const graded = entries.filter((e) => !e.results.graderError);
  const percents = graded.map((e) => percentOf(e.results));
  const steps = stepStats(graded);
  return {
    students: entries.length,
    graded,
    ungraded: entries.flatMap((e) => (e.results.graderError ? [{ student: e.student, error: e.results.graderError }] : [])),
    histogram: histogram(graded),
    meanPercent: percents.length ? percents.reduce((a, b) => a + b, 0) / percents.length : null,
    medianPercent: percents.length ? median(percents) : null,
    steps,
    misconceptions: acrossSteps(steps),
    slowest: [...entries].sort((a, b) => b.durationMs - a.durationMs || compare(a.student, b.student)).slice(0, SLOWEST_SHOWN),
  };
}

export function histogram(graded: ClassEntry[]): HistogramBin[] {
  const width = 100 / HISTOGRAM_BINS;
  const bins: HistogramBin[] = Array.from({ length: HISTOGRAM_BINS }, (_, i) => ({ from: i * width, to: (i + 1) * width, students: [] }));
  for (const e of graded) {
    // rounding keeps 69.99999 (scores are rounded to 3 decimals) out of the bin below 70
    const p = Math.round(percentOf(e.results) * 1e6) / 1e6;
    bins[Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(p / width)))].students.push(e.student);
  }
  return bins;
}

function stepStats(graded: ClassEntry[]): StepStat[] {
  const byKey = new Map<string, StepStat>();
  const found = new Map<string, Map<string, MisconceptionStat>>();
  for (const { student, results } of graded) {
    for (const exercise of results.exercises) {
      for (const step of exercise.steps) {
        const key = `${exercise.id}/${step.id}`;
        const stat = byKey.get(key) ?? emptyStat(exercise.id, step.id);
        byKey.set(key, stat);
        if (step.status === 'skipped') continue;
        stat.attempted++;
        stat[outcomeOf(step)]++;
        const seen = found.get(key) ?? new Map<string, MisconceptionStat>();
        found.set(key, seen);
        for (const d of step.diagnoses.filter((x) => namesMisconception(x.id))) {
          const m = seen.get(d.id) ?? { id: d.id, ...teachingOf(d.id), students: [] };
          seen.set(d.id, m);
          // a step may name the same misconception twice (two variants): count the student once
          if (!m.students.includes(student)) m.students.push(student);
        }
      }
    }
  }
  return [...byKey.entries()].map(([key, stat]) => ({
    ...stat,
    misconceptions: [...(found.get(key)?.values() ?? [])].sort((a, b) => b.students.length - a.students.length || compare(a.id, b.id)),
  }));
}

/** A diagnosis that names a misconception (the catalogue's or a teacher's), not a fact (a constant ratio, swapped columns …). */
export const namesMisconception = (id: string): boolean => !FACT_IDS.includes(id) || isMisconceptionId(id);

const emptyStat = (exercise: string, step: string): StepStat => ({
  exercise,
  step,
  attempted: 0,
  passed: 0,
  ownFailures: 0,
  knockedOn: 0,
  notStarted: 0,
  misconceptions: [],
});

/** Which count a graded step adds to. */
function outcomeOf(step: StepResult): 'passed' | 'ownFailures' | 'knockedOn' | 'notStarted' {
  if (step.status === 'passed') return 'passed';
  if (step.status === 'missing') return 'notStarted';
  return step.causedBy && step.causedBy.length > 0 ? 'knockedOn' : 'ownFailures';
}

/** The catalogue's title and formula, and its notes; a teacher's own id without an entry says so. */
export function teachingOf(id: string): Teaching {
  const m = misconceptionOf(id);
  if (!m) return { teach: `${id} (no catalogue entry: see grade explain ${id})`, note: '—' };
  return { teach: `${m.title}. ${m.formula}`.replace(/\s+/g, ' '), note: m.note };
}

function acrossSteps(steps: StepStat[]): ClassMisconception[] {
  const byId = new Map<string, ClassMisconception>();
  for (const s of steps) {
    for (const m of s.misconceptions) {
      const c = byId.get(m.id) ?? { id: m.id, teach: m.teach, note: m.note, steps: [], students: [] };
      byId.set(m.id, c);
      c.steps.push(`${s.exercise}/${s.step}`);
      for (const student of m.students) if (!c.students.includes(student)) c.students.push(student);
    }
  }
  return [...byId.values()].sort((a, b) => b.students.length - a.students.length || compare(a.id, b.id));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Locale-independent, so the report is the same on every machine, and numbers in order:
 * `costs[2]` before `costs[10]`, `student9` before `student10`.
 */
export function compare(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    // odd parts are runs of digits
    const order = i % 2 === 1 ? Number(pa[i]) - Number(pb[i]) || plain(pa[i], pb[i]) : plain(pa[i], pb[i]);
    if (order !== 0) return order;
  }
  return pa.length - pb.length;
}

const plain = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
