// The class report: one self-contained HTML page (inline CSS and SVG, no script, no network) that
// answers a teacher's questions in order: which misconception to address first, how scores are
// spread, which steps the class fails, who is behind each misconception, which submissions were
// slow, and which could not be graded. A pure function of the statistics.
import { escapeHtml as h } from './escape.js';
import { histogramSvg, binLabel } from './svg.js';
import { CLASS_CSS } from './style.js';
import { linked, studentList } from './links.js';
import { sameOutputs, similar } from './similar-html.js';
import type { ClassChanges } from './changes.js';
import { changesHtml } from './changes-html.js';
import type { ClassMisconception, ClassStats, SameOutputs, SimilarPair, StepStat, Teaching } from './stats.js';

export interface ClassHtmlOptions {
  /** Tool name and version, seed … shown under the title. */
  meta: string;
  /** Pairs whose code is the same after normalising (grader/batch/similarity.ts); the section is left out without. */
  similar?: SimilarPair[];
  /** Pairs whose wrong outputs agree (grader/batch/outputs.ts), and how many agree only by shared misconceptions. */
  sameOutputs?: SameOutputs;
  /** What changed since an earlier batch (`--compare`); the section is left out without. */
  changes?: ClassChanges;
}

export function classHtml(stats: ClassStats, options: ClassHtmlOptions): string {
  return (
    [
      '<!doctype html>',
      '<html lang="en">',
      '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
      // no network, no script: the page must never call out, whatever a student name contains
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      `<title>Class report — ${stats.students} submissions</title><style>${CLASS_CSS}</style></head>`,
      '<body><main>',
      `<h1>Class report</h1><p class="meta">${h(options.meta)}</p>`,
      nav(options),
      summary(stats),
      section('address-first', addressFirst(stats.misconceptions)),
      section('distribution', distribution(stats)),
      options.changes ? section('changes', changesHtml(options.changes)) : '',
      section('pass-rates', passRates(stats.steps)),
      section('misconceptions', misconceptionsPerStep(stats.steps)),
      section('slowest', slowest(stats)),
      section('ungraded', ungraded(stats)),
      options.similar ? section('similar', similar(options.similar)) : '',
      options.sameOutputs ? section('same-outputs', sameOutputs(options.sameOutputs, options.similar ?? [])) : '',
      '</main></body></html>',
    ].join('\n') + '\n'
  );
}

/** A landmark per section, named by its heading, so screen readers can jump between them. */
const section = (id: string, body: string): string => `<section id="${id}" aria-labelledby="${id}-title">\n${body}\n</section>`;

function nav(options: ClassHtmlOptions): string {
  const links: [string, string][] = [
    ['address-first', 'Address first'],
    ['distribution', 'Score distribution'],
    ...(options.changes ? [['changes', 'Since the previous batch'] as [string, string]] : []),
    ['pass-rates', 'Pass rate per step'],
    ['misconceptions', 'Misconceptions per step'],
    ['slowest', 'Slowest'],
    ['ungraded', 'Could not be graded'],
    ...(options.similar ? [['similar', 'Similar code'] as [string, string]] : []),
    ...(options.sameOutputs ? [['same-outputs', 'Same wrong outputs'] as [string, string]] : []),
  ];
  return `<nav aria-label="Sections"><ul>${links.map(([id, text]) => `<li><a href="#${id}">${text}</a></li>`).join('')}</ul></nav>`;
}

function summary(stats: ClassStats): string {
  const pct = (x: number | null): string => (x === null ? '—' : `${x.toFixed(1)}%`);
  const items: [string, string, string][] = [
    ['submissions', 'Submissions', String(stats.students)],
    ['graded', 'Graded', String(stats.graded.length)],
    ['ungraded', 'Could not be graded', String(stats.ungraded.length)],
    ['mean', 'Mean score', pct(stats.meanPercent)],
    ['median', 'Median score', pct(stats.medianPercent)],
  ];
  const cells = items.map(([key, label, value]) => `<div data-summary="${key}"><dt>${label}</dt><dd>${value}</dd></div>`);
  return `<dl class="summary">${cells.join('')}</dl>`;
}

function addressFirst(all: ClassMisconception[]): string {
  const head = '<h2 id="address-first-title">Misconceptions to address first</h2>';
  if (all.length === 0) return `${head}<p>No misconception was diagnosed in this batch.</p>`;
  const rows = all.map(
    (m) =>
      `<tr data-misconception="${h(m.id)}" data-count="${m.students.length}"><th scope="row"><code>${h(m.id)}</code></th>` +
      `<td class="num">${m.students.length}</td><td>${m.steps.map((s) => `<code>${h(s)}</code>`).join(', ')}</td>` +
      `${teaching(m)}<td class="students">${studentList(m.students)}</td></tr>`,
  );
  return (
    `${head}<table><caption>Every misconception diagnosed, by the number of students it concerns (most first).</caption>
<thead><tr><th scope="col">Misconception</th><th scope="col" class="num">Students</th><th scope="col">Steps</th>` +
    '<th scope="col">What to teach</th><th scope="col">Lecture notes</th><th scope="col">Who</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>`
  );
}

function distribution(stats: ClassStats): string {
  const rows = stats.histogram.map(
    (b, i) =>
      `<tr data-bin="${i}" data-count="${b.students.length}"><th scope="row">${binLabel(b)}</th>` +
      `<td class="num">${b.students.length}</td><td class="students">${studentList(b.students)}</td></tr>`,
  );
  const left = stats.ungraded.length > 0 ? ` The ${stats.ungraded.length} that could not be graded are not included.` : '';
  return (
    `<h2 id="distribution-title">Score distribution</h2>
<p>Graded submissions by score, in bands of 10% of the maximum score ` +
    `(a band includes its lower bound; the last includes 100%).${left}</p>
${histogramSvg(stats.histogram)}
<details>` +
    `<summary>The same as a table, with the students in each band</summary><table><caption>Students per score band</caption>
<thead>` +
    `<tr><th scope="col">Score band</th><th scope="col" class="num">Students</th><th scope="col">Who</th></tr></thead>` +
    `<tbody>${rows.join('\n')}</tbody></table></details>`
  );
}

function passRates(steps: StepStat[]): string {
  const rows = steps.map((s) => {
    const rate = s.attempted > 0 ? (100 * s.passed) / s.attempted : 0;
    const top = s.misconceptions[0];
    const counts = `data-own="${s.ownFailures}" data-knocked-on="${s.knockedOn}" data-not-started="${s.notStarted}"`;
    return (
      `<tr data-step="${h(`${s.exercise}/${s.step}`)}" data-passed="${s.passed}" data-attempted="${s.attempted}" ${counts}>` +
      `<td>${h(s.exercise)}</td>` +
      `<th scope="row"><code>${h(s.step)}</code></th><td class="num">${s.passed}/${s.attempted}</td>` +
      `<td><span class="rate"><span class="track" aria-hidden="true"><span class="fill" style="width:${rate.toFixed(1)}%"></span></span>` +
      `${s.attempted > 0 ? `${rate.toFixed(0)}%` : '—'}</span></td>` +
      `<td class="num">${s.ownFailures}</td><td class="num">${s.knockedOn}</td><td class="num">${s.notStarted}</td>` +
      `<td>${top ? `<code>${h(top.id)}</code> (${top.students.length})` : ''}</td></tr>`
    );
  });
  return (
    '<h2 id="pass-rates-title">Pass rate per step</h2><table><caption>Graded submissions whose step passed, in curriculum order. ' +
    `Of those that did not:
failed on its own; knocked on (it failed only because a step it imports failed: teach that one first); ` +
    `not started (missing, or still the starter).</caption>
<thead><tr><th scope="col">Exercise</th><th scope="col">Step</th>` +
    '<th scope="col" class="num">Passed</th><th scope="col">Rate</th><th scope="col" class="num">Failed on its own</th>' +
    '<th scope="col" class="num">Knocked on</th><th scope="col" class="num">Not started</th>' +
    '<th scope="col">Most frequent misconception</th>' +
    `</tr></thead><tbody>${rows.join('\n')}</tbody></table>`
  );
}

/** The catalogue's teaching point and notes (never a student's code or values). */
const teaching = (m: Teaching): string => `<td data-teach>${h(m.teach)}</td><td>${h(m.note)}</td>`;

function misconceptionsPerStep(steps: StepStat[]): string {
  const withAny = steps.filter((s) => s.misconceptions.length > 0);
  const head = '<h2 id="misconceptions-title">Misconceptions per step</h2>';
  if (withAny.length === 0) return `${head}<p>No misconception was diagnosed in this batch.</p>`;
  const sections = withAny.map((s) => {
    const key = `${s.exercise}/${s.step}`;
    const rows = s.misconceptions.map(
      (m) =>
        `<tr data-step="${h(key)}" data-misconception="${h(m.id)}" data-count="${m.students.length}">` +
        `<th scope="row"><code>${h(m.id)}</code></th><td class="num">${m.students.length}</td>` +
        `<td class="students" data-students="${h(JSON.stringify(m.students))}">${studentList(m.students)}</td>${teaching(m)}</tr>`,
    );
    return (
      `<h3><code>${h(key)}</code></h3><table><caption>${s.attempted - s.passed} of ${s.attempted} graded submissions ` +
      `did not pass <code>${h(key)}</code>.</caption>
<thead><tr><th scope="col">Misconception</th><th scope="col" class="num">Students</th>` +
      '<th scope="col">Who</th><th scope="col">What to teach</th><th scope="col">Lecture notes</th></tr></thead>' +
      `<tbody>${rows.join('\n')}</tbody></table>`
    );
  });
  return `${head}\n${sections.join('\n')}`;
}

function slowest(stats: ClassStats): string {
  const rows = stats.slowest.map(
    (e) =>
      `<tr data-student="${h(e.student)}"><th scope="row">${linked(e.student)}</th>` +
      `<td class="num">${(e.durationMs / 1000).toFixed(1)} s</td>` +
      `<td class="num">${e.results.graderError ? '<span class="error">not graded</span>' : `${e.results.score}/${e.results.maxScore}`}` +
      '</td></tr>',
  );
  return (
    `<h2 id="slowest-title">Slowest submissions</h2><table><caption>The ${stats.slowest.length} submissions that took longest to grade ` +
    `(a time limit reached shows here first).</caption>
<thead><tr><th scope="col">Student</th><th scope="col" class="num">Time</th>` +
    `<th scope="col" class="num">Score</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
  );
}

function ungraded(stats: ClassStats): string {
  const head = '<h2 id="ungraded-title">Submissions that could not be graded</h2>';
  if (stats.ungraded.length === 0) return `${head}<p class="ok">Every submission was graded.</p>`;
  const rows = stats.ungraded.map(
    (u) =>
      `<tr data-student="${h(u.student)}"><th scope="row">${linked(u.student)}</th><td><code>${h(u.error.name)}</code></td>` +
      `<td class="error">${h(clip(u.error.message))}</td></tr>`,
  );
  return (
    `${head}<table><caption>${stats.ungraded.length} submission${stats.ungraded.length === 1 ? '' : 's'}: ` +
    `each has a results.json saying why, with every step at 0.</caption>
<thead><tr><th scope="col">Student</th><th scope="col">Error</th>` +
    `<th scope="col">Why</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
  );
}

const MAX_MESSAGE = 500;
const clip = (text: string): string => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text);
