// Header layers merged in order, later layers winning; `Headers` compares names case-insensitively.
// Every name and value is checked first, so what fetch would reject fails with a PostforgeError
// that names the header but never shows its value (it may be a credential).
import { PostforgeError } from './errors.js';
import type { InheritedMember } from './spec.js';

export type HeaderLayer = Readonly<Record<string, string | InheritedMember | undefined>> | undefined;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What fetch refuses in a value: CR, LF, NUL, and anything beyond Latin-1. */
const BAD_VALUE = /[\r\n\0]|[^\u0000-\u00ff]/;

export function mergeHeaders(...layers: HeaderLayer[]): Headers {
  const headers = new Headers();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer ?? {})) {
      if (value !== undefined && typeof value !== 'function') setHeader(headers, name, value); // see InheritedMember
    }
  }
  return headers;
}

export function setHeader(headers: Headers, name: string, value: string): void {
  if (!TOKEN.test(name))
    throw new PostforgeError('invalid_header', `Header name ${JSON.stringify(name)} is not an HTTP token.`);
  if (BAD_VALUE.test(String(value)))
    throw new PostforgeError(
      'invalid_header',
      `Header "${name}" has a value fetch cannot send (CR, LF, NUL or a character beyond Latin-1).`,
    );
  headers.set(name, value);
}
