// The score histogram as inline SVG: no script, no network, readable by a screen reader (a title
// and a description, and each bar titled), with the same numbers as a table beside it.
import type { HistogramBin } from './stats.js';
import { escapeHtml } from './escape.js';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 20, right: 12, bottom: 40, left: 40 };

/** `70–80%`: a band holds its lower bound, not its upper one (except the last, which holds 100%). */
export const binLabel = (bin: HistogramBin): string => `${Math.round(bin.from)}–${Math.round(bin.to)}%`;
const shortLabel = (bin: HistogramBin): string => `${Math.round(bin.from)}–${Math.round(bin.to)}`;

export function histogramSvg(bins: HistogramBin[]): string {
  const top = Math.max(1, ...bins.map((b) => b.students.length));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotW / bins.length;
  const y = (count: number): number => MARGIN.top + plotH - (plotH * count) / top;
  const total = bins.reduce((n, b) => n + b.students.length, 0);
  const description = bins.map((b) => `${shortLabel(b)}%: ${b.students.length}`).join('; ');
  const bars = bins.map((b, i) => {
    const x = MARGIN.left + i * slot + 4;
    const h = MARGIN.top + plotH - y(b.students.length);
    const label = `${binLabel(b)}: ${b.students.length} student${b.students.length === 1 ? '' : 's'}`;
    return [
      `<g class="bin" data-bin="${i}" data-count="${b.students.length}">`,
      `<rect x="${fmt(x)}" y="${fmt(y(b.students.length))}" ` +
        `width="${fmt(slot - 8)}" height="${fmt(h)}"><title>${escapeHtml(label)}</title></rect>`,
      b.students.length > 0
        ? `<text class="count" x="${fmt(x + (slot - 8) / 2)}" y="${fmt(y(b.students.length) - 4)}">${b.students.length}</text>`
        : '',
      `<text class="tick" x="${fmt(x + (slot - 8) / 2)}" y="${HEIGHT - MARGIN.bottom + 16}">${shortLabel(b)}</text>`,
      '</g>',
    ].join('');
  });
  return [
    `<svg class="histogram" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" ` +
      `aria-labelledby="hist-title hist-desc" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="hist-title">Score distribution of ${total} graded submission${total === 1 ? '' : 's'}</title>`,
    `<desc id="hist-desc">Students per band of the maximum score, in percent: ${escapeHtml(description)}</desc>`,
    ...yAxis(top, y),
    `<line class="axis" x1="${MARGIN.left}" y1="${MARGIN.top + plotH}" x2="${WIDTH - MARGIN.right}" y2="${MARGIN.top + plotH}"/>`,
    ...bars,
    `<text class="axis-label" x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 6}">score, % of the maximum</text>`,
    '</svg>',
  ].join('\n');
}

/** Whole-number gridlines: at most 5, so a class of 300 does not draw 300 lines. */
function yAxis(top: number, y: (count: number) => number): string[] {
  const step = Math.max(1, Math.ceil(top / 5));
  const lines: string[] = [];
  for (let v = 0; v <= top; v += step) {
    lines.push(`<line class="grid" x1="${MARGIN.left}" y1="${fmt(y(v))}" x2="${WIDTH - MARGIN.right}" y2="${fmt(y(v))}"/>`);
    lines.push(`<text class="ytick" x="${MARGIN.left - 6}" y="${fmt(y(v) + 4)}">${v}</text>`);
  }
  return lines;
}

const fmt = (x: number): string => String(Math.round(x * 10) / 10);
