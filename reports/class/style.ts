// The class report's stylesheet, inlined in the page (self-contained: it opens from a USB stick or
// an LMS attachment with no network). Colours meet WCAG AA contrast in light and dark schemes.
export const CLASS_CSS = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --panel: #f6f8fa; --line: #d0d7de;
  --bar: #0a58ca; --good: #116329; --bad: #a40e26; --warn: #7d4e00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9ea7b3; --bg: #0d1117; --panel: #161b22; --line: #30363d;
  --bar: #58a6ff; --good: #3fb950; --bad: #ff7b72; --warn: #d29922; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2.25rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p.meta, .muted { color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; }
a { color: var(--bar); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--bar); outline-offset: 2px; }
dl.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: .75rem; margin: 1rem 0; }
dl.summary div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
dl.summary dt { color: var(--muted); font-size: .85rem; }
dl.summary dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; color: var(--muted); padding: .25rem 0; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
tbody th { background: transparent; font-weight: 500; }
th code, td code { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.rate { display: flex; align-items: center; gap: .5rem; min-width: 160px; }
.rate .track { flex: 1; height: .6rem; background: var(--panel); border: 1px solid var(--line); border-radius: 3px; overflow: hidden; }
.rate .fill { display: block; height: 100%; background: var(--bar); }
.students { font-size: .9rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
.error { color: var(--bad); }
.ok { color: var(--good); }
svg.histogram { width: 100%; max-width: 680px; height: auto; display: block; }
svg.histogram rect { fill: var(--bar); }
svg.histogram .grid { stroke: var(--line); stroke-width: 1; }
svg.histogram .axis { stroke: var(--muted); stroke-width: 1; }
svg.histogram text { fill: var(--muted); font-size: 12px; text-anchor: middle; }
svg.histogram text.ytick { text-anchor: end; }
svg.histogram text.count { fill: var(--fg); font-weight: 600; }
details { margin: .5rem 0; }
summary { cursor: pointer; }
`;
