// Escaping and number formatting for the HTML report's generated markup (tables, SVG, MathML).
// Handlebars escapes what templates print; these are for the markup built in TypeScript.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value, escaped for HTML and SVG alike. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A matrix entry or statistic, short: 4 significant digits, exponent form when tiny or huge. */
export function num(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞';
  if (x === 0 || (Number.isInteger(x) && Math.abs(x) < 1e6)) return minus(String(x));
  const abs = Math.abs(x);
  const text = abs >= 1e-3 && abs < 1e5 ? String(Number(x.toPrecision(4))) : x.toExponential(2).replace(/\.?0+e/, 'e');
  return minus(text);
}

/** A true minus sign: a hyphen in a number reads badly and screen readers say "dash". */
const minus = (text: string): string => text.replace(/^-/, '−');

/** Axis ticks: about `count` round values covering [lo, hi]. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}
