// prettier, in process. A file that does not format means we emitted invalid code: an error, not
// a warning. Files are formatted one at a time (all at once held every AST in memory: 1.3 GB at
// 1,000 requests), identical inputs once per run, and files that are already in their final form
// (`parser: null`: JSON written by JSON.stringify, runtime templates kept prettier-clean by a test)
// are not formatted at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { OutputFile } from '../emit/emit.js';
import { PROJECT_ROOT } from '../paths.js';

/** The repository's .prettierrc.json: the same style for postforge's own code, its templates and its output. */
export const PRETTIER_OPTIONS = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.prettierrc.json'), 'utf8')) as prettier.Options;

export type FormatCache = Map<string, string>;

export async function format(files: readonly OutputFile[], cache: FormatCache): Promise<OutputFile[]> {
  const out: OutputFile[] = [];
  for (const file of files) {
    if (file.parser === null) {
      out.push(file);
      continue;
    }
    const key = `${file.parser}\0${file.content}`;
    let formatted = cache.get(key);
    if (formatted === undefined) {
      try {
        formatted = await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: file.parser });
      } catch (error) {
        throw new FormatError(file.path, error);
      }
      cache.set(key, formatted);
    }
    out.push({ ...file, content: formatted });
  }
  return out;
}

export class FormatError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`prettier could not format ${file}: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
  }
}
