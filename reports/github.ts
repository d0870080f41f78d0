// GitHub Actions: an error annotation on the student's step file for every broken step (shown on
// the run and, in a pull request, on the line), and a Markdown summary for the run's page. The
// summary is also written to the output folder; what only makes sense inside Actions (workflow
// commands on stdout, appending to $GITHUB_STEP_SUMMARY) is `emitGitHubActions`, the one impure
// part, called by the grade command when the `github` reporter is chosen.
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GradeResults, StepResult } from '../grader/model/results.js';
import type { ReportFile } from './registry.js';
import { gradedSteps, isBroken, percent, points, summaryLine, ungradableReasons } from './text.js';

export function githubReport(results: GradeResults): ReportFile[] {
  return [{ file: 'github-summary.md', content: githubSummary(results) }];
}

export function githubSummary(results: GradeResults): string {
  const lines = [
    `## ${results.tool.name}: ${points(results.score)}/${points(results.maxScore)} (${percent(results)})`,
    '',
    summaryLine(results),
    '',
  ];
  for (const reason of ungradableReasons(results)) lines.push(`> **Not gradable:** ${inline(reason)}`, '');
  lines.push('| Exercise | Score | Broken steps |', '| --- | ---: | --- |');
  for (const e of results.exercises) {
    const broken = e.steps
      .filter(isBroken)
      .map((s) => `\`${s.id}\``)
      .join(', ');
    const graded = e.steps.some((s) => s.status !== 'skipped');
    lines.push(`| ${cell(e.title)} | ${graded ? `${points(e.score)}/${points(e.maxScore)}` : 'not graded'} | ${broken || '–'} |`);
  }
  const broken = gradedSteps(results).filter(({ step }) => isBroken(step));
  if (broken.length > 0) lines.push('', '### What to fix', '');
  for (const { exercise, step } of broken) {
    lines.push(`- **${exercise.id}/${step.id}** (${step.status}): ${inline(step.message)}`);
    for (const d of step.diagnoses) lines.push(`  - \`${d.id}\`: ${inline(d.hint)}`);
    lines.push(`  - re-run: \`${step.repro.replace(/`/g, "'")}\``);
  }
  return lines.join('\n') + '\n';
}

export interface Annotation {
  /** Relative to the workspace, with forward slashes. */
  file: string;
  line?: number;
  col?: number;
  title: string;
  message: string;
}

/**
 * One error annotation per broken step that has a file, relative to `workspace` (GitHub matches
 * annotations to the repository's files). The line: the error's when the step threw, else the
 * line that defines the step, found by `lineOf` (which reads the file; undefined when unknown).
 */
export function annotations(
  results: GradeResults,
  workspace: string,
  lineOf: (file: string, step: string) => number | undefined = () => undefined,
): Annotation[] {
  return gradedSteps(results).flatMap(({ exercise, step }) => {
    const file = step.status === 'error' ? (step.error.file ?? step.file) : step.file;
    if (!isBroken(step) || !file) return [];
    const absolute = path.resolve(results.submission, file);
    const position =
      step.status === 'error' && step.error.line !== undefined
        ? { line: step.error.line, ...(step.error.column !== undefined ? { col: step.error.column } : {}) }
        : definedAt(lineOf(absolute, step.id));
    return [
      {
        file: path.relative(workspace, absolute).split(path.sep).join('/'),
        ...position,
        title: `${exercise.id}/${step.id}: ${step.status}`,
        message: annotationMessage(step),
      },
    ];
  });
}

const definedAt = (line: number | undefined): { line?: number } => (line === undefined ? {} : { line });

function annotationMessage(step: StepResult): string {
  return [step.message, ...step.diagnoses.map((d) => `${d.id}: ${d.hint}`), `Re-run: ${step.repro}`].join('\n');
}

/** `::error file=…,line=…,title=…::message`, escaped as the Actions toolkit does. */
export function workflowCommand(a: Annotation): string {
  const props = [
    `file=${property(a.file)}`,
    ...(a.line !== undefined ? [`line=${a.line}`] : []),
    ...(a.col !== undefined ? [`col=${a.col}`] : []),
    `title=${property(a.title)}`,
  ];
  return `::error ${props.join(',')}::${data(a.message)}`;
}

const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The 1-based line that defines `step` in `source` (`export function dW`, `export const dW =`), if any. */
export function definitionLine(source: string, step: string): number | undefined {
  const pattern = new RegExp(`^\\s*(export\\s+)?(async\\s+)?(function\\s*\\*?\\s*${step}\\b|(const|let|var)\\s+${step}\\b)`);
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

function readLine(file: string, step: string): number | undefined {
  try {
    return definitionLine(readFileSync(file, 'utf8'), step);
  } catch {
    return undefined;
  }
}

/** Inside GitHub Actions only: prints the annotations and appends the summary to the run's page. */
export function emitGitHubActions(results: GradeResults, env: NodeJS.ProcessEnv, out: { write(text: string): unknown }): void {
  if (env.GITHUB_ACTIONS !== 'true') return;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  for (const a of annotations(results, workspace, readLine)) out.write(`${workflowCommand(a)}\n`);
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, githubSummary(results));
}

/** Markdown inline text: one line, no table or HTML breakage. */
const inline = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
const cell = (text: string): string => inline(text).replace(/\|/g, '\\|');
