// A grading worker: a `grade batch` process started by the batch with an IPC channel. It grades
// the jobs it is sent, one at a time, and answers each with complete results. It is started
// through the CLI (dist/cli.js) so it runs exactly the code `grade` runs.
import { ExitCode, exitNow } from '../cli/exit.js';
import type { GradeResults } from '../model/results.js';
import { gradeJob, type GradeJob } from './grade-one.js';
import type { JobMessage, WorkerMessage } from './pool.js';

/** Set in a worker's environment by the batch that starts it. */
export const WORKER_ENV = 'MLGRADE_BATCH_WORKER';

export const isBatchWorker = (): boolean => process.env[WORKER_ENV] === '1' && typeof process.send === 'function';

export function runWorker(): Promise<ExitCode> {
  const send = (message: WorkerMessage<GradeResults>): void => void process.send?.(message);
  let busy = false;
  return new Promise((resolve) => {
    process.on('message', (message: JobMessage<GradeJob>) => {
      if (message?.type !== 'job') return;
      busy = true;
      void gradeJob(message.job).then((value) => {
        busy = false;
        send({ type: 'done', id: message.id, value });
      });
    });
    // the batch went away (finished, interrupted, or killed): stop, and take the student processes along
    process.on('disconnect', () => {
      if (!busy) return resolve(ExitCode.passed);
      try {
        process.kill(-process.pid, 'SIGKILL');
      } catch {
        exitNow(ExitCode.cannotGrade);
      }
    });
    send({ type: 'ready' });
  });
}
