// `grade explain <id>`: a misconception's explanation, the right formula, the notes and an example
// fix — the command a diagnosed failure's report ends with. Without an id, the list of ids.
import { UsageError } from '../errors.js';
import { ExitCode } from '../cli/exit.js';
import type { CommandModule } from './types.js';

export const explainCommand: CommandModule = {
  command: 'explain [id]',
  describe: 'Explain a misconception the grader names (missing-1-over-m, db-wrong-axis, …)',
  options: {
    markdown: { type: 'boolean', describe: 'Print every misconception as Markdown (docs/misconceptions.md)' },
  },
  examples: [
    ['grade explain missing-1-over-m', 'what the mistake is, the right formula, how to fix it'],
    ['grade explain', 'list every misconception id'],
  ],
  async run(args) {
    const { explainText, listText, misconceptionsMarkdown, knownIds } = await import('../diagnosis/explain.js');
    const id = typeof args.id === 'string' ? args.id : undefined;
    if (args.markdown) {
      process.stdout.write(misconceptionsMarkdown());
      return ExitCode.passed;
    }
    if (id === undefined) {
      process.stdout.write(listText());
      return ExitCode.passed;
    }
    const text = explainText(id);
    if (!text) throw new UsageError(`no misconception ${id}; the ids are: ${knownIds().join(', ')}`);
    process.stdout.write(text);
    return ExitCode.passed;
  },
};
