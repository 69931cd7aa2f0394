// Bodies as written -> empty, JSON (parsed) or text. Used for request bodies, the bodies of each
// example's originalRequest, and saved responses alike.
import type { ExampleBody, JsonValue } from '../model/types.js';
import { isJsonContentType as isJsonMediaType } from '../../templates/runtime/decode.js';
import { parseJson } from '../../templates/runtime/json.js';

export type ReadBody = ExampleBody | { kind: 'invalid-json'; raw: string; error: string };

/** Decides JSON-ness from what the collection claims: the raw language, then the content type, then the text itself. */
export function readBody(raw: string | null | undefined, claims: { language?: string | null; contentType?: string | null }): ReadBody {
  if (raw === null || raw === undefined || raw.trim() === '') return { kind: 'empty' };
  const claimsJson = claims.language ? claims.language.toLowerCase() === 'json' : isJsonContentType(claims.contentType);
  const looksJson = /^\s*[{[]/.test(raw);
  if (!claimsJson && !(looksJson && !claims.language && !claims.contentType)) {
    return { kind: 'text', raw, contentType: claims.contentType ?? null };
  }
  try {
    // As the generated runtime parses it: numbers beyond 2^53 become strings of their exact digits.
    // A leading byte-order mark is not part of the JSON text (fetch's text() drops it too).
    return { kind: 'json', raw, value: parseJson(withoutBom(raw)) as JsonValue };
  } catch (error) {
    if (!claimsJson) return { kind: 'text', raw, contentType: claims.contentType ?? null };
    return { kind: 'invalid-json', raw, error: (error as Error).message };
  }
}

/** The runtime's rule, so the generator calls JSON exactly what the client will decode as JSON. */
export function isJsonContentType(contentType: string | null | undefined): boolean {
  return contentType ? isJsonMediaType(contentType) : false;
}

/** The text as fetch's `text()` decodes it: a leading byte-order mark is dropped. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function headerValue(headers: ReadonlyArray<{ key: string; value: string }>, name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find((h) => h.key.toLowerCase() === lower)?.value ?? null;
}
