// The HTML report: one self-contained file (styles, script, charts and math inline; nothing is
// fetched, so it works from file:// and offline), written on every run. A pure function of the
// results: the view is built from them, then the templates render it.
import type { GradeResults } from '../../grader/model/results.js';
import type { ReportFile } from '../registry.js';
import { loadAssets } from './templates.js';
import { pageView } from './view.js';

export const HTML_FILE = 'report.html';

export function renderHtml(results: GradeResults): string {
  const { page, css, script } = loadAssets();
  return page({ view: pageView(results), css, script });
}

export function htmlReport(results: GradeResults): ReportFile[] {
  return [{ file: HTML_FILE, content: renderHtml(results) }];
}
