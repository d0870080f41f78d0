// Writes the chosen reports into the output folder (the only part of reporting that touches disk).
// Each file is written whole to a temporary name, then renamed over the old one: a grader killed
// mid-write leaves the previous complete file (provisional results, engine/journal.ts), never half.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GradeResults } from '../grader/model/results.js';
import { REPORTERS, type ReporterName, type Writer } from './registry.js';

/** The writers of these reports, loaded once each. */
export function loadWriters(names: ReporterName[]): Promise<Writer[]> {
  return Promise.all([...new Set(names)].map((name) => REPORTERS[name]()));
}

/** Writes every report and returns the paths written, in order. */
export async function writeReports(results: GradeResults, names: ReporterName[], outDir: string): Promise<string[]> {
  return writeWith(await loadWriters(names), results, outDir);
}

/** The same with writers already loaded, at once. */
export function writeWith(writers: Writer[], results: GradeResults, outDir: string): string[] {
  const files = writers.flatMap((write) => write(results));
  const written: string[] = [];
  for (const { file, content } of files) {
    const target = path.join(outDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, content);
    renameSync(temp, target);
    written.push(target);
  }
  return written;
}
