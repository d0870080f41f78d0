// update-sign, tensor by tensor: the student's new parameter moved from the old one by exactly
// the opposite of the right step, p + α dp instead of p − α dp (received = 2p − expected).
import { decode, type Value } from '../../compare/value.js';
import { encode } from '../../model/wire.js';
import { finding, RANK, type Rule } from '../finding.js';
import { leafPairs, listOf, sameValue, type Leaf } from '../values.js';

/** 2p − e: the old parameter stepped the wrong way. */
function mirrored(e: Leaf, old: Value | undefined): Value | undefined {
  if (e.kind === 'number') return old?.kind === 'number' ? { kind: 'number', value: 2 * old.value - e.value } : undefined;
  if (old?.kind !== 'matrix' || old.rows !== e.rows || old.cols !== e.cols) return undefined;
  return { ...e, data: e.data.map((row, i) => row.map((x, j) => 2 * old.data[i][j] - x)) };
}

interface Verdict {
  /** On every case the tensor is right, or exactly the wrong-way step. */
  consistent: boolean;
  /** On some case it is wrong. */
  wrong: boolean;
}

export const updateRule: Rule = (input) => {
  if (input.step.kind !== 'update') return [];
  const verdicts = new Map<string, Verdict>();
  input.cases.forEach((c, i) => {
    const expected = input.expected[i];
    const params = c.args[0];
    if (!expected || params === null || typeof params !== 'object') return;
    for (const pair of leafPairs(expected, input.received[i])) {
      const flipped = mirrored(pair.expected, decode(encode((params as Record<string, unknown>)[pair.path])));
      const wrong = !sameValue(pair.expected, pair.received, input.step, c);
      const consistent = !wrong || (flipped !== undefined && sameValue(flipped, pair.received, input.step, c));
      const before = verdicts.get(pair.path) ?? { consistent: true, wrong: false };
      verdicts.set(pair.path, { consistent: before.consistent && consistent, wrong: before.wrong || wrong });
    }
  });
  const flipped = [...verdicts].filter(([, v]) => v.consistent && v.wrong).map(([path]) => path);
  if (flipped.length === 0) return [];
  const moved = flipped.map((p) => `${p} + α·d${p}`).join(', ');
  return [
    finding(
      input,
      'update-sign',
      `${listOf(flipped)} ${flipped.length > 1 ? 'were' : 'was'} updated the wrong way (${moved}): that climbs the cost`,
      RANK.scale,
    ),
  ];
};
