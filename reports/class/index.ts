// The batch's class-wide reports, as pure writers over every student's results (the per-student
// results.json files are the ordinary json report): the gradebook CSV, the LMS gradebooks asked
// for, and the class report page.
import type { ReportFile } from '../registry.js';
import { gradesCsv } from './csv.js';
import { classHtml, type ClassHtmlOptions } from './html.js';
import { LMS_FILES, lmsCsv, type LmsExport } from './lms.js';
import { classStats, type ClassEntry } from './stats.js';

export type { ClassEntry } from './stats.js';

export const GRADES_CSV = 'grades.csv';
export const CLASS_REPORT_HTML = 'class-report.html';

export interface ClassReportOptions extends ClassHtmlOptions {
  /** LMS gradebooks to write beside grades.csv (`grade batch --export`), with their grade column's name. */
  exports?: LmsExport[];
  lmsColumn?: string;
}

/** `entries` in the batch's order (the gradebook's row order). */
export function classReports(entries: ClassEntry[], options: ClassReportOptions): ReportFile[] {
  const { exports = [], lmsColumn, ...html } = options;
  return [
    { file: GRADES_CSV, content: gradesCsv(entries) },
    ...exports.map((lms) => ({ file: LMS_FILES[lms], content: lmsCsv(lms, entries, lmsColumn) })),
    { file: CLASS_REPORT_HTML, content: classHtml(classStats(entries), html) },
  ];
}
