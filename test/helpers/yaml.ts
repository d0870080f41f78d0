// A reader for the block YAML our workflow templates use (maps, lists, `- key: value` items,
// plain and double-quoted scalars, comments): enough to check a workflow's structure without a
// YAML dependency. Anything else (flow collections, anchors, multi-line strings) is refused.
export type Yaml = string | Yaml[] | { [key: string]: Yaml };

interface Line {
  indent: number;
  text: string;
}

export function readYaml(source: string): Yaml {
  const lines: Line[] = source
    .split('\n')
    .map((raw) => raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, ''))
    .filter((raw) => raw.trim() !== '')
    .map((raw) => ({ indent: raw.length - raw.trimStart().length, text: raw.trim() }));
  const [value] = block(lines, 0, lines[0]?.indent ?? 0);
  return value;
}

function block(lines: Line[], at: number, indent: number): [Yaml, number] {
  return lines[at].text.startsWith('- ') ? list(lines, at, indent) : map(lines, at, indent);
}

function list(lines: Line[], at: number, indent: number): [Yaml[], number] {
  const items: Yaml[] = [];
  let i = at;
  while (i < lines.length && lines[i].indent === indent && lines[i].text.startsWith('- ')) {
    const rest = lines[i].text.slice(2);
    if (/^[\w.-]+:( |$)/.test(rest)) {
      // `- key: value` opens a map whose keys sit two columns in
      lines[i] = { indent: indent + 2, text: rest };
      const [item, next] = map(lines, i, indent + 2);
      items.push(item);
      i = next;
    } else {
      items.push(scalar(rest));
      i++;
    }
  }
  return [items, i];
}

function map(lines: Line[], at: number, indent: number): [{ [key: string]: Yaml }, number] {
  const out: { [key: string]: Yaml } = {};
  let i = at;
  while (i < lines.length && lines[i].indent === indent && !lines[i].text.startsWith('- ')) {
    const match = /^([\w.'-]+):(?: (.*))?$/.exec(lines[i].text);
    if (!match) throw new Error(`not a key: ${lines[i].text}`);
    const key = match[1].replace(/^'(.*)'$/, '$1');
    i++;
    if (match[2] !== undefined) {
      out[key] = scalar(match[2]);
    } else if (i < lines.length && lines[i].indent > indent) {
      [out[key], i] = block(lines, i, lines[i].indent);
    } else {
      out[key] = '';
    }
  }
  return [out, i];
}

function scalar(text: string): string {
  if (/^[[{&*|>]/.test(text)) throw new Error(`unsupported YAML: ${text}`);
  return text.startsWith('"') && text.endsWith('"') ? (JSON.parse(text) as string) : text;
}
