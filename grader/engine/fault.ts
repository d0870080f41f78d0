// Fault injection, for tests only: `MLGRADE_FAULT=grader-abort:<exercise>` or `grader-oom:<exercise>`
// makes the grader itself die once that exercise is judged (and its provisional results written),
// the way a platform's OOM killer or a V8 heap overflow would end it: no handler, no exit hook.
// Read from the grader's own environment, which the operator sets; a student process runs with
// an empty environment and cannot reach the grader's (docs/security.md).

export const FAULT_ENV = 'MLGRADE_FAULT';

export type Fault = 'grader-abort' | 'grader-oom';

/** The fault asked for after `exercise`, if any. */
export function faultFor(exercise: string, env: NodeJS.ProcessEnv = process.env): Fault | undefined {
  const [kind, target] = (env[FAULT_ENV] ?? '').split(':');
  if (target !== exercise) return undefined;
  return kind === 'grader-abort' || kind === 'grader-oom' ? kind : undefined;
}

/** Dies as asked: SIGABRT at once, or by filling V8's heap until it aborts (run with a small --max-old-space-size). */
export function faultAfter(exercise: string): void {
  const fault = faultFor(exercise);
  if (fault === 'grader-abort') process.abort();
  if (fault === 'grader-oom') exhaustHeap();
}

function exhaustHeap(): never {
  const hoard: number[][] = [];
  for (;;) hoard.push(Array.from({ length: 1 << 16 }, (_, i) => i + 0.5));
}
