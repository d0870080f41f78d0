// `grade explain <id>`: a misconception's explanation, the right formula, the notes and an example
// fix — the command a diagnosed failure's report ends with. Without an id, the list of ids.
import { UsageError } from '../errors.js';
import { ExitCode } from '../cli/exit.js';
import type { ExerciseSpec } from '../spec/types.js';
import type { CommandModule } from './types.js';

const OWN_IDS = " (an id of your own exercise's mutants: pass --config grade.config.json or --exercises-dir DIR)";

/** The assignment's exercises: with a teacher's own (--config, ./grade.config.json, --exercises-dir), else the built-ins. */
async function assignmentExercises(args: Record<string, unknown>): Promise<{ exercises: ExerciseSpec[]; own: boolean }> {
  const dirs = ([] as unknown[]).concat(args['exercises-dir'] ?? []).map(String);
  const { assignmentFor } = await import('../config/assignment.js');
  const assignment = await assignmentFor({ ...(args.config !== undefined ? { config: String(args.config) } : {}), exercisesDirs: dirs });
  return { exercises: assignment.exercises, own: assignment.teacher.length > 0 };
}

export const explainCommand: CommandModule = {
  command: 'explain [id]',
  describe: 'Explain a misconception the grader names (missing-1-over-m, db-wrong-axis, …)',
  options: {
    markdown: { type: 'boolean', describe: 'Print every misconception as Markdown (docs/misconceptions.md)' },
    config: {
      type: 'string',
      describe: "Teachers: a grade.config.json, to know your own exercises' mutant ids too; default ./grade.config.json if any",
    },
    'exercises-dir': { type: 'string', multiple: true, describe: 'Teachers: know the ids of this exercise of your own too (repeatable)' },
  },
  examples: [
    ['grade explain missing-1-over-m', 'what the mistake is, the right formula, how to fix it'],
    ['grade explain', 'list every misconception id'],
    ['grade explain tanh-derivative --config extra/grade.config.json', "an id of a teacher's own mutant"],
  ],
  async run(args) {
    const { explainText, listText, misconceptionsMarkdown, knownIds } = await import('../diagnosis/explain.js');
    const id = typeof args.id === 'string' ? args.id : undefined;
    const { exercises, own } = await assignmentExercises(args);
    if (args.markdown) {
      process.stdout.write(misconceptionsMarkdown());
      return ExitCode.passed;
    }
    if (id === undefined) {
      process.stdout.write(listText(exercises));
      return ExitCode.passed;
    }
    const text = explainText(id, exercises);
    if (!text) throw new UsageError(`no misconception ${id}; the ids are: ${knownIds(exercises).join(', ')}${own ? '' : OWN_IDS}`);
    process.stdout.write(text);
    return ExitCode.passed;
  },
};
