// The class report's similarity sections: evidence for the teacher to look at, never a verdict.
import { escapeHtml as h } from './escape.js';
import { linked } from './links.js';
import type { SameOutputs, SameOutputStep, SimilarPair } from './stats.js';

export function similar(pairs: SimilarPair[]): string {
  const head = '<h2 id="similar-title">Similar code</h2>';
  const intro =
    '<p>Pairs of submissions with source files that are the same code once comments, formatting and names are normalised away ' +
    '(files still equal to the starter, and very short ones, do not count). A reason to look, not a verdict: no score was changed.</p>';
  if (pairs.length === 0) return `${head}${intro}<p class="ok">No two submissions share such a file.</p>`;
  const rows = pairs.map(
    (p) =>
      `<tr data-pair="${h(JSON.stringify(p.students))}"><th scope="row">${linked(p.students[0])}</th><td>${linked(p.students[1])}</td>` +
      `<td>${p.files.map((f) => `<code>${h(f)}</code>`).join(', ')}</td></tr>`,
  );
  return (
    `${head}${intro}<table><caption>${pairs.length} pair${pairs.length === 1 ? '' : 's'}</caption>
<thead><tr><th scope="col">Student</th>` +
    `<th scope="col">Student</th><th scope="col">Same code in</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
  );
}

/** Weaker evidence than the same code, so it comes after it: the cases are the proof, the pair a reason to look. */
export function sameOutputs(found: SameOutputs, codePairs: SimilarPair[]): string {
  const head = '<h2 id="same-outputs-title">Same wrong outputs</h2>';
  const intro =
    `<p>Pairs of submissions that return the same wrong values (to ${found.digits} significant digits) ` +
    `on the same public cases of at least ${found.minSteps} steps that fail on their own, at least one of them not explained ` +
    'by a misconception both were diagnosed with. Weaker evidence than the same code: look at both reports. No score was changed.</p>';
  const expected =
    found.explained > 0
      ? `<p data-explained="${found.explained}">${found.explained} other pair${found.explained === 1 ? '' : 's'} returned the same ` +
        'wrong values only where both have the same catalogued misconception: expected of the same mistake, not listed.</p>'
      : '';
  if (found.flagged.length === 0) return `${head}${intro}<p class="ok">No two submissions share such wrong outputs.</p>${expected}`;
  const sameCode = new Set(codePairs.map((p) => JSON.stringify(p.students)));
  const rows = found.flagged.map((p) => {
    const key = JSON.stringify(p.students);
    return (
      `<tr data-pair="${h(key)}"><th scope="row">${linked(p.students[0])}</th><td>${linked(p.students[1])}</td>` +
      `<td>${p.steps.map(stepEvidence).join('<br>')}</td><td>${sameCode.has(key) ? 'yes' : 'no'}</td></tr>`
    );
  });
  return (
    `${head}${intro}<table><caption>${found.flagged.length} pair${found.flagged.length === 1 ? '' : 's'}, most steps first</caption>` +
    '<thead><tr><th scope="col">Student</th><th scope="col">Student</th><th scope="col">Same wrong values in</th>' +
    `<th scope="col">Same code too</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>${expected}`
  );
}

const stepEvidence = (s: SameOutputStep): string =>
  `<code>${h(s.step)}</code>: ${s.cases.length} case${s.cases.length === 1 ? '' : 's'} (${s.cases.map(h).join('; ')})` +
  (s.explainedBy.length > 0 ? ` — both ${s.explainedBy.map((m) => `<code>${h(m)}</code>`).join(', ')}` : '');
