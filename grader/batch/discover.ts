// Who is in the batch: every sub-folder and every `.zip` of the batch folder is one student; a
// Gradescope export is recognised by its metadata file and named from it. The batch folder may
// itself be a zip (Gradescope hands the export out as one); it is then extracted first.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../engine/errors.js';
import { GRADESCOPE_METADATA, submitters, type Submitter } from './gradescope.js';
import { isIgnored, uniqueIds } from './layout.js';
import { extractZip, ZipError } from './zip.js';

export interface StudentSource {
  /** Unique in the batch, safe as a folder name and a CSV cell. */
  id: string;
  /** The name as given (`Sybil O'Brien` for that folder or zip, the export's names), for the gradebook. */
  name: string;
  /** Where the submission is: a folder, or a zip file to extract. */
  source: string;
  kind: 'folder' | 'zip';
  /** Where the teacher finds it, when `source` is in a temporary folder (an extracted export zip): where it unzips to. */
  shown?: string;
  /** Who handed it in, when a Gradescope export says so (a group has several). */
  submitters?: Submitter[];
}

export interface BatchInput {
  layout: 'folders' | 'gradescope';
  students: StudentSource[];
  /** Removes what opening the batch extracted (nothing for a plain folder). */
  close(): void;
}

/** Limits for the batch zip itself: a whole class, so larger than one student's. */
const GIB = 1024 ** 3;
const EXPORT_LIMITS = { maxArchiveBytes: GIB, maxEntries: 200_000, maxFileBytes: 64 << 20, maxTotalBytes: 2 * GIB };

export function openBatch(input: string): BatchInput {
  const given = path.resolve(input);
  if (!existsSync(given)) throw new UsageError(`no batch folder ${input}: pass a folder with one sub-folder or zip per student`);
  if (statSync(given).isDirectory()) return { ...discover(exportRoot(given)), close: () => undefined };
  if (!given.endsWith('.zip'))
    throw new UsageError(`${input} is a file; pass a folder with one sub-folder or zip per student (or a Gradescope export zip)`);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'mlgrade-batch-'));
  try {
    extractZip(given, temp, EXPORT_LIMITS);
    const found = discover(exportRoot(temp));
    // results and repro commands name the folder the export unzips to, not this temporary one
    const unzipped = given.replace(/\.zip$/i, '');
    const students = found.students.map((s) => ({ ...s, shown: path.join(unzipped, path.relative(temp, s.source)) }));
    return { ...found, students, close: () => rmSync(temp, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    if (error instanceof ZipError) throw new UsageError(`cannot open ${input}: ${error.message}`);
    throw error;
  }
}

/** An export unzipped into a folder of its own (`assignment_1_export/`) is found one level down. */
function exportRoot(dir: string): string {
  if (existsSync(path.join(dir, GRADESCOPE_METADATA))) return dir;
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !isIgnored(e.name));
  const only = entries.length === 1 && entries[0].isDirectory() ? path.join(dir, entries[0].name) : undefined;
  return only && existsSync(path.join(only, GRADESCOPE_METADATA)) ? only : dir;
}

function discover(dir: string): Omit<BatchInput, 'close'> {
  const metadata = path.join(dir, GRADESCOPE_METADATA);
  const layout = existsSync(metadata) ? 'gradescope' : 'folders';
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !isIgnored(e.name) && (e.isDirectory() || (e.isFile() && e.name.toLowerCase().endsWith('.zip'))))
    .filter((e) => layout === 'folders' || e.name.startsWith('submission_'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (entries.length === 0) throw new UsageError(`no submissions in ${dir}: expected one sub-folder or .zip file per student`);
  const people = layout === 'gradescope' ? submitters(readFileSync(metadata, 'utf8')) : new Map<string, Submitter[]>();
  const peopleOf = (e: { name: string }): Submitter[] => people.get(e.name.replace(/\.zip$/i, '')) ?? [];
  const labels = entries.map((e) => {
    const names = peopleOf(e).flatMap((p) => (p.name ? [p.name] : []));
    return names.length > 0 ? names.join(' + ') : e.name.replace(/\.zip$/i, '');
  });
  const ids = uniqueIds(labels);
  const students = entries.map(
    (e, i): StudentSource => ({
      id: ids[i],
      name: labels[i],
      source: path.join(dir, e.name),
      kind: e.isDirectory() ? 'folder' : 'zip',
      ...(peopleOf(e).length > 0 ? { submitters: peopleOf(e) } : {}),
    }),
  );
  return { layout, students };
}
