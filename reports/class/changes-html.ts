// The class report's "Since the previous batch" section (`grade batch --compare`): a pure function
// of the comparison, student names linked to their reports like everywhere in the page.
import { type ClassChanges, changesLine, delta, type StepRateChange, type StudentChange } from './changes.js';
import { escapeHtml as h } from './escape.js';
import { linked, studentList } from './links.js';

export function changesHtml(c: ClassChanges): string {
  const head = '<h2 id="changes-title">Since the previous batch</h2>';
  if (c.status === 'unreadable') return `${head}<p class="error">${h(changesLine(c))}</p>`;
  const who = (label: string, key: string, students: string[]): string =>
    students.length > 0 ? `<p data-${key}="${students.length}">${label}: ${studentList(students)}</p>` : '';
  return [
    head,
    `<p>${h(changesLine(c))}</p>`,
    who('New in this batch', 'added', c.added),
    who('In the previous batch, not in this one', 'missing', c.missing),
    c.changed.length > 0 ? studentTable(c.changed, c.withSteps) : '<p>No student’s score changed.</p>',
    c.withSteps ? stepTable(c.steps) : '',
  ].join('\n');
}

const score = (x: number | null): string => (x === null ? '<span class="error">not graded</span>' : String(x));
const signed = (d: number | null): string => (d === null ? '—' : d > 0 ? `+${d}` : String(d));
const codes = (steps: string[]): string => steps.map((s) => `<code>${h(s)}</code>`).join(', ');

function studentTable(changed: StudentChange[], withSteps: boolean): string {
  const rows = changed.map(
    (c) =>
      `<tr data-student="${h(c.student)}" data-delta="${signed(delta(c))}"><th scope="row">${linked(c.student)}</th>` +
      `<td class="num">${score(c.before)}</td><td class="num">${score(c.after)}</td><td class="num">${signed(delta(c))}</td>` +
      (withSteps ? `<td>${codes(c.nowPassing)}</td><td>${codes(c.nowFailing)}</td>` : '') +
      '</tr>',
  );
  const stepHeads = withSteps ? '<th scope="col">Now passing</th><th scope="col">Now failing</th>' : '';
  return (
    '<table><caption>Students whose score or steps changed, most improved first</caption>' +
    '<thead><tr><th scope="col">Student</th><th scope="col" class="num">Before</th><th scope="col" class="num">Now</th>' +
    `<th scope="col" class="num">Change</th>${stepHeads}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`
  );
}

function stepTable(steps: StepRateChange[]): string {
  const pct = (x: number | null): string => (x === null ? '—' : `${x.toFixed(0)}%`);
  const rows = steps.map(
    (s) =>
      `<tr data-step="${h(s.step)}" data-before="${pct(s.before)}" data-after="${pct(s.after)}">` +
      `<th scope="row"><code>${h(s.step)}</code></th><td class="num">${pct(s.before)}</td><td class="num">${pct(s.after)}</td></tr>`,
  );
  return (
    '<table><caption>Pass rate of each step, then and now (of the graded submissions of each batch)</caption>' +
    '<thead><tr><th scope="col">Step</th><th scope="col" class="num">Before</th><th scope="col" class="num">Now</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>`
  );
}
