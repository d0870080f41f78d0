// A value mismatch made visible: the expected and the student's matrices side by side with the
// wrong cells marked (tinted, outlined, bold, and "wrong" for screen readers: never colour alone),
// or, for a matrix too large to print, a heat map of the error with the wrong cells crossed and a
// table of the first wrong entries. Which cells are wrong is the model's `wrong`, decided by the
// comparison funnel; a matrix too large to send whole comes as a window (`excerpt`).
import type { Problem } from '../../grader/model/results.js';
import { decodeNumber, type Wire } from '../../grader/model/wire.js';
import { esc, num } from './format.js';

/** Largest matrix printed as tables; a larger one becomes a heat map. */
export const TABLE_MAX_ROWS = 12;
export const TABLE_MAX_COLS = 10;
const HEATMAP_LISTED = 10;

type Grid = number[][];

/** Both sides of a mismatch, and where they start in the whole matrix (0, 0 unless an excerpt). */
interface Sides {
  expected: Grid;
  received: Grid;
  row: number;
  col: number;
  wrong: boolean[][];
}

/** The side-by-side view of a `values` problem that carries both sides (or a window of them), or undefined. */
export function mismatchView(problem: Problem, id: string): string | undefined {
  const sides = sidesOf(problem);
  if (!sides) return undefined;
  const { expected, received, wrong } = sides;
  const [rows, cols] = [expected.length, expected[0].length];
  if (rows === 1 && cols === 1 && !problem.excerpt) return scalar(expected[0][0], received[0][0], wrong[0][0]);
  if (rows <= TABLE_MAX_ROWS && cols <= TABLE_MAX_COLS && !problem.excerpt) {
    return `<div class="matrices">${table('Expected', expected, wrong, 'expected')}${table('Yours', received, wrong, 'received')}</div>`;
  }
  const whole = problem.excerpt ? ([problem.excerpt.rows, problem.excerpt.cols] as const) : ([rows, cols] as const);
  return `<div class="matrices">${heatmap(sides, whole, id)}${wrongList(sides)}</div>`;
}

function sidesOf(problem: Problem): Sides | undefined {
  const from = problem.excerpt ?? { row: 0, col: 0, expected: problem.expected, received: problem.received };
  if (from.expected === undefined || from.received === undefined) return undefined;
  const expected = gridOf(from.expected);
  const received = gridOf(from.received);
  if (!expected || !received || !sameShape(expected, received)) return undefined;
  // results written before `wrong` existed name at least their first wrong entries
  const marked = new Set((problem.wrong ?? problem.stats?.firstPositions ?? []).map(([r, c]) => `${r - from.row},${c - from.col}`));
  const wrong = expected.map((row, r) => row.map((_, c) => marked.has(`${r},${c}`)));
  return { expected, received, row: from.row, col: from.col, wrong };
}

/** A matrix (`{$m}`), a number, or rows of numbers as a grid; undefined for anything else. */
function gridOf(w: Wire): Grid | undefined {
  const n = decodeNumber(w);
  if (n !== undefined) return [[n]];
  const rows = w !== null && typeof w === 'object' && !Array.isArray(w) && '$m' in w ? (w.$m as Wire[][]) : w;
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  // a flat list of numbers (costs) is one row
  const asRows = rows.every((x) => decodeNumber(x) !== undefined) ? [rows] : rows;
  const grid = asRows.map((row) => (Array.isArray(row) ? row.map((x) => decodeNumber(x) ?? Number.NaN) : []));
  return grid[0].length > 0 && grid.every((row) => row.length === grid[0].length) ? grid : undefined;
}

const sameShape = (a: Grid, b: Grid): boolean => a.length === b.length && a[0].length === b[0].length;

/** A number needs no table: both values on one line, the student's marked when wrong. */
function scalar(expected: number, received: number, wrong: boolean): string {
  const yours = wrong ? `<span class="wrong-value"><span class="sr-only">wrong: </span>${esc(num(received))}</span>` : esc(num(received));
  return `<p class="scalar">Expected <span class="value">${esc(num(expected))}</span>, yours ${yours}</p>`;
}

function table(title: string, grid: Grid, wrong: boolean[][], kind: 'expected' | 'received'): string {
  const head =
    `<tr><th scope="col"><span ` + `class="sr-only">row</span></th>${grid[0].map((_, c) => `<th scope="col">${c}</th>`).join('')}</tr>`;
  const body = grid.map((row, r) => `<tr><th scope="row">${r}</th>${row.map((v, c) => cell(v, r, c, wrong[r][c])).join('')}</tr>`).join('');
  const count = wrong.flat().filter(Boolean).length;
  return (
    `<figure class="matrix matrix-${kind}"><figcaption>${title} <span ` +
    `class="shape">(${grid.length}, ${grid[0].length})</span></figcaption>` +
    `<div class="scroll" tabindex="0" role="region" aria-label="${title}, ${count} wrong entries marked"><table class="m">` +
    `<thead>${head}</thead><tbody>${body}</tbody></table></div></figure>`
  );
}

function cell(v: number, r: number, c: number, wrong: boolean): string {
  if (!wrong) return `<td data-row="${r}" data-col="${c}">${esc(num(v))}</td>`;
  return `<td class="wrong" data-row="${r}" data-col="${c}"><span class="sr-only">wrong: </span>${esc(num(v))}</td>`;
}

const CELL = 14;

/** |error| per entry, darker is larger (square-root scale, so small errors still show); wrong entries crossed. */
function heatmap({ expected, received, wrong, row: top, col: left }: Sides, whole: readonly [number, number], id: string): string {
  const [rows, cols] = [expected.length, expected[0].length];
  const errors = expected.map((row, r) => row.map((e, c) => Math.abs(received[r][c] - e)));
  const largest = Math.max(...errors.flat().filter(Number.isFinite), 0) || 1;
  const rects = errors.flatMap((row, r) =>
    row.map((err, c) => {
      const shade = Number.isFinite(err) ? Math.sqrt(err / largest) : 1;
      const [x, y] = [c * CELL, r * CELL];
      const mark = wrong[r][c] ? `<path class="cross" d="M${x + 3},${y + 3}l8,8m0,-8l-8,8"/>` : '';
      const [R, C] = [r + top, c + left];
      const title = `(${R}, ${C}): expected ${esc(num(expected[r][c]))}, yours ${esc(num(received[r][c]))}`;
      return (
        `<g class="${wrong[r][c] ? 'hm wrong' : 'hm'}" data-row="${R}" data-col="${C}">` +
        `<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" fill-opacity="${shade.toFixed(3)}">` +
        `<title>${title}</title></rect>${mark}</g>`
      );
    }),
  );
  const count = wrong.flat().filter(Boolean).length;
  const part = rows * cols < whole[0] * whole[1] ? `rows ${top}–${top + rows - 1}, columns ${left}–${left + cols - 1} of ` : '';
  const desc =
    `Absolute error of each of the ${rows * cols} entries of ${part}a (${whole[0]}, ${whole[1]}) matrix, darker is larger ` +
    `(largest ${num(largest)}); the ${count} wrong entries are crossed.`;
  const caption = `Error heat map${part ? `, ${part}` : ' '}<span class="shape">(${whole[0]}, ${whole[1]})</span>`;
  return (
    `<figure class="matrix heatmap"><figcaption>${caption}</figcaption>` +
    '<div class="scroll" tabindex="0" role="region" aria-label="Error heat map">' +
    `<svg viewBox="-1 -1 ${cols * CELL + 2} ${rows * CELL + 2}" width="${cols * CELL + 2}" ` +
    `height="${rows * CELL + 2}" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">Error heat map</title><desc id="${id}-desc">${esc(desc)}</desc>${rects.join('')}</svg></div></figure>`
  );
}

/** The first wrong entries with both values: what the heat map cannot print. */
function wrongList({ expected, received, wrong, row, col }: Sides): string {
  const positions = wrong.flatMap((line, r) => line.flatMap((w, c) => (w ? [[r, c] as const] : []))).slice(0, HEATMAP_LISTED);
  const rows = positions.map(
    ([r, c]) =>
      `<tr><th scope="row">(${r + row}, ${c + col})</th>` +
      `<td>${esc(num(expected[r][c]))}</td><td>${esc(num(received[r][c]))}</td>` +
      `<td>${esc(num(received[r][c] - expected[r][c]))}</td></tr>`,
  );
  return (
    `<figure class="matrix"><figcaption>First wrong entries</figcaption><div class="scroll"><table class="m list">` +
    `<thead><tr><th scope="col">entry</th><th scope="col">expected</th><th scope="col">yours</th><th ` +
    `scope="col">difference</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></figure>`
  );
}
