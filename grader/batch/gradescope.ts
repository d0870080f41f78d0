// Gradescope's "Export Submissions": a folder with `submission_metadata.yml` and one
// `submission_<id>/` folder per submission. The metadata is YAML with Ruby-symbol keys:
//
//   submission_123:
//     :submitters:
//     - :name: Ada Lovelace
//       :email: ada@example.edu
//     :results: …            (may hold `:name:` keys of its own: tests, not people)
//
// Only the submitters (name, e-mail, student id) are needed, so this reads that small subset line
// by line rather than depending on a YAML library that would also have to accept Ruby tags such as
// !ruby/object.

export const GRADESCOPE_METADATA = 'submission_metadata.yml';

export interface Submitter {
  name?: string;
  email?: string;
  sid?: string;
}

const SUBMITTER_FIELD = /^(-\s+)?:(name|email|sid):\s*(.*)$/;

/** The submitters of each submission folder (`submission_123`), in file order. */
export function submitters(yaml: string): Map<string, Submitter[]> {
  const found = new Map<string, Submitter[]>();
  let current: string | undefined;
  let submittersIndent: number | undefined;
  for (const raw of yaml.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#') || raw.startsWith('---')) continue;
    const indent = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (indent === 0) {
      current = topLevelKey(line);
      submittersIndent = undefined;
      if (current) found.set(current, []);
      continue;
    }
    if (submittersIndent !== undefined && !insideBlock(indent, line, submittersIndent)) submittersIndent = undefined;
    if (line === ':submitters:') {
      submittersIndent = indent;
      continue;
    }
    const field = submittersIndent !== undefined && current ? SUBMITTER_FIELD.exec(line) : null;
    const list = current ? found.get(current) : undefined;
    if (!field || !list) continue;
    // `- ` starts the next submitter; the fields under it belong to the last one
    if (field[1] || list.length === 0) list.push({});
    (list[list.length - 1] as Record<string, string>)[field[2]] = unquote(field[3]);
  }
  return found;
}

/** Submitter names by submission folder, in file order. */
export const submitterNames = (yaml: string): Map<string, string[]> =>
  new Map([...submitters(yaml)].map(([id, people]) => [id, people.flatMap((p) => (p.name ? [p.name] : []))]));

/** A block sequence may sit at its key's own indentation (`- ` items), or deeper. */
const insideBlock = (indent: number, line: string, blockIndent: number): boolean =>
  indent > blockIndent || (indent === blockIndent && line.startsWith('- '));

function topLevelKey(line: string): string | undefined {
  const match = /^(['"]?)([^'":]+)\1:\s*$/.exec(line);
  return match?.[2].trim();
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  return v;
}
