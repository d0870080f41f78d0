// The GitHub Classroom workflow of a release: templates/platforms/github-classroom/classroom.yml
// with one autograding-command-grader test per step and the grading-reporter's list of them.
import type { ExerciseSpec } from '../spec/types.js';

/** The command grader, pinned by commit (its v1 tag). */
export const COMMAND_GRADER = 'classroom-resources/autograding-command-grader@d5b3fa6f50f7f629b7bfae0cc3e4c58852b412d5 # v1';
/** Minutes per step: compiling and a fresh student process take seconds; `train` a little more. */
const STEP_TIMEOUT_MINUTES = 5;

interface Runner {
  id: string;
  name: string;
  command: string;
  points: number;
}

function runners(exercises: ExerciseSpec[]): Runner[] {
  return exercises.flatMap((e) =>
    e.steps.map((s) => ({
      // a step id names the runner: letters, digits and dashes only (the reporter's env variable)
      id: `${e.id}-${s.id}`.replace(/[^A-Za-z0-9-]/g, '-'),
      name: `${e.id}/${s.id}`,
      command: `npx grade --exercise ${e.id} --step ${s.id} --no-color --out-dir grade-results/steps`,
      points: s.points ?? 1,
    })),
  );
}

export function classroomWorkflow(template: string, exercises: ExerciseSpec[]): string {
  const all = runners(exercises);
  const graders = all.flatMap((r) => [
    `      - name: ${r.name}`,
    `        id: ${r.id}`,
    `        uses: ${COMMAND_GRADER}`,
    '        with:',
    `          test-name: ${r.name}`,
    `          command: ${r.command}`,
    `          timeout: ${STEP_TIMEOUT_MINUTES}`,
    `          max-score: ${r.points}`,
  ]);
  const reporter = [
    '        env:',
    ...all.map((r) => `          ${r.id.toUpperCase()}_RESULTS: "\${{ steps.${r.id}.outputs.result }}"`),
    '        with:',
    `          runners: ${all.map((r) => r.id).join(',')}`,
  ];
  return template.replace('{{GRADERS}}\n', `${graders.join('\n')}\n`).replace('{{REPORTER}}\n', `${reporter.join('\n')}\n`);
}
