// prettier, in process. A file that does not format means we emitted invalid code: an error, not
// a warning. Identical inputs (the runtime copied into every package) are formatted once per run.
import * as prettier from 'prettier';
import type { OutputFile } from '../emit/emit.js';

export const PRETTIER_OPTIONS: prettier.Options = { printWidth: 120, singleQuote: true, trailingComma: 'all' };

export type FormatCache = Map<string, Promise<string>>;

export async function format(files: readonly OutputFile[], cache: FormatCache): Promise<OutputFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const key = `${file.parser}\0${file.content}`;
      let formatted = cache.get(key);
      if (!formatted) {
        formatted = prettier.format(file.content, { ...PRETTIER_OPTIONS, parser: file.parser }).catch((error: unknown) => {
          throw new FormatError(file.path, error);
        });
        cache.set(key, formatted);
      }
      return { ...file, content: await formatted };
    }),
  );
}

export class FormatError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`prettier could not format ${file}: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`);
  }
}
