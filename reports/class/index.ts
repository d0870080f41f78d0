// The batch's class-wide reports, as pure writers over every student's results (the per-student
// results.json files are the ordinary json report): the gradebook CSV and the class report page.
import type { ReportFile } from '../registry.js';
import { gradesCsv } from './csv.js';
import { classHtml, type ClassHtmlOptions } from './html.js';
import { classStats, type ClassEntry } from './stats.js';

export type { ClassEntry } from './stats.js';

export const GRADES_CSV = 'grades.csv';
export const CLASS_REPORT_HTML = 'class-report.html';

/** `entries` in the batch's order (the gradebook's row order). */
export function classReports(entries: ClassEntry[], options: ClassHtmlOptions): ReportFile[] {
  return [
    { file: GRADES_CSV, content: gradesCsv(entries) },
    { file: CLASS_REPORT_HTML, content: classHtml(classStats(entries), options) },
  ];
}
