// Every written report by name. A writer is a pure function of the results; writers are loaded
// on demand so heavy ones (templates, XML) cost nothing when they are not asked for.
// Adding a report is one line here: `html: () => import('./html.js').then((m) => m.htmlReport),`.
import type { GradeResults } from '../grader/model/results.js';

export interface ReportFile {
  /** Relative to the output folder. */
  file: string;
  content: string;
}

export type Writer = (results: GradeResults) => ReportFile[];

const registry = {
  json: () => import('./json.js').then((m) => m.jsonReport),
  html: () => import('./html/index.js').then((m) => m.htmlReport),
  junit: () => import('./junit.js').then((m) => m.junitReport),
  gradescope: () => import('./gradescope.js').then((m) => m.gradescopeReport),
  prairielearn: () => import('./prairielearn.js').then((m) => m.prairielearnReport),
  github: () => import('./github.js').then((m) => m.githubReport),
} satisfies Record<string, () => Promise<Writer>>;

export type ReporterName = keyof typeof registry;
export const REPORTERS: Record<ReporterName, () => Promise<Writer>> = registry;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

/** Too costly to render after every judged exercise: written provisionally once, at the start (cli/grade-run.ts). */
export const COSTLY_WRITERS: readonly ReporterName[] = ['html'];

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(REPORTERS, name);
}
