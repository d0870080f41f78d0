// Where a Python step is in an exercise folder (../shared/curriculum.md, "Python submissions"): its
// own file named like its function (`linear_forward.py`, `dZ.py`, `dA_prev.py`), else one module
// (`__init__.py`, or the exercise's name with underscores), else a notebook `<exercise>.ipynb`.

/** Where a step is (the same shape as the engine's StepLocation; grader/python does not import the engine). */
export interface PythonStepLocation {
  file?: string;
  index?: string;
  lookedFor: string[];
}

export const PYTHON_EXTENSIONS = ['.py', '.ipynb'] as const;

/** A notebook keeps its outputs (plots, tables): more room than a step file's 1 MB. */
export const MAX_NOTEBOOK_BYTES = 8 * 1024 * 1024;

export const isPythonSource = (name: string): boolean => PYTHON_EXTENSIONS.some((ext) => name.endsWith(ext));

/** An exercise is graded in Python when its files are Python only (a TypeScript file keeps it in Node). */
export function isPythonExercise(sources: readonly string[]): boolean {
  return sources.length > 0 && sources.every(isPythonSource);
}

/** `linearForward` → linear_forward; the single gradient steps keep the notes' names: `dZ`, `dAPrev` → dA_prev. */
export function pythonName(step: string): string {
  const snake = (s: string): string => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return /^d[A-Z]/.test(step) ? step.slice(0, 2) + snake(step.slice(2)) : snake(step);
}

/** The module files of an exercise, in order of preference. */
export function pythonModules(exercise: string): string[] {
  return ['__init__.py', `${exercise.replace(/-/g, '_')}.py`, `${exercise}.ipynb`];
}

export function locatePythonStep(sources: string[], step: string, exercise: string): PythonStepLocation {
  const own = `${pythonName(step)}.py`;
  const file = [own, `${step}.py`].find((n) => sources.includes(n));
  const index = pythonModules(exercise).find((n) => sources.includes(n));
  return { file, index, lookedFor: [own, ...pythonModules(exercise)] };
}

/** What to create for a missing Python step. */
export function pythonCreateHint(exercise: string, step: string): string {
  const name = pythonName(step);
  return `no file for ${step}: create ${exercise}/${name}.py defining ${name} (or define it in ${exercise}/${pythonModules(exercise)[1]})`;
}

/** Why a Python file does not give a step, naming what it defines (the runner also lists each name in camelCase: left out). */
export function pythonNotDefined(file: string, step: string, exports: Record<string, string>): string {
  const camel = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const names = Object.keys(exports).filter((k) => !Object.keys(exports).some((other) => other !== k && camel(other) === k));
  const defined = names.length > 0 ? ` (it defines: ${names.join(', ')})` : ' (it defines no functions)';
  const type = exports[step];
  return type ? `${file} defines ${pythonName(step)}, but not as a function` : `${file} does not define ${pythonName(step)}${defined}`;
}
