// The `train` pictures as inline SVG: both cost curves on one chart (the student's solid with
// round markers, the reference's dashed with square ones: told apart without colour), and the
// student's decision boundary under the data (the predicted-1 region hatched, the labels as
// triangles and circles). Each has a title and a description for screen readers.
import type { CostCurves, DecisionBoundary } from '../../grader/model/results.js';
import { esc, num, ticks } from './format.js';

interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const COST_BOX: Box = { width: 560, height: 300, left: 64, right: 16, top: 36, bottom: 44 };

type Scale = (v: number) => number;
const scale =
  (lo: number, hi: number, from: number, to: number): Scale =>
  (v) =>
    from + ((v - lo) / (hi - lo || 1)) * (to - from);

/** Both cost curves; `id` makes the title and description ids unique on the page. */
export function costChart(curves: CostCurves, id: string): string {
  const b = COST_BOX;
  const student = curves.student;
  const finite = [...curves.reference, ...student.filter((v): v is number => v !== null)];
  const [lo, hi] = span(finite);
  const lastIteration = Math.max(1, (Math.max(student.length, curves.reference.length) - 1) * curves.every);
  const x = scale(0, lastIteration, b.left, b.width - b.right);
  const y = scale(lo, hi, b.height - b.bottom, b.top);
  const at = (i: number) => x(i * curves.every);
  const desc =
    `Your cost goes from ${first(student)} to ${last(student)} over ${student.length} recorded points; ` +
    `the reference's from ${num(curves.reference[0])} to ${num(curves.reference.at(-1) ?? NaN)}.`;
  return svg(b, id, 'Cost per iteration: yours and the reference', desc, [
    axes(b, x, y, [0, lastIteration], [lo, hi], 'iteration', 'cost'),
    ...segments(curves.reference.map((v, i) => [at(i), y(v)])).map((pts) => `<polyline class="line line-reference" points="${pts}"/>`),
    ...curves.reference.map((v, i) => `<rect class="pt pt-reference" x="${f(at(i) - 3)}" y="${f(y(v) - 3)}" width="6" height="6"/>`),
    ...segments(student.map((v, i) => (v === null ? null : [at(i), y(v)]))).map(
      (pts) => `<polyline class="line line-student" points="${pts}"/>`,
    ),
    ...student.flatMap((v, i) => (v === null ? [] : [`<circle class="pt pt-student" cx="${f(at(i))}" cy="${f(y(v))}" r="3.5"/>`])),
    legend(b.left + 8, 14, [
      ['line-student', 'yours (solid, circles)'],
      ['line-reference', 'reference (dashed, squares)'],
    ]),
  ]);
}

const first = (xs: (number | null)[]): string => (xs.length ? num(xs[0] ?? NaN) : 'nothing');
const last = (xs: (number | null)[]): string => (xs.length ? num(xs.at(-1) ?? NaN) : 'nothing');

/** [lo, hi] of the values, widened when they are all equal so the scale stays defined. */
function span(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (hi > lo) return [lo, hi];
  const pad = Math.abs(lo) * 0.1 || 1;
  return [lo - pad, hi + pad];
}

/** Polyline point lists, broken where a value is missing (a non-finite cost). */
function segments(points: ([number, number] | null)[]): string[] {
  const runs: string[][] = [[]];
  for (const p of points) {
    if (p === null) runs.push([]);
    else runs[runs.length - 1].push(`${f(p[0])},${f(p[1])}`);
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(' '));
}

function axes(b: Box, x: Scale, y: Scale, xr: [number, number], yr: [number, number], xLabel: string, yLabel: string): string {
  const [x0, x1, y0, y1] = [b.left, b.width - b.right, b.height - b.bottom, b.top];
  const xt = ticks(xr[0], xr[1]).map(
    (t) =>
      `<line class="grid" x1="${f(x(t))}" x2="${f(x(t))}" y1="${y0}" y2="${y1}"/><text ` +
      `class="tick" x="${f(x(t))}" y="${y0 + 16}" text-anchor="middle">${esc(num(t))}</text>`,
  );
  const yt = ticks(yr[0], yr[1]).map(
    (t) =>
      `<line class="grid" x1="${x0}" x2="${x1}" y1="${f(y(t))}" y2="${f(y(t))}"/><text ` +
      `class="tick" x="${x0 - 6}" y="${f(y(t) + 4)}" text-anchor="end">${esc(num(t))}</text>`,
  );
  return (
    `<g aria-hidden="true">${xt.join('')}${yt.join('')}<path class="axis" d="M${x0},${y1}V${y0}H${x1}"/>` +
    `<text class="label" x="${(x0 + x1) / 2}" y="${y0 + 32}" text-anchor="middle">${xLabel}</text>` +
    `<text class="label" transform="translate(14 ${(y0 + y1) / 2}) rotate(-90)" text-anchor="middle">${yLabel}</text></g>`
  );
}

function legend(x: number, y: number, items: [string, string][]): string {
  const parts = items.map(([cls, text], i) => {
    const dx = x + i * 230;
    return (
      `<line class="line ${cls}" x1="${dx}" x2="${dx + 28}" y1="${y}" ` +
      `y2="${y}"/><text class="tick" x="${dx + 34}" y="${y + 4}">${esc(text)}</text>`
    );
  });
  return `<g aria-hidden="true">${parts.join('')}</g>`;
}

const BOUNDARY_BOX: Box = { width: 400, height: 400, left: 48, right: 16, top: 16, bottom: 64 };

/** The student's predicted regions on the grid, the data points over them. */
export function boundaryChart(boundary: DecisionBoundary, id: string): string {
  const b = BOUNDARY_BOX;
  const rows = boundary.grid.length;
  const cols = boundary.grid[0].length;
  const x = scale(boundary.x[0], boundary.x[1], b.left, b.width - b.right);
  const y = scale(boundary.y[0], boundary.y[1], b.height - b.bottom, b.top);
  const [cw, ch] = [(b.width - b.left - b.right) / cols, (b.height - b.top - b.bottom) / rows];
  const cells = boundary.grid.flatMap((row, r) =>
    runsOf(row).map(
      ([start, length]) =>
        `<rect x="${f(b.left + start * cw)}" y="${f(b.height - b.bottom - (r + 1) * ch)}" ` +
        `width="${f(length * cw + 0.5)}" height="${f(ch + 0.5)}" fill="url(#${id}-hatch)"/>`,
    ),
  );
  const predicted = (px: number, py: number): number => {
    const c = Math.min(cols - 1, Math.max(0, Math.floor(((px - boundary.x[0]) / (boundary.x[1] - boundary.x[0])) * cols)));
    const r = Math.min(rows - 1, Math.max(0, Math.floor(((py - boundary.y[0]) / (boundary.y[1] - boundary.y[0])) * rows)));
    return boundary.grid[r][c] === '1' ? 1 : 0;
  };
  const wrong = boundary.points.filter(([px, py, label]) => predicted(px, py) !== label).length;
  const points = boundary.points.map(([px, py, label]) => marker(x(px), y(py), label, predicted(px, py) !== label));
  const desc =
    `Your trained model predicts 1 in the hatched region. ${wrong} of ${boundary.points.length} examples ` +
    `fall on the wrong side (drawn with a thick outline): triangles are label 1, circles label 0.`;
  const pattern =
    `<defs><pattern id="${id}-hatch" patternUnits="userSpaceOnUse" width="8" height="8" ` +
    `patternTransform="rotate(45)"><rect width="8" height="8" class="region-1"/><line x1="0" y1="0" x2="0" y2="8" ` +
    `class="hatch"/></pattern></defs>`;
  return svg(b, id, 'Your decision boundary over the data', desc, [
    pattern,
    `<rect class="region-0" x="${b.left}" y="${b.top}" width="${b.width - b.left - b.right}" height="${b.height - b.top - b.bottom}"/>`,
    `<g class="regions">${cells.join('')}</g>`,
    axes(b, x, y, boundary.x, boundary.y, 'x₁ (first feature)', 'x₂ (second feature)'),
    `<g class="points">${points.join('')}</g>`,
    boundaryLegend(b, id),
  ]);
}

/** [start, length] of each run of '1' in a grid row: one rectangle per run, not per cell. */
function runsOf(row: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const m of row.matchAll(/1+/g)) runs.push([m.index ?? 0, m[0].length]);
  return runs;
}

/** A data point; no per-point title: the chart's description says what they show, in one sentence. */
function marker(cx: number, cy: number, label: number, wrong: boolean): string {
  const cls = `pt pt-${label}${wrong ? ' wrong' : ''}`;
  if (label === 1) return `<polygon class="${cls}" points="${f(cx)},${f(cy - 5)} ${f(cx + 5)},${f(cy + 4)} ${f(cx - 5)},${f(cy + 4)}"/>`;
  return `<circle class="${cls}" cx="${f(cx)}" cy="${f(cy)}" r="4"/>`;
}

function boundaryLegend(b: Box, id: string): string {
  const y = b.height - 12;
  return (
    `<g aria-hidden="true" class="legend">` +
    `<rect x="${b.left}" y="${y - 9}" width="14" height="14" fill="url(#${id}-hatch)" ` +
    `class="swatch"/><text class="tick" x="${b.left + 20}" y="${y + 2}">predicts 1 (hatched)</text>` +
    `<polygon class="pt pt-1" points="${b.left + 170},${y - 6} ${b.left + 175},${y + 3} ` +
    `${b.left + 165},${y + 3}"/><text class="tick" x="${b.left + 182}" y="${y + 2}">label 1</text>` +
    `<circle class="pt pt-0" cx="${b.left + 250}" cy="${y - 1}" r="4"/><text ` +
    `class="tick" x="${b.left + 260}" y="${y + 2}">label 0</text></g>`
  );
}

function svg(b: Box, id: string, title: string, desc: string, parts: string[]): string {
  return (
    `<svg class="chart" viewBox="0 0 ${b.width} ${b.height}" role="img" aria-labelledby="${id}-title ${id}-desc" id="${id}">` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>${parts.join('')}</svg>`
  );
}

const f = (v: number): string => String(Math.round(v * 10) / 10);
