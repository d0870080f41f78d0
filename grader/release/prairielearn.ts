// PrairieLearn questions of a release, one per exercise and language (questions/<id>/ and, where
// the exercise has Python starters, questions/<id>-python/): an externally graded `info.json`
// (PrairieLearn's documented externalGradingOptions) and a `question.html` whose `pl-file-upload`
// asks for the files of the student's exercise folder by name. PrairieLearn puts uploads in
// /grade/student without folders, so each question tells run.sh its exercise (MLGRADE_EXERCISE,
// in externalGradingOptions.environment) and run.sh grades /grade/student as that exercise's folder.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../../reports/class/escape.js';
import type { Assignment } from '../config/assignment.js';
import { SOURCE_EXTENSIONS } from '../engine/intake.js';
import { packageRoot } from '../paths.js';
import { isPythonSource } from '../python/layout.js';
import type { ExerciseSpec } from '../spec/types.js';
import { writeFile, writeJson } from './files.js';

type Language = 'typescript' | 'python';

interface Question {
  exercise: ExerciseSpec;
  language: Language;
  /** The source files of the exercise's starter folder: what the student has, and uploads. */
  files: string[];
}

/** Writes `questions/<qid>/{info.json,question.html}` for every exercise (and its Python twin). */
export function writeQuestions(dir: string, assignment: Assignment, infoTemplate: Record<string, unknown>): void {
  for (const q of questionsOf(assignment)) {
    const qid = questionId(q);
    writeJson(path.join(dir, 'questions', qid, 'info.json'), questionInfo(infoTemplate, q, assignment.config?.title));
    writeFile(path.join(dir, 'questions', qid, 'question.html'), questionHtml(q));
  }
}

const questionId = (q: Pick<Question, 'exercise' | 'language'>): string =>
  q.language === 'python' ? `${q.exercise.id}-python` : q.exercise.id;

function questionsOf(assignment: Assignment): Question[] {
  const root = packageRoot();
  const teacher = new Map(assignment.teacher.map((t) => [t.id, t.dir]));
  return assignment.exercises.flatMap((exercise) => {
    const own = teacher.get(exercise.id);
    const ts = own ? path.join(own, 'starter') : path.join(root, 'exercises', exercise.id);
    const py = own ? undefined : path.join(root, 'exercises-python', exercise.id);
    const typescript: Question = { exercise, language: 'typescript', files: starterFiles(ts, isTypeScript) };
    const python: Question[] = py && existsSync(py) ? [{ exercise, language: 'python', files: starterFiles(py, isPythonSource) }] : [];
    return [typescript, ...python];
  });
}

const isTypeScript = (name: string): boolean => SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts');

function starterFiles(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => e.name)
    .sort();
}

function questionInfo(template: Record<string, unknown>, q: Question, course?: string): Record<string, unknown> {
  const options = template.externalGradingOptions as Record<string, unknown>;
  return {
    ...template,
    // stable across releases, so that a course keeps its questions' history when it re-releases
    uuid: uuidOf(`${course ?? 'mlgrade'}/${questionId(q)}`),
    title: q.language === 'python' ? `${q.exercise.title} (Python)` : q.exercise.title,
    externalGradingOptions: { ...options, environment: { MLGRADE_EXERCISE: q.exercise.id } },
  };
}

/** A UUID in version 4's form, from a hash of `name`. */
function uuidOf(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('');
  hex[12] = '4';
  hex[16] = '89ab'[Number.parseInt(hex[16], 16) & 3];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** pl-file-upload's CSV list: commas in a name escaped with a backslash (names cannot hold quotes). */
const csvList = (names: string[]): string => names.map((n) => n.replace(/,/g, '\\,')).join(', ');

function questionHtml(q: Question): string {
  const { id, title, steps } = q.exercise;
  const helpers = q.language === 'python' ? ['*.py'] : ['*.ts', '*.js'];
  const stepList = steps.map((s) => `<code>${escapeHtml(s.id)}</code>`).join(', ');
  return [
    '<pl-question-panel>',
    `  <p><strong>${escapeHtml(title)}</strong>: ${stepList}.</p>`,
    `  <p>Upload the files of your <code>exercises/${escapeHtml(id)}/</code> folder, and any helper module`,
    '  they import. A step you have not written yet scores 0; the others are graded.',
    `  Grade them in your workspace first: <code>npx grade --exercise ${escapeHtml(id)}</code>.</p>`,
    '  <p>Your score comes from cases with other shapes and values than the ones you see; each',
    '  step below shows how the public cases went.</p>',
    '</pl-question-panel>',
    '',
    `<pl-file-upload file-names="${escapeHtml(csvList(q.files))}" optional-file-patterns="${csvList(helpers)}"></pl-file-upload>`,
    '',
    '<pl-submission-panel>',
    '  <pl-external-grader-results></pl-external-grader-results>',
    '  <pl-file-preview></pl-file-preview>',
    '</pl-submission-panel>',
    '',
  ].join('\n');
}
