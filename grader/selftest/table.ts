// The selftest's verdict and its printout: the reference's marks, one line per mutant (what it
// was diagnosed as), the confusion table (misconception → what its mutants were diagnosed as
// first), the pairs the cases cannot tell apart, and the share of mutants diagnosed as themselves.
import { FACT_IDS } from '../diagnosis/finding.js';
import type { MutantResult, SelftestReport } from './run.js';

/** At least this share of the mutants must be diagnosed as themselves, first. */
export const SELF_DIAGNOSED_GOAL = 0.95;

export interface Verdict {
  referenceFull: boolean;
  /** Mutants that passed: the cases cannot see their mistake. */
  passing: string[];
  selfFirst: number;
  selfRate: number;
  /** `name: other-id`: a mutant also named as another misconception (every pair A, B ≠ A's id is checked). */
  misnamed: string[];
  /** Steps with fewer than 3 cases, with the reason. */
  tooFewCases: string[];
  ok: boolean;
}

export const isSelfFirst = (r: MutantResult): boolean => r.diagnosed[0] === r.id;

/** The misconceptions a mutant was named as besides its own (facts such as gradient-mismatch aside). */
const otherNames = (r: MutantResult): string[] => r.diagnosed.filter((id) => id !== r.id && !FACT_IDS.includes(id));

export function verdictOf(report: SelftestReport): Verdict {
  const referenceFull = report.reference.every((r) => r.score === r.maxScore);
  const passing = report.mutants.filter((r) => r.status === 'passed').map((r) => r.name);
  const selfFirst = report.mutants.filter(isSelfFirst).length;
  const selfRate = report.mutants.length === 0 ? 1 : selfFirst / report.mutants.length;
  const misnamed = report.mutants.flatMap((r) => otherNames(r).map((id) => `${r.name}: ${id}`));
  const { tooFewCases } = report;
  const ok =
    referenceFull &&
    passing.length === 0 &&
    selfRate >= SELF_DIAGNOSED_GOAL &&
    report.pairs.length === 0 &&
    misnamed.length === 0 &&
    tooFewCases.length === 0;
  return { referenceFull, passing, selfFirst, selfRate, misnamed, tooFewCases, ok };
}

/** `✓` diagnosed as itself first, `~` among others, `✗` not at all, `!` the mutant passed. */
function mark(r: MutantResult): string {
  if (r.status === 'passed') return '!';
  if (isSelfFirst(r)) return '✓';
  return r.diagnosed.includes(r.id) ? '~' : '✗';
}

function mutantLines(report: SelftestReport): string[] {
  const width = Math.max(0, ...report.mutants.map((r) => r.name.length));
  return report.mutants.map(
    (r) => `  ${mark(r)} ${r.name.padEnd(width)}  ${r.status.padEnd(6)}  ${r.diagnosed.join(', ') || '(no diagnosis)'}`,
  );
}

/** Rows: the mutants' misconception; columns: what they were diagnosed as first, with counts. */
export function confusionLines(report: SelftestReport): string[] {
  const rows = new Map<string, Map<string, number>>();
  for (const r of report.mutants) {
    const first = r.status === 'passed' ? '(passed)' : (r.diagnosed[0] ?? '(none)');
    const row = rows.get(r.id) ?? new Map<string, number>();
    row.set(first, (row.get(first) ?? 0) + 1);
    rows.set(r.id, row);
  }
  const width = Math.max(0, ...[...rows.keys()].map((k) => k.length));
  return [...rows].map(([id, row]) => {
    const cells = [...row].sort((a, b) => b[1] - a[1]).map(([first, n]) => (first === id ? `self ${n}` : `${first} ${n}`));
    return `  ${id.padEnd(width)}  → ${cells.join(', ')}`;
  });
}

export function selftestText(report: SelftestReport): string {
  const v = verdictOf(report);
  const lines = [`grade selftest · seed ${report.seed}`, '', 'Reference:'];
  for (const r of report.reference) lines.push(`  ${r.score === r.maxScore ? '✓' : '✗'} ${r.exercise}  ${r.score}/${r.maxScore}`);
  lines.push(
    '',
    `Mutants (${report.mutants.length}; ✓ diagnosed as itself first, ~ among others, ✗ not diagnosed, ! passed):`,
    ...mutantLines(report),
  );
  lines.push('', 'Confusion (misconception → diagnosed first as):', ...confusionLines(report));
  lines.push(
    '',
    report.pairs.length === 0
      ? 'Every two mutants of different misconceptions are told apart by the cases.'
      : 'Mutants the cases cannot tell apart:',
  );
  for (const p of report.pairs) lines.push(`  ${p.a}  ≡  ${p.b}`);
  lines.push(v.misnamed.length === 0 ? 'No mutant is named as another misconception.' : 'Mutants also named as another misconception:');
  for (const m of v.misnamed) lines.push(`  ${m}`);
  if (report.likeReference.length > 0)
    lines.push("Mutants that give the reference's results on every case:", ...report.likeReference.map((n) => `  ${n}`));
  if (v.tooFewCases.length > 0) lines.push('', 'Steps with too few cases:', ...v.tooFewCases.map((t) => `  ${t}`));
  const percent = (100 * v.selfRate).toFixed(1);
  lines.push(
    '',
    `${v.selfFirst}/${report.mutants.length} mutants diagnosed as themselves first (${percent}%, ` +
      `goal ${100 * SELF_DIAGNOSED_GOAL}%) · ${v.passing.length} passed · reference ` +
      `${v.referenceFull ? 'full marks' : 'NOT full marks'} · ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  lines.push(v.ok ? 'selftest passed' : 'selftest FAILED');
  return lines.join('\n') + '\n';
}
