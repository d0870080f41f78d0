// What the class report and the gradebook say, computed once from the students' results: the
// score distribution, each step's pass rate and misconceptions (with the students behind them),
// the slowest submissions and those that could not be graded. Pure and deterministic.
import type { ErrorInfo, GradeResults } from '../../grader/model/results.js';

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

export interface MisconceptionStat {
  id: string;
  message: string;
  hint: string;
  /** Students diagnosed with it, in batch order. */
  students: string[];
}

export interface StepStat {
  exercise: string;
  step: string;
  /** Graded students for whom this step was graded (not skipped). */
  attempted: number;
  passed: number;
  misconceptions: MisconceptionStat[];
}

/** A misconception across the class: the steps it showed in and everyone it concerns. */
export interface ClassMisconception {
  id: string;
  hint: string;
  steps: string[];
  students: string[];
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
        const stat = byKey.get(key) ?? { exercise: exercise.id, step: step.id, attempted: 0, passed: 0, misconceptions: [] };
        byKey.set(key, stat);
        if (step.status === 'skipped') continue;
        stat.attempted++;
        if (step.status === 'passed') stat.passed++;
        const seen = found.get(key) ?? new Map<string, MisconceptionStat>();
        found.set(key, seen);
        for (const d of step.diagnoses) {
          const m = seen.get(d.id) ?? { id: d.id, message: d.message, hint: d.hint, students: [] };
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

function acrossSteps(steps: StepStat[]): ClassMisconception[] {
  const byId = new Map<string, ClassMisconception>();
  for (const s of steps) {
    for (const m of s.misconceptions) {
      const c = byId.get(m.id) ?? { id: m.id, hint: m.hint, steps: [], students: [] };
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

/** Locale-independent, so the report is the same on every machine. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
