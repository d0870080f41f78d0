// The READMEs a release writes: the student workspace's, and the release folder's own map.
import type { Assignment } from '../config/assignment.js';
import type { HiddenSeedsSource } from '../config/hidden-seeds.js';

const pointsOf = (steps: { points?: number }[]): number => steps.reduce((sum, s) => sum + (s.points ?? 1), 0);

const PYTHON_NOTE = [
  '## Python',
  '',
  'Your starters are Python with numpy (3.10+): the grader, which runs on Node.js, runs them with',
  '`/usr/bin/python3` and its numpy (Debian/Ubuntu: `apt-get install python3-numpy`), or the python3',
  'named by `MLGRADE_PYTHON`. See [`exercises/README.md`](exercises/README.md) for names and layout.',
  '',
];

export function studentReadme(assignment: Assignment, language: 'typescript' | 'python' = 'typescript'): string {
  const [first] = assignment.exercises;
  const oneStep = first ? `npx grade --exercise ${first.id} --step ${first.steps[0].id}` : 'npx grade --step STEP';
  const rows = assignment.exercises.map(
    (e) =>
      `| [\`${e.id}/\`](exercises/${e.id}/README.md) | ${e.title} | ` +
      `${e.steps.map((s) => `\`${s.id}\``).join(', ')} | ${pointsOf(e.steps)} |`,
  );
  return [
    `# ${assignment.config?.title ?? 'Machine-learning exercises'}`,
    '',
    'Your workspace: one folder per exercise in `exercises/`, one file per step. Every starter file',
    'exports its step with the right signature, explains the formula and the shapes, and throws',
    '`not implemented yet` until you write it.',
    '',
    '## Start',
    '',
    'Node.js 24 (or 22.12+, or 20.19+), then:',
    '',
    '```sh',
    'npm install        # once: installs the grader (mlgrade/) and ml-matrix',
    'npx grade          # grade everything; or npm run grade',
    `${oneStep}   # one step`,
    'npx grade --watch  # again on every save',
    '```',
    '',
    'Then read [`exercises/README.md`](exercises/README.md).',
    '',
    '## The exercises',
    '',
    '| folder | exercise | steps | points |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## About the grader',
    '',
    'The grader in `mlgrade/` checks your steps on the public cases (seed 1234) and names the',
    'mistake behind a wrong step when it recognises it; `npx grade explain ID` explains it. These',
    'cases are for practice: your points come from other cases, with other shapes and values, that',
    'your teacher grades and you do not see. Make each step right for any shape and value, not only',
    'for these inputs. Do not edit `mlgrade/`.',
    '',
    ...(language === 'python' ? PYTHON_NOTE : []),
  ].join('\n');
}

export function releaseReadme(exercises: string[], seeds: HiddenSeedsSource): string {
  const what =
    seeds.kind === 'class'
      ? `the ${seeds.seeds.length} hidden seeds of the class`
      : `the secret from which each student's ${seeds.seedsPerStudent} hidden seeds are derived`;
  return [
    '# Release',
    '',
    `Exercises: ${exercises.join(', ')}. Written by \`grade release\` (docs/teachers.md).`,
    '',
    '| folder | for |',
    '|---|---|',
    '| `student/` | the students: their workspace and a grader without any ' +
      'reference or mutant code (hand it out, or make it the template repository) |',
    '| `gradescope/` | Gradescope: upload `gradescope/autograder.zip` |',
    '| `prairielearn/` | PrairieLearn: the external grader image, the course files and a question per exercise (`questions/`) |',
    '| `github-classroom/` | GitHub Classroom: the workflow to add to the template repository |',
    `| \`hidden-seeds.json\` | your copy of ${what}: keep it private; \`grade ` +
      `release --hidden-seeds hidden-seeds.json\` keeps it for the next release |`,
    '',
  ].join('\n');
}
