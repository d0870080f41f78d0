// ajv's errors as sentences a teacher can act on: each names the key (`points["x/y"]`,
// `exercises[1]`) and what is expected there, in the words of the schema's own descriptions, the
// ones an editor shows while typing.
import type { ErrorObject } from 'ajv';

export interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
}

/** `points["tanh-network/backward"]`, `exercises[0]`, `release.hiddenSeedCount`. */
export function keyName(segments: string[]): string {
  return segments.reduce((out, s) => {
    if (/^\d+$/.test(s)) return `${out}[${s}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(s)) return out ? `${out}.${s}` : s;
    return `${out}[${JSON.stringify(s)}]`;
  }, '');
}

const segmentsOf = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

const typeName = (x: unknown): string =>
  x === null ? 'null' : Array.isArray(x) ? 'a list' : typeof x === 'object' ? 'an object' : `${typeof x} ${JSON.stringify(x)}`;

const said = (schema: SchemaNode | undefined): string => (schema?.description ? `: ${schema.description}` : '');

/** One sentence per error, without repeats. */
export function sentences(errors: ErrorObject[]): string[] {
  // a key that fails `propertyNames` gets its own sentence; the pattern error under it repeats it
  return [...new Set(errors.filter((e) => e.propertyName === undefined).map(sentence))];
}

function sentence(e: ErrorObject): string {
  const at = segmentsOf(e.instancePath);
  const here = e.parentSchema as SchemaNode | undefined;
  const params = e.params as Record<string, unknown>;
  const where = keyName(at) || 'the file';
  switch (e.keyword) {
    case 'required':
      return `${keyName([...at, String(params.missingProperty)])} is missing${said(here?.properties?.[String(params.missingProperty)])}`;
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(here?.properties ?? {}).filter((k) => k !== 'hiddenSeeds');
      const keys = known.length > 0 ? `; the keys are: ${known.join(', ')}` : '';
      return `${keyName([...at, key])} is not a key this grader knows${keys}${at.length === 0 ? '' : said(here)}`;
    }
    case 'propertyNames':
      return `${keyName([...at, String(params.propertyName)])}: a key here must be "exercise/step", like "logistic-regression/dW"`;
    case 'false schema':
    case 'not':
      return here?.description ? `${where}: ${here.description}` : `${where} is not allowed here`;
    case 'type':
      return `${where} must be ${article(String(params.type))} (it is ${typeName(e.data)})${said(here)}`;
    case 'enum':
      return (
        `${where} must be one of ` +
        `${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (it is ${typeName(e.data)})`
      );
    case 'minimum':
    case 'maximum':
      return `${where} must be ${e.keyword === 'minimum' ? '≥' : '≤'} ${String(params.limit)} (it is ${typeName(e.data)})${said(here)}`;
    case 'uniqueItems':
      return `${where} lists the same entry twice (entries ${String(params.j)} and ${String(params.i)})${said(here)}`;
    case 'minLength':
      return `${where} must not be empty${said(here)}`;
    default:
      return `${where} ${e.message ?? 'is not valid'}${said(here)}`;
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'an object',
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}
