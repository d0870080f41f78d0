// The report's templates, stylesheet and script. From the sources (tests, tsc) the Handlebars
// template is compiled on first use; the build (scripts/build.mjs) replaces this whole module with
// the template precompiled and the CSS and script inlined as strings, so the bundled CLI loads
// only Handlebars' small runtime and reads no file.
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { PageView } from './view.js';

export interface Assets {
  page: (data: { view: PageView; css: string; script: string }) => string;
  css: string;
  script: string;
}

/**
 * Only the helpers Handlebars ships are used, and known in advance: the compiled template calls
 * them directly instead of looking each name up on every use. The build passes the same options.
 */
export const COMPILE_OPTIONS = { knownHelpers: { if: true, unless: true, each: true }, knownHelpersOnly: true, preventIndent: true };

/**
 * `{{> step}}` replaced by templates/step.hbs, recursively. The partials are kept in their own
 * files for reading, but inlined before compiling: a partial call costs Handlebars a context
 * setup each time, and the report makes hundreds (one per step and per case).
 */
export function inlinePartials(source: string, read: (name: string) => string): string {
  return source.replace(/\{\{>\s*([\w-]+)\s*\}\}/g, (_, name: string) => inlinePartials(read(name), read));
}

const read = (file: string): string => readFileSync(new URL(file, import.meta.url), 'utf8');

let loaded: Assets | undefined;

export function loadAssets(): Assets {
  if (loaded) return loaded;
  const source = inlinePartials(read('./templates/page.hbs'), (name) => read(`./templates/${name}.hbs`));
  loaded = { page: Handlebars.compile(source, COMPILE_OPTIONS), css: read('./style.css'), script: read('./script.js') };
  return loaded;
}
