// The class report's similarity sections: evidence for the teacher to look at, never a verdict.
import { escapeHtml as h } from './escape.js';
import { linked } from './links.js';
import type { SimilarPair } from './stats.js';

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
