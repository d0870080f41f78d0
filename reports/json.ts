// The machine-readable report: the results exactly as the model holds them, pretty-printed.
import type { GradeResults } from '../grader/model/results.js';
import type { ReportFile } from './registry.js';

export function resultsJson(results: GradeResults): string {
  return JSON.stringify(results, null, 2) + '\n';
}

export function jsonReport(results: GradeResults): ReportFile[] {
  return [{ file: 'results.json', content: resultsJson(results) }];
}
