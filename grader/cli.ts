// The `grade` command's entry point (bundled to dist/cli.js, run by bin/grade.js).
import { runCli } from './commands/main.js';

// exitCode rather than exit(): pending writes to a piped stdout are flushed before the process ends
process.exitCode = await runCli(process.argv.slice(2));
