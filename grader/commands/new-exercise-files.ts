// The files `grade new-exercise NAME` writes: a small exercise in the format of docs/teachers.md
// (linear regression, Z = W X + b with the squared error), complete enough that `grade selftest`
// passes on it as written — a teacher edits a working example rather than filling in blanks.

const EXERCISE = (id: string): string => `// ${id}: made by \`grade new-exercise\`. Edit the steps, cases and mutants;
// docs/teachers.md says what every field means. Check it with: grade selftest --exercises-dir <this folder> --exercise ${id}
import type { Matrix } from 'ml-matrix';
import {
  contextOf, defineExercise, distinctSizes, normOf, paramsOf, pointOf, randn,
  withHealthyGradients, type Case, type GradientCheckSpec, type Rng, type StepSpec,
} from 'mlgrade/exercise';
import { biasMissing } from './mutants';
import { backward } from './reference/backward';
import { forward } from './reference/forward';
import type { Params } from './reference/types';

type Dims = { n: number; m: number };
interface Sample { params: Params; X: Matrix; Y: Matrix }

/** Three shapes with n ≠ m (so a transpose shows), then a single example (m = 1). */
function shapes(rng: Rng): Dims[] {
  const dims = distinctSizes(rng, 3, 2, 12).map((m) => ({ n: distinctSizes(rng, 1, 2, 8, [m])[0], m }));
  return [...dims, { n: distinctSizes(rng, 1, 2, 8)[0], m: 1 }];
}

function sample(rng: Rng, d: Dims): Sample {
  const params = { W: randn(rng, 1, d.n), b: randn(rng, 1, 1) };
  return { params, X: randn(rng, d.n, d.m), Y: randn(rng, 1, d.m) };
}

/** Every case keeps its sample as context, for the gradient check. At least 3 cases per step. */
function casesOf(rng: Rng, args: (s: Sample) => unknown[], checked = false): Case[] {
  return shapes(rng).map((d) => {
    const norms = (s: Sample): number[] => Object.values(backward(s.params, s.X, s.Y)).map(normOf);
    const s = checked ? withHealthyGradients(() => sample(rng, d), norms) : sample(rng, d);
    return { name: \`n=\${d.n}, m=\${d.m}\`, args: args(s), dims: d, context: { ...s } };
  });
}

/** J = 1/(2m) Σ (Z − Y)²: backward's gradients are checked by central differences of it. */
const backwardCheck: GradientCheckSpec = {
  point: (c) => pointOf({ ...contextOf<Sample>(c).params }),
  cost: (c, p) => {
    const { X, Y } = contextOf<Sample>(c);
    const E = forward(X, paramsOf(p) as unknown as Params).sub(Y);
    return E.to1DArray().reduce((sum, e) => sum + e * e, 0) / (2 * Y.columns);
  },
};

const steps: StepSpec[] = [
  {
    id: 'forward', kind: 'forward', params: ['X', 'params'], reference: forward,
    cases: (rng) => casesOf(rng, (s) => [s.X, s.params]), mutants: [biasMissing],
  },
  {
    id: 'backward', kind: 'gradient', params: ['params', 'X', 'Y'], reference: backward, points: 2,
    cases: (rng) => casesOf(rng, (s) => [s.params, s.X, s.Y], true), gradientCheck: backwardCheck,
  },
];

export default defineExercise({ id: '${id}', title: 'Linear regression (${id})', notes: '', steps });
`;

const TYPES = `// Types shared by the steps (not a step: the grader ignores this file).
import type { Matrix } from 'ml-matrix';

/** W (1, n), b (1, 1). */
export type Params = { W: Matrix; b: Matrix };

/** Each gradient has the shape of its parameter. */
export type Grads = { dW: Matrix; db: Matrix };
`;

const FORWARD_DOC = `/**
 * Forward pass: Z = W X + b      (1, n)·(n, m) + (1, 1) → (1, m)
 */`;

const BACKWARD_DOC = `/**
 * Gradients of J = 1/(2m) Σ (Z − Y)², with Z = W X + b:
 *   dZ = Z − Y                   (1, m)
 *   dW = (1/m) dZ Xᵀ             (1, n)
 *   db = (1/m) Σ dZ              (1, 1)
 */`;

const REFERENCE_FORWARD = `import type { Matrix } from 'ml-matrix';
import type { Params } from './types';

${FORWARD_DOC}
export function forward(X: Matrix, params: Params): Matrix {
  return params.W.mmul(X).addColumnVector(params.b);
}
`;

const REFERENCE_BACKWARD = `import { Matrix } from 'ml-matrix';
import type { Grads, Params } from './types';

${BACKWARD_DOC}
export function backward(params: Params, X: Matrix, Y: Matrix): Grads {
  const m = X.columns;
  const dZ = params.W.mmul(X).addColumnVector(params.b).sub(Y);
  const dW = dZ.mmul(X.transpose()).div(m);
  const db = new Matrix([[dZ.sum() / m]]);
  return { dW, db };
}
`;

const starter = (id: string, step: string, imports: string, doc: string, signature: string): string =>
  `${imports}\n// import * as np from 'mlgrade/np';\n\n${doc}\n${signature} {\n` +
  `  throw new Error('not implemented yet: ${id}/${step}');\n}\n`;

const MUTANT = `import type { Matrix } from 'ml-matrix';
import type { Params } from '../../reference/types';

// bias-missing — Z = W X, the bias never added
export function forward(X: Matrix, params: Params): Matrix {
  return params.W.mmul(X);
}
`;

const MUTANTS_INDEX = `// The known mistakes, each the step written as a student would, with that one mistake (mutants/<step>/).
// An id of the built-in catalogue (\`grade explain\` lists them) may leave out message and hint; a new id says both.
import type { Mutant } from 'mlgrade/exercise';
import { forward as biasMissingStep } from './forward/bias-missing';

export const biasMissing: Mutant = {
  id: 'bias-missing',
  apply: biasMissingStep,
  message: 'your Z has no bias: Z = W X + b (b is broadcast over the m columns)',
  hint: 'Add b to every column of W X: W.mmul(X).addColumnVector(b).',
};
`;

const STUDENT_README = (id: string): string => `# Exercise — \`${id}\`

Linear regression: \`Z = W X + b\`, the cost \`J = 1/(2m) Σ (Z − Y)²\`.

| value | shape |
|---|---|
| \`X\` | \`(n, m)\` |
| \`Y\`, \`Z\`, \`dZ\` | \`(1, m)\` |
| \`W\`, \`dW\` | \`(1, n)\` |
| \`b\`, \`db\` | \`(1, 1)\` |

## Steps, in order

1. \`forward(X, params)\` → \`Z\` — [\`forward.ts\`](forward.ts)
2. \`backward(params, X, Y)\` → \`{ dW, db }\` — [\`backward.ts\`](backward.ts) (2 points)

Grade them with \`npx grade --exercise ${id}\`.
`;

const TEACHER_README = (id: string, dir: string): string => `# ${id} (teachers: not handed out)

Made by \`grade new-exercise\`. \`exercise.ts\` is the spec, \`reference/\` the right answer,
\`starter/\` what students get (its README.md is theirs), \`mutants/\` the known mistakes.
See docs/teachers.md, "Writing an exercise of your own".

Test it (grades the reference, checks every mutant is named as itself):

    grade selftest --exercises-dir ${dir} --exercise ${id}

Then name it in your grade.config.json: \`"exercises": ["./${id}"]\` (relative to that file).
`;

/** Every file of the scaffold, by path inside the exercise folder. */
export function scaffoldFiles(id: string, dir: string): Record<string, string> {
  const fwdSig = 'export function forward(X: Matrix, params: Params): Matrix';
  const bwdSig = 'export function backward(params: Params, X: Matrix, Y: Matrix): Grads';
  const matrix = "import type { Matrix } from 'ml-matrix';\n";
  return {
    'exercise.ts': EXERCISE(id),
    'README.md': TEACHER_README(id, dir),
    'reference/types.ts': TYPES,
    'reference/forward.ts': REFERENCE_FORWARD,
    'reference/backward.ts': REFERENCE_BACKWARD,
    'starter/types.ts': TYPES,
    'starter/README.md': STUDENT_README(id),
    'starter/forward.ts': starter(id, 'forward', `${matrix}import type { Params } from './types';`, FORWARD_DOC, fwdSig),
    'starter/backward.ts': starter(id, 'backward', `${matrix}import type { Grads, Params } from './types';`, BACKWARD_DOC, bwdSig),
    'mutants/index.ts': MUTANTS_INDEX,
    'mutants/forward/bias-missing.ts': MUTANT,
  };
}
