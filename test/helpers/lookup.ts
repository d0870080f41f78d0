// A "lookup" submission: every step answers by finding its arguments among the cases of the
// student bundle's oracle.json and returning the expected value stored there, without computing
// anything. It is what a student could build from everything they receive; under hidden seeds it
// must earn no hidden point.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface Table {
  exercises: { id: string; steps: { id: string; cases: { args: unknown[]; expected: unknown }[] }[] }[];
}

/** Student-side: encodes arguments as the grader's wire does, decodes a stored value. */
const LOOKUP = `import { Matrix } from 'ml-matrix';
const num = (x: number): unknown => Number.isFinite(x) ? x : { $num: Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity' };
function enc(x: any): any {
  if (typeof x === 'number') return num(x);
  if (x === undefined) return { $undefined: true };
  if (typeof x === 'function') return { $other: 'function' };
  if (x === null || typeof x !== 'object') return x;
  if (typeof x.to2DArray === 'function' && typeof x.rows === 'number') return { $m: x.to2DArray().map((r: number[]) => r.map(num)) };
  if (Array.isArray(x)) return x.map(enc);
  return Object.fromEntries(Object.keys(x).map((k) => [k, enc(x[k])]));
}
function dec(w: any): any {
  if (w === null || typeof w !== 'object') return w;
  if (Array.isArray(w)) return w.map(dec);
  if ('$m' in w) return new Matrix(w.$m.map((r: unknown[]) => r.map(dec)));
  if ('$num' in w) return Number(w.$num);
  if ('$undefined' in w) return undefined;
  return Object.fromEntries(Object.entries(w).map(([k, v]) => [k, dec(v)]));
}
export function lookup(cases: [string, unknown][], args: unknown[]): any {
  const key = JSON.stringify(args.map(enc));
  const hit = cases.find(([k]) => k === key);
  if (!hit) throw new Error('not one of the public cases');
  return dec(hit[1]);
}
`;

/** Writes `<dir>/<exercise>/<step>.ts` for every step of `exercise` in the table, except `keep`. */
export function writeLookupSubmission(oracleFile: string, dir: string, exercise: string, keep: string[] = []): void {
  const table = JSON.parse(readFileSync(oracleFile, 'utf8')) as Table;
  const found = table.exercises.find((e) => e.id === exercise);
  if (!found) throw new Error(`no ${exercise} in ${oracleFile}`);
  const folder = path.join(dir, exercise);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'lookup.ts'), LOOKUP);
  for (const step of found.steps.filter((s) => !keep.includes(s.id))) {
    const cases = step.cases.map((c) => [JSON.stringify(c.args), c.expected]);
    writeFileSync(
      path.join(folder, `${step.id}.ts`),
      [
        "import { lookup } from './lookup';",
        `const CASES = ${JSON.stringify(cases)} as [string, unknown][];`,
        `export function ${step.id}(...args: unknown[]): any {`,
        '  return lookup(CASES, args);',
        '}',
        '',
      ].join('\n'),
    );
  }
}
