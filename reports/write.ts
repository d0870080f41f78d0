// Writes the chosen reports into the output folder (the only part of reporting that touches disk).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GradeResults } from '../grader/model/results.js';
import { REPORTERS, type ReporterName } from './registry.js';

/** Writes every report and returns the paths written, in order. */
export async function writeReports(results: GradeResults, names: ReporterName[], outDir: string): Promise<string[]> {
  const writers = await Promise.all([...new Set(names)].map((name) => REPORTERS[name]()));
  const files = writers.flatMap((write) => write(results));
  const written: string[] = [];
  for (const { file, content } of files) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    written.push(target);
  }
  return written;
}
