// A JSON file as bytes -> a parsed value, with every way that can fail said precisely: too large
// (PF008), not UTF-8 (PF009, with the byte offset), empty or not JSON (PF002, with line:column),
// and keys written twice (PF010, with their pointer; the last one wins, as JSON.parse does).
import { readFileSync, statSync } from 'node:fs';
import type { Limits } from '../config.js';
import type { Diagnostics } from '../diagnostics.js';
import { scanJson } from './json-scan.js';

/** Duplicate keys are reported one by one up to this many, then counted. */
const MAX_DUPLICATES_REPORTED = 20;

/** The parsed JSON, or undefined when the file cannot be read as JSON (reported). */
export function readJsonFile(file: string, limits: Pick<Limits, 'maxFileBytes'>, diagnostics: Diagnostics): unknown {
  const bytes = readBytes(file, limits, diagnostics);
  if (bytes === undefined) return undefined;
  const text = decode(bytes, file, diagnostics);
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    diagnostics.report('PF002', bytes.length === 0 ? 'the file is empty' : 'the file holds only whitespace', { file });
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    diagnostics.report('PF002', parseFailure(text, (error as Error).message), { file });
    return undefined;
  }
  const { duplicates } = scanJson(text);
  for (const pointer of duplicates.slice(0, MAX_DUPLICATES_REPORTED)) {
    diagnostics.report('PF010', 'this key is written twice in its object; the last value is used, as JSON.parse does', { file, pointer });
  }
  if (duplicates.length > MAX_DUPLICATES_REPORTED) {
    diagnostics.report('PF010', `${duplicates.length - MAX_DUPLICATES_REPORTED} more keys are written twice in their objects (last values used)`, { file });
  }
  return value;
}

function readBytes(file: string, limits: Pick<Limits, 'maxFileBytes'>, diagnostics: Diagnostics): Uint8Array | undefined {
  try {
    const size = statSync(file).size;
    if (size > limits.maxFileBytes) {
      diagnostics.report('PF008', `the file is ${megabytes(size)}, more than limits.maxFileBytes (${megabytes(limits.maxFileBytes)})`, { file });
      return undefined;
    }
    return readFileSync(file);
  } catch (error) {
    diagnostics.report('PF001', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { file });
    return undefined;
  }
}

/** UTF-8 (a byte-order mark is skipped); UTF-16 with its byte-order mark is read too, as editors save it. */
function decode(bytes: Uint8Array, file: string, diagnostics: Diagnostics): string | undefined {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    // ignoreBOM: false (the default) drops a leading byte-order mark.
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = utf16 ? null : firstInvalidUtf8(bytes);
    diagnostics.report('PF009', utf16 ? `the file is not valid ${utf16.toUpperCase()}` : `the file is not valid UTF-8: byte ${offset} (0x${bytes[offset!]?.toString(16).padStart(2, '0')}) starts no valid character`, { file });
    return undefined;
  }
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [length, min, max] = b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return bytes.length;
}

/** JSON.parse's message, led by the line and column where the text stops being JSON (JSON.parse does not always say). */
function parseFailure(text: string, message: string): string {
  const position = scanJson(text).error;
  // JSON.parse quotes the text around the error; the line and column say more and stay short.
  const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
  if (position === null) return reason;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${position - lineStart + 1}: ${position >= text.length ? 'the JSON ends too early' : reason}`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
