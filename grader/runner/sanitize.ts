// Student text is shown, never obeyed: control characters become visible escapes, so printed output,
// error messages and returned strings cannot move the cursor, clear the screen, overwrite a line
// with a fake "PASSED" (\r), reorder text (bidi overrides) or start a CI workflow command (::error::)
// in whatever later displays them.

// C0 controls but \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates, line/paragraph separators
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** `\x1b[2J` → the visible text `\x1b[2J`, a carriage return → `\r`; tabs and newlines stay. */
export function escapeControl(text: string): string {
  const escaped = text.replace(CONTROL, (c) => {
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  // a line of student text that starts like a GitHub Actions command is shown, not run
  return escaped.replace(/^(\s*)::/gm, '$1:\u200b:');
}

/** Escapes text that must stay on one line (an object key): newlines are escaped too. */
export const escapeLine = (text: string): string => escapeControl(text).replace(/\n/g, '\\n');

export const MAX_DEPTH = 64;
/** Objects and arrays in one reply (numbers and strings are not counted). */
export const MAX_NODES = 2_000_000;

/** Walks a parsed reply without recursion (a hostile reply may nest a million levels deep). */
function walk(root: unknown, visit: (value: unknown, depth: number) => string | undefined): string | undefined {
  let nodes = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_NODES) return `more than ${MAX_NODES} objects and arrays`;
    if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
    const problem = visit(value, depth);
    if (problem) return problem;
    if (value === null || typeof value !== 'object') continue;
    const children = Array.isArray(value) ? value : Object.values(value as object);
    for (const child of children)
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      else if (typeof child === 'number' && !Number.isFinite(child)) return 'a number out of range';
  }
  return undefined;
}

/**
 * What JSON Schema cannot say about a parsed reply: bounded nesting and size, finite numbers
 * (JSON.parse turns 1e999 into Infinity), rectangular matrices. Returns the first problem found.
 */
export function shapeProblem(root: unknown): string | undefined {
  return walk(root, (value) => {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'a number out of range';
    const rows = (value as { $m?: unknown } | null)?.$m;
    if (Array.isArray(rows) && !rectangular(rows)) return 'a matrix whose rows differ in length';
    return undefined;
  });
}

/** Escapes every string and key of a validated reply, in place. */
export function escapeStrings(root: unknown): void {
  walk(root, (value) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (typeof value[i] === 'string') value[i] = escapeControl(value[i] as string);
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const key of Object.keys(object)) {
        const child = typeof object[key] === 'string' ? escapeControl(object[key] as string) : object[key];
        const safeKey = escapeLine(key);
        if (safeKey !== key) delete object[key];
        object[safeKey] = child;
      }
    }
    return undefined;
  });
}

function rectangular(rows: unknown[]): boolean {
  const width = Array.isArray(rows[0]) ? rows[0].length : 0;
  return rows.every((row) => Array.isArray(row) && row.length === width);
}
