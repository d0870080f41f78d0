// esbuild, loaded once and only when a file must be compiled: a run whose files are all in the
// compile cache never starts it.
import { createRequire } from 'node:module';

type EsbuildApi = typeof import('esbuild');
let esbuild: EsbuildApi | undefined;
// createRequire: esbuild's CommonJS entry loads several times faster than import()
const requireHere = createRequire(import.meta.url);

export const loadEsbuild = (): EsbuildApi => (esbuild ??= requireHere('esbuild') as EsbuildApi);
export const esbuildVersion = (): string => (requireHere('esbuild/package.json') as { version: string }).version;
