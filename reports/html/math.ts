// The catalogue's formulas (plain Unicode, as the lecture notes write them: `dW = (1/m) dZ A_prevᵀ`,
// `σ(z) = 1/(1 + e^{−z})`, `W^[l] = randn / √n^[l−1]`) as MathML, which browsers lay out
// themselves: no script, no web font, nothing fetched. The notation is small, so a hand-written
// reader covers it: (a/b) fractions, ^[l] ^{…} ᵀ ′ superscripts, _prev subscripts, Σ_columns, √.
import { esc } from './format.js';

const PREFIX_FUNCTIONS = new Set(['log', 'exp', 'max', 'min']);
const FUNCTIONS = new Set(['log', 'exp', 'max', 'min', 'sum', 'randn', 'relu', 'ReLU', 'sqrt', 'zeros', 'np', 'tanh']);
const SHORT_WORDS = new Set(['by', 'no', 'of', 'if', 'in', 'or', 'to', 'is', 'on', 'at', 'as']);
const OPERATORS = [
  ':=',
  '≔',
  '−',
  '-',
  '+',
  '=',
  '·',
  '⊙',
  '≈',
  '×',
  '>',
  '<',
  '≥',
  '≤',
  ',',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '…',
  '.',
  '/',
  '*',
  '|',
  '→',
  '∓',
  '±',
  '!',
  '?',
  '%',
];
const LETTER = 'A-Za-zΑ-Ωα-ωϵŷ';
// sticky patterns, compiled once: the reader matches them at its position
const FRACTION = new RegExp(`\\(([\\d${LETTER}]+)\\/([\\d${LETTER}]+)\\)|([\\d${LETTER}]+)\\/([\\d${LETTER}]+)`, 'y');
const NUMBER = /\d+(\.\d+)?/y;
const QUOTED = /'[^']*'/y;
const WORD = new RegExp(`[${LETTER}][${LETTER}\\d]*`, 'y');
const SCRIPT_WORD = /[\wΑ-Ωα-ω]+/y;

/** One `<math display="block">` per formula of the text (the catalogue separates them by `,  ` or `;  `). */
export function formulaMathML(text: string): string {
  return text
    .split(/[,;]?\s{2,}/)
    .filter((part) => part.trim() !== '')
    .map((part) => `<math display="block" alttext="${esc(part.trim())}"><mrow>${new Reader(part.trim()).expression('')}</mrow></math>`)
    .join('');
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  /** Nodes up to `close` (or the end), each an atom with its sub- and superscripts. */
  expression(close: string): string {
    const nodes: string[] = [];
    while (this.i < this.s.length && !(close && this.s.startsWith(close, this.i))) {
      if (/\s/.test(this.s[this.i])) {
        this.i++;
        continue;
      }
      const node = this.scripted();
      // consecutive prose words read as one phrase
      const last = nodes.at(-1);
      if (last?.endsWith('\u00a0</mtext>') && node.startsWith('<mtext>\u00a0'))
        nodes[nodes.length - 1] = last.slice(0, -'</mtext>'.length) + node.slice('<mtext>\u00a0'.length);
      else nodes.push(node);
    }
    return nodes.join('');
  }

  private scripted(): string {
    const base = this.atom();
    const subs: string[] = [];
    const sups: string[] = [];
    for (;;) {
      const c = this.s[this.i];
      if (c === '_' && this.i + 1 < this.s.length && /[\w{[]/.test(this.s[this.i + 1])) {
        this.i++;
        subs.push(this.script());
      } else if (c === '^') {
        this.i++;
        sups.push(this.script());
      } else if (c === 'ᵀ') {
        this.i++;
        sups.push('<mi mathvariant="normal">T</mi>');
      } else if (c === '′') {
        this.i++;
        sups.push('<mo>′</mo>');
      } else break;
    }
    return attach(base, subs, sups);
  }

  /** What follows `_` or `^`: `[l−1]` (brackets kept, as the notes write them), `{−z}`, or a word. */
  private script(): string {
    const c = this.s[this.i];
    if (c === '[') {
      this.i++;
      const inner = this.expression(']');
      this.i++;
      return `<mrow><mo>[</mo>${inner}<mo>]</mo></mrow>`;
    }
    if (c === '{') {
      this.i++;
      const inner = this.expression('}');
      this.i++;
      return `<mrow>${inner}</mrow>`;
    }
    const word = this.match(SCRIPT_WORD);
    if (word) return /^\d/.test(word) ? `<mn>${word}</mn>` : `<mi>${esc(word)}</mi>`;
    return this.atom();
  }

  private atom(): string {
    const fraction = this.match(FRACTION);
    if (fraction) {
      const [top, bottom] = fraction.replace(/[()]/g, '').split('/');
      return `<mfrac>${token(top)}${token(bottom)}</mfrac>`;
    }
    const number = this.match(NUMBER);
    if (number) return `<mn>${number}</mn>`;
    const quoted = this.match(QUOTED);
    if (quoted) return `<mtext>${esc(quoted)}</mtext>`;
    if (this.s[this.i] === '√') {
      this.i++;
      return `<msqrt>${this.scripted()}</msqrt>`;
    }
    if (this.s[this.i] === 'Σ') {
      this.i++;
      return '<mo largeop="true">Σ</mo>';
    }
    const word = this.match(WORD);
    if (!word) return this.operator();
    if (this.isProse(word)) return `<mtext>\u00a0${esc(word)}\u00a0</mtext>`;
    // `log a`: a thin space after a function name, as in print, where MathML would set none
    return PREFIX_FUNCTIONS.has(word) && this.s[this.i] === ' ' ? `${token(word)}<mspace width="0.17em"/>` : token(word);
  }

  private operator(): string {
    const op = OPERATORS.find((o) => this.s.startsWith(o, this.i));
    const text = op ?? this.s[this.i];
    this.i += text.length;
    return `<mo>${esc(text === '-' ? '−' : text === ':=' ? '≔' : text)}</mo>`;
  }

  /** An English word between formulas (`shape`, `where`, `else`), not a name: set upright as text. */
  private isProse(word: string): boolean {
    const next = this.s[this.i] ?? '';
    if ('([._^ᵀ′'.includes(next) && next !== '') return false;
    if (FUNCTIONS.has(word)) return false;
    return SHORT_WORDS.has(word) || /^[a-z]{3,}$/.test(word);
  }

  private match(sticky: RegExp): string | undefined {
    sticky.lastIndex = this.i;
    const m = sticky.exec(this.s);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }
}

/** A name or number as a token: multi-letter names are upright (MathML's default), single letters italic. */
function token(text: string): string {
  return /^\d+(\.\d+)?$/.test(text) ? `<mn>${text}</mn>` : `<mi>${esc(text)}</mi>`;
}

function attach(base: string, subs: string[], sups: string[]): string {
  const row = (parts: string[]) => (parts.length === 1 ? parts[0] : `<mrow>${parts.join('')}</mrow>`);
  // Σ_columns: the summation range goes under the sign
  if (base.startsWith('<mo largeop') && subs.length > 0) return `<munder>${base}${row(subs)}</munder>`;
  if (subs.length && sups.length) return `<msubsup>${base}${row(subs)}${row(sups)}</msubsup>`;
  if (subs.length) return `<msub>${base}${row(subs)}</msub>`;
  if (sups.length) return `<msup>${base}${row(sups)}</msup>`;
  return base;
}
