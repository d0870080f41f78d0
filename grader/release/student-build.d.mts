// Types of student-build.mjs (plain JavaScript: scripts/build.mjs imports it without compiling).
import type { Plugin } from 'esbuild';

export declare const FORBIDDEN: RegExp[];
export declare const SUBSTITUTES: Record<string, string>;
export declare function studentGuard(root: string): Plugin;
