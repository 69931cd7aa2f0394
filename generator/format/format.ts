// prettier, in process. A file that does not format means we emitted invalid code: an error, not
// a warning. Files are formatted one at a time (all at once held every AST in memory: 1.3 GB at
// 1,000 requests), identical inputs once per run, inputs formatted by an earlier run (same bytes,
// same options, same postforge and prettier: see cache/) not at all, and files that are already
// in their final form under our own style (`parser: null`: JSON written by JSON.stringify, runtime
// templates kept prettier-clean by a test) not at all unless the output folder has a style of its own.
// Data is printed in prettier's style by data-text.ts where the style allows: JSON files whole, and
// the big object literals of TypeScript files (ts-data.ts), around which prettier formats the rest.
import path from 'node:path';
import * as prettier from 'prettier';
import type { CacheStore } from '../cache/store.js';
import type { OutputFile } from '../emit/emit.js';
import { dataStyle, printJson } from './data-text.js';
import { isOwnStyle, optionsKey, PRETTIER_OPTIONS } from './prettier-config.js';
import { dataSkeleton } from './ts-data.js';

export { PRETTIER_OPTIONS } from './prettier-config.js';

export type FormatCache = Map<string, string>;

export interface FormatOptions {
  /** The options resolved for the output folder (format/prettier-config.ts); ours when left out. */
  prettier?: prettier.Options;
  /** Persistent cache across runs; none when left out. */
  store?: CacheStore;
  /** Called with each file as soon as it is formatted, in order (the build starts on src/ meanwhile). */
  onFile?: (file: OutputFile) => void;
}

export async function format(
  files: readonly OutputFile[],
  cache: FormatCache,
  options: FormatOptions = {},
): Promise<OutputFile[]> {
  const style = options.prettier ?? PRETTIER_OPTIONS;
  const own = isOwnStyle(style);
  const styleKey = optionsKey(style);
  const json = dataStyle(style, 'json');
  const tsData = dataStyle(style, 'ts');
  const out: OutputFile[] = [];
  // The file's extension decides what prettier reads (`.ts`: never JSX, whatever the text holds).
  const keyOf = (name: string, text: string, parser: string) =>
    `${styleKey}\0${parser}\0file${path.posix.extname(name)}\0${text}`;
  // prettier, or its output for the same text from this run or an earlier one.
  const run = async (name: string, text: string, parser: string): Promise<string> => {
    const key = keyOf(name, text, parser);
    let formatted = cache.get(key) ?? options.store?.get('format', key);
    if (formatted === undefined) {
      try {
        formatted = await prettier.format(text, { ...style, parser, filepath: `file${path.posix.extname(name)}` });
      } catch (error) {
        throw new FormatError(name, error);
      }
      options.store?.set('format', key, formatted);
    }
    cache.set(key, formatted);
    return formatted;
  };
  const push = (file: OutputFile) => {
    out.push(file);
    options.onFile?.(file);
  };
  for (const file of files) {
    const parser = parserFor(file, own);
    if (parser === null) {
      push(file);
      continue;
    }
    // The same text formatted before, by prettier or by data-text.ts (they print the same bytes).
    const key = keyOf(file.path, file.content, parser);
    const known = cache.get(key) ?? options.store?.get('format', key);
    if (known !== undefined) {
      push({ ...file, content: known });
      continue;
    }
    // Data we wrote: printed as prettier would, without prettier (data-text.ts), and kept on disk
    // only (held in memory too, a large package's data would be there twice).
    const printed = parser === 'json' && json ? printJson(file.content, json) : undefined;
    const skeleton =
      printed === undefined && parser === 'typescript' && tsData ? dataSkeleton(file.content, tsData) : undefined;
    const filled = printed ?? (skeleton && skeleton.fill(await run(file.path, skeleton.text, parser)));
    if (filled !== undefined) options.store?.set('format', key, filled);
    push({ ...file, content: filled ?? (await run(file.path, file.content, parser)) });
  }
  return out;
}

/**
 * The parser prettier's CLI would pick, so that `prettier --check` passes over the output: JSON as
 * `json` (JSON.stringify breaks short arrays that prettier puts on one line), package.json as
 * `json-stringify`. Templates (`.ts` with `parser: null`) are kept in our style by a test, so they
 * are formatted only when the output folder has a style of its own.
 */
function parserFor(file: OutputFile, ownStyle: boolean): string | null {
  if (path.posix.basename(file.path) === 'package.json') return 'json-stringify';
  if (file.path.endsWith('.json')) return 'json';
  if (file.parser !== null) return file.parser;
  return !ownStyle && file.path.endsWith('.ts') ? 'typescript' : null;
}

export class FormatError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      `prettier could not format ${file}: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`,
    );
  }
}
