// The gradebook: one row per student, columns `student, email, sid, score, max_score` (e-mail and
// student id when a Gradescope export gives them, for importing into an LMS), then each exercise's
// score, then each step's (`exercise/step`), in curriculum order, so the same import mapping in a
// spreadsheet or LMS works for every batch. RFC 4180 (CRLF, quotes doubled), and text cells that a
// spreadsheet would run as a formula (= + - @, tab, CR) are prefixed with a quote.
import type { GradeResults } from '../../grader/model/results.js';
import type { ClassEntry } from './stats.js';

export function gradesCsv(entries: ClassEntry[]): string {
  const columns = columnsOf(entries.map((e) => e.results));
  const header = ['student', 'email', 'sid', 'score', 'max_score', ...columns.exercises, ...columns.steps.map(([e, s]) => `${e}/${s}`)].map(textCell);
  const rows = entries.map(({ student, email, sid, results }) => {
    const exercises = new Map(results.exercises.map((e) => [e.id, e]));
    const stepScore = (exercise: string, step: string): string => numberCell(exercises.get(exercise)?.steps.find((s) => s.id === step)?.score);
    return [
      textCell(student),
      textCell(email ?? ''),
      textCell(sid ?? ''),
      numberCell(results.score),
      numberCell(results.maxScore),
      ...columns.exercises.map((id) => numberCell(exercises.get(id)?.score)),
      ...columns.steps.map(([e, s]) => stepScore(e, s)),
    ];
  });
  return [header, ...rows].map((cells) => cells.join(',') + '\r\n').join('');
}

/** Exercises and steps in the order the results list them (the curriculum's), first seen first. */
function columnsOf(all: GradeResults[]): { exercises: string[]; steps: [string, string][] } {
  const exercises: string[] = [];
  const steps: [string, string][] = [];
  const seen = new Set<string>();
  for (const results of all) {
    for (const exercise of results.exercises) {
      if (!exercises.includes(exercise.id)) exercises.push(exercise.id);
      for (const step of exercise.steps) {
        const key = `${exercise.id}/${step.id}`;
        if (!seen.has(key)) steps.push([exercise.id, step.id]);
        seen.add(key);
      }
    }
  }
  return { exercises, steps };
}

export function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Up to 3 decimals, no exponent, no trailing zeros; empty when the column does not apply. */
function numberCell(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return String(Math.round(value * 1000) / 1000);
}
