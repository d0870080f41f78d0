// Student names in the class report link to the student's own report, written by `grade batch`
// beside their results.json (ids are path-safe); long lists fold away.
import { escapeHtml as h } from './escape.js';

/** Each student's own report, written by `grade batch` beside their results.json (ids are path-safe). */
export const studentReportHref = (student: string): string => `students/${encodeURIComponent(student)}/report.html`;
export const linked = (student: string): string => `<a href="${h(studentReportHref(student))}">${h(student)}</a>`;

/** Long lists fold away, so 200 names do not push the rest of the page down. */
export function studentList(students: string[]): string {
  const text = students.map(linked).join(', ');
  if (students.length <= 12) return text;
  return `<details><summary>${students.length} students</summary>${text}</details>`;
}
