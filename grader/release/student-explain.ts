// `grade explain [ID]` in a release's student grader: the catalogue's misconceptions, and the
// teacher's own ids told by their mutants' messages in the bundle's table; "looked for in" lists
// the steps whose table has a mutant of that id. The same text as the full grader's explain.
import type { ExitCode } from '../cli/exit.js';
import { CATALOGUE, isMisconceptionId, MISCONCEPTION_IDS, type Misconception } from '../diagnosis/catalogue.js';
import { explanationText, idListText, mutantMisconception } from '../diagnosis/explain-text.js';
import { UsageError } from '../engine/errors.js';
import type { OracleTable, TableMutant } from '../oracle/table.js';

const teachers = (id: string, mutant?: TableMutant): Misconception | undefined => (mutant ? mutantMisconception(id, mutant) : undefined);

export function runStudentExplain(args: string[], table: OracleTable, print: (text: string) => ExitCode): ExitCode {
  const mutants = table.exercises.flatMap((e) => e.steps.flatMap((s) => s.mutants.map((m) => ({ step: `${e.id}/${s.id}`, mutant: m }))));
  const ids = [...new Set<string>([...MISCONCEPTION_IDS, ...mutants.map((m) => m.mutant.id)])];
  const misconception = (id: string): Misconception | undefined =>
    isMisconceptionId(id) ? CATALOGUE[id] : teachers(id, mutants.find((m) => m.mutant.id === id)?.mutant);
  const [id] = args.filter((a) => !a.startsWith('-'));
  if (id === undefined) return print(idListText(ids, (i) => misconception(i)?.title ?? ''));
  const m = misconception(id);
  if (!m) throw new UsageError(`no misconception ${id}; the ids are: ${ids.join(', ')}`);
  const steps = [...new Set(mutants.filter((x) => x.mutant.id === id).map((x) => x.step))];
  const where =
    id === 'mutates-input'
      ? 'every step (the grader compares the arguments before and after each call)'
      : steps.join(', ') || 'no step of this assignment';
  return print(explanationText(id, m, where));
}
