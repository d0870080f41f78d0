// docs/protocol.md is the contract a second student runtime is written from: every example in it
// must pass (or, where it says so, fail) schema/channel.schema.json and the grader's own reply
// check, every message type must have an example, and the limits it states must be the code's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { live } from '../grader/model/live.js';
import { encode, type Wire } from '../grader/model/wire.js';
import { parseReply } from '../grader/runner/channel.js';
import { MAX_ERROR_MESSAGE, MAX_ERROR_NAME, MAX_ERROR_STACK, MAX_OUTPUT_BYTES, MAX_RESPONSE_BYTES } from '../grader/runner/protocol.js';
import { repoRoot } from './helpers/submission.js';

const doc = readFileSync(path.join(repoRoot, 'docs', 'protocol.md'), 'utf8');
interface Schema {
  $id: string;
  $defs: Record<string, { properties?: { type?: { enum?: string[] } } }>;
  properties: { type: { enum: string[] } };
}
const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema', 'channel.schema.json'), 'utf8')) as Schema;
const ajv = new Ajv2020({ discriminator: true, strict: true });
const reply = ajv.compile(schema);
const part = (name: string) => ajv.compile({ $ref: `${schema.$id}#/$defs/${name}` });
const [request, wire] = [part('request'), part('wire')];

type Kind = 'reply' | 'request' | 'wire' | 'invalid reply';
const examples: { kind: Kind; text: string }[] = [...doc.matchAll(/<!-- example: ([a-z ]+) -->\n```json\n(.*?)\n```/gs)].map((m) => ({
  kind: m[1] as Kind,
  text: m[2],
}));
const ofKind = (kind: Kind) => examples.filter((e) => e.kind === kind).map((e) => [e.text.slice(0, 70), e.text] as const);
const typesOf = (kind: Kind): string[] => ofKind(kind).map(([, text]) => (JSON.parse(text) as { type: string }).type);

describe('docs/protocol.md', () => {
  it('has examples of every kind, each one line of JSON', () => {
    expect(new Set(examples.map((e) => e.kind))).toEqual(new Set(['reply', 'request', 'wire', 'invalid reply']));
    for (const { text } of examples) expect(text).not.toContain('\n');
    expect((doc.match(/<!-- example:/g) ?? []).length).toBe(examples.length);
  });

  it('shows every reply type and every request type the schema knows', () => {
    expect(new Set(typesOf('reply'))).toEqual(new Set(schema.properties.type.enum));
    expect(new Set(typesOf('request'))).toEqual(new Set(schema.$defs.request.properties?.type?.enum));
  });

  it.each(ofKind('reply'))('reply %s … fits the schema and is believed by the grader', (_, text) => {
    expect(reply(JSON.parse(text)), JSON.stringify(reply.errors)).toBe(true);
    expect(parseReply(text)).toHaveProperty('reply');
  });

  it.each(ofKind('invalid reply'))('reply %s … is refused', (_, text) => {
    expect(reply(JSON.parse(text))).toBe(false);
    expect(parseReply(text)).toHaveProperty('problem');
  });

  it.each(ofKind('request'))('request %s … fits the schema and its arguments are wire values the grader makes', (_, text) => {
    expect(request(JSON.parse(text)), JSON.stringify(request.errors)).toBe(true);
    const { call, calls } = JSON.parse(text) as { call?: { args: Wire[] }; calls?: { args: Wire[] }[] };
    const argLists = [call, ...(calls ?? [])].filter((c) => c !== undefined).map((c) => c.args);
    for (const args of argLists) expect(encode(args.map(live))).toEqual(args);
  });

  it.each(ofKind('wire'))('wire value %s … fits the schema and survives the codec', (_, text) => {
    const value = JSON.parse(text) as Wire;
    expect(wire(value)).toBe(true);
    expect(encode(live(value))).toEqual(value);
  });

  it('states the limits the code has', () => {
    expect(doc).toContain(`${MAX_RESPONSE_BYTES / 1024 / 1024} MiB`);
    expect(doc).toContain(`${(2 * MAX_RESPONSE_BYTES) / 1024 / 1024} MiB`);
    expect(doc).toContain(`at most ${MAX_OUTPUT_BYTES} characters`);
    const errorLimits =
      `(≤ ${MAX_ERROR_NAME} chars), a \`message\` (≤ ` + `${MAX_ERROR_MESSAGE}) and optionally a \`stack\`\n(≤ ${MAX_ERROR_STACK})`;
    expect(doc).toContain(errorLimits);
  });
});
