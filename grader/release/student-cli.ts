// The entry of a release's student grader, bundled to dist/student/cli.js (scripts/build.mjs) and
// copied into the student workspace as mlgrade/dist/cli.js, where bin/grade.js runs it.
import { installCrashHandlers, runWithExitCode } from '../cli/exit.js';
import { runStudentCli } from './student-main.js';

const stderr = (text: string): void => void process.stderr.write(text);
installCrashHandlers(stderr);
// exitCode rather than exit(): pending writes to a piped stdout are flushed before the process ends
process.exitCode = await runWithExitCode(() => runStudentCli(process.argv.slice(2)), stderr);
