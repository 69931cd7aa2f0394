// Generated file names: made of words only, bounded in length, portable to Linux, macOS and
// Windows, and unique in their folder however the file system compares names.
import { createHash } from 'node:crypto';
import { kebabCase } from './words.js';

/** Longest file name, in UTF-8 bytes, extension included; longer names are cut and get a hash of the whole. */
export const MAX_FILE_NAME_BYTES = 80;

/** Device names Windows reserves in any folder, whatever the extension (`con.json` is the console). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Display text -> a file name stem: kebab-case words (letters, digits, marks and `-`, so no `/`,
 * `.`, `..`, reserved character or trailing dot or space can appear), a Windows device name gets
 * `_` after it, and a stem too long for `ext` is cut at a character boundary with a stable 8-digit hash
 * of the full stem, so two long names that share a beginning stay apart.
 */
export function fileStem(text: string, fallback: string, ext: string): string {
  let stem = kebabCase(text) || fallback;
  if (WINDOWS_DEVICE.test(stem)) stem = `${stem}_`;
  return bounded(stem, ext);
}

function bounded(stem: string, ext: string): string {
  if (bytes(stem + ext) <= MAX_FILE_NAME_BYTES) return stem;
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, 8);
  const room = MAX_FILE_NAME_BYTES - bytes(`-${hash}${ext}`);
  let cut = '';
  for (const ch of stem) {
    if (bytes(cut + ch) > room) break;
    cut += ch;
  }
  return `${cut.replace(/-+$/, '')}-${hash}`;
}

/**
 * The file names of one folder. Two names are the same file when they differ only in case or Unicode
 * normal form (Windows and macOS file systems), so they are compared that way; a taken name gets
 * `-2`, `-3`… (still within the bound).
 */
export interface FileScope {
  /** Claims a file name for `text` (`ext` includes the dot) and returns it, extension included. */
  claim(text: string, fallback: string, ext: string): string;
}

export function createFileScope(reserved: Iterable<string> = []): FileScope {
  const key = (name: string) => name.normalize('NFC').toUpperCase().toLowerCase();
  const taken = new Set([...reserved].map(key));
  return {
    claim(text, fallback, ext) {
      const stem = fileStem(text, fallback, ext);
      let name = stem + ext;
      for (let n = 2; taken.has(key(name)); n += 1) name = bounded(`${stem}-${n}`, ext) + ext;
      taken.add(key(name));
      return name;
    },
  };
}
