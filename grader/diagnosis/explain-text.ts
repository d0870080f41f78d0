// What `grade explain <id>` prints for one misconception and for the list, from its catalogue entry
// and where it is looked for: shared by the full grader (explain.ts) and a release's student
// grader (grader/release/student-explain.ts), which has the catalogue but no mutants.
import type { Misconception } from './catalogue.js';

export function explanationText(id: string, m: Misconception, where: string): string {
  return [
    `${id} — ${m.title}`,
    '',
    m.explanation,
    '',
    `Right formula:  ${m.formula}`,
    `In the notes:   ${noteText(m.note)}`,
    `Fix:            ${m.fix}`,
    `Looked for in:  ${where}`,
    '',
  ].join('\n');
}

/** A note line is never a bare dash: `—` in the catalogue means the notes do not show the mistake. */
export function noteText(note: string): string {
  if (!note.startsWith('—')) return note;
  const rest = note.slice(1).trim();
  return rest ? `the mistake is not in them ${rest}` : 'the mistake is not in them';
}

export function idListText(ids: string[], title: (id: string) => string): string {
  const width = Math.max(...ids.map((id) => id.length));
  const lines = ids.map((id) => `  ${id.padEnd(width)}  ${title(id)}`);
  return ['Misconceptions the grader names (grade explain <id> for one):', '', ...lines, ''].join('\n');
}

/** A teacher's id without a catalogue entry, told by its mutant's message and hint. */
export function mutantMisconception(id: string, mutant: { message?: string; hint?: string }): Misconception {
  const fix = mutant.hint ?? 'See the exercise README.';
  return { title: id, explanation: mutant.message ?? id, formula: '(see the exercise README)', note: '—', fix };
}
