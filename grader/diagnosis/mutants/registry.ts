// The built-in mutants' registries (computation-graph.ts, logistic-regression.ts, …) are generated
// from files/<exercise>/<step>/<id>[-variant].ts: every file there is registered, and what a mutant
// says is written once, in its own file. test/diagnosis-mutants.test.ts checks the registries are
// up to date; MLGRADE_WRITE_MUTANTS=1 on that test rewrites them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface MutantSource {
  exercise: string;
  step: string;
  /** `db-wrong-axis-rows`: the file's name without `.ts`. */
  name: string;
  /** From the package root. */
  file: string;
}

const sorted = (dir: string): string[] => readdirSync(dir).sort();

/** Every mutant file of an exercise, by step then name. */
export function mutantSources(root: string, exercise: string): MutantSource[] {
  const dir = path.join(root, 'grader/diagnosis/mutants/files', exercise);
  return sorted(dir).flatMap((step) =>
    sorted(path.join(dir, step))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => {
        const name = f.replace(/\.ts$/, '');
        return { exercise, step, name, file: `grader/diagnosis/mutants/files/${exercise}/${step}/${f}` };
      }),
  );
}

/** `dWMissingTransposeMmul`: the namespace a file is imported as. */
const camel = (s: MutantSource): string => `${s.step}-${s.name}`.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** `LOGISTIC_REGRESSION_MUTANTS` */
export const constantOf = (exercise: string): string => `${exercise.replace(/-/g, '_').toUpperCase()}_MUTANTS`;

/** The registry module of one exercise, as generated. */
export function registryText(root: string, exercise: string): string {
  const sources = mutantSources(root, exercise);
  const steps = [...new Set(sources.map((s) => s.step))];
  return [
    `// Generated from files/${exercise}/ by registry.ts: do not edit. Every file there is a mutant (the step with one`,
    '// mistake, as a student writes it) and says what the student is told; to add one, add its file and run',
    '// `MLGRADE_WRITE_MUTANTS=1 npx vitest run test/diagnosis-mutants.test.ts`.',
    "import { exerciseMutants } from './define.js';",
    ...sources.map((s) => `import * as ${camel(s)} from './${s.file.replace('grader/diagnosis/mutants/', '').replace(/\.ts$/, '.js')}';`),
    '',
    `export const ${constantOf(exercise)} = exerciseMutants('${exercise}', {`,
    ...steps.flatMap((step) => [`  ${step}: [`, ...sources.filter((s) => s.step === step).map((s) => `    ${camel(s)},`), '  ],']),
    '});',
    '',
  ].join('\n');
}

/** Whether a mutant file's text exports its step and its description. */
export function describesItself(source: MutantSource, root: string): boolean {
  const text = readFileSync(path.join(root, source.file), 'utf8');
  return new RegExp(`export function ${source.step}\\(`).test(text) && /^export const mutant = \{$/m.test(text);
}
