// Bodies as written -> empty, JSON (parsed) or text. Used for request bodies, the bodies of each
// example's originalRequest, and saved responses alike.
import type { ExampleBody, JsonValue } from '../model/types.js';
import { isJsonContentType as isJsonMediaType } from '../../templates/runtime/decode.js';
import { parseJson } from '../../templates/runtime/json.js';

/** `tooDeep`: valid JSON perhaps, but nested beyond limits.maxJsonDepth, so not parsed. */
export type ReadBody = ExampleBody | { kind: 'invalid-json'; raw: string; error: string; tooDeep?: true };

/**
 * Decides JSON-ness from what the collection claims: the raw language, then the content type, then
 * the text itself. JSON nested deeper than `maxJsonDepth` is not parsed (inference and
 * JSON.stringify recurse): it is reported as invalid, so callers warn and type it as text.
 */
export function readBody(raw: string | null | undefined, claims: { language?: string | null; contentType?: string | null }, maxJsonDepth: number): ReadBody {
  if (raw === null || raw === undefined || raw.trim() === '') return { kind: 'empty' };
  const claimsJson = claims.language ? claims.language.toLowerCase() === 'json' : isJsonContentType(claims.contentType);
  const looksJson = /^\s*[{[]/.test(raw);
  if (!claimsJson && !(looksJson && !claims.language && !claims.contentType)) {
    return { kind: 'text', raw, contentType: claims.contentType ?? null };
  }
  if (nestsDeeperThan(raw, maxJsonDepth)) return { kind: 'invalid-json', raw, error: tooDeep(maxJsonDepth), tooDeep: true };
  try {
    // As the generated runtime parses it: numbers beyond 2^53 become strings of their exact digits.
    // A leading byte-order mark is not part of the JSON text (fetch's text() drops it too).
    return { kind: 'json', raw, value: parseJson(withoutBom(raw)) as JsonValue };
  } catch (error) {
    if (!claimsJson) return { kind: 'text', raw, contentType: claims.contentType ?? null };
    return { kind: 'invalid-json', raw, error: (error as Error).message };
  }
}

/**
 * A saved response as the generated client will decode it (templates/runtime/decode.ts): what a
 * collection claims does not matter, only what is served. Empty text (after the byte-order mark
 * `response.text()` drops) is no body; a content type other than JSON is text; otherwise JSON if it
 * parses. JSON that does not parse is text to the client too: reported invalid only when the
 * content type claims JSON, or with no content type, Postman's preview language did (`previewJson`).
 */
export function readServedBody(raw: string, contentType: string | null, maxJsonDepth: number, previewJson = false): ReadBody {
  const served = withoutBom(raw);
  if (served === '') return { kind: 'empty' };
  if (contentType !== null && !isJsonMediaType(contentType)) return { kind: 'text', raw, contentType };
  if (nestsDeeperThan(served, maxJsonDepth)) return { kind: 'invalid-json', raw, error: tooDeep(maxJsonDepth), tooDeep: true };
  try {
    return { kind: 'json', raw, value: parseJson(served) as JsonValue };
  } catch (error) {
    if (contentType === null && !previewJson) return { kind: 'text', raw, contentType };
    return { kind: 'invalid-json', raw, error: (error as Error).message };
  }
}

/** A header as fetch's `Headers.get` reads it: every value of that name, joined by `, `; null when absent. */
export function servedHeader(headers: ReadonlyArray<{ key: string; value: string }>, name: string): string | null {
  const lower = name.toLowerCase();
  const values = headers.filter((h) => h.key.toLowerCase() === lower).map((h) => h.value);
  return values.length === 0 ? null : values.join(', ');
}

/** parseJson, refusing text nested deeper than `maxJsonDepth` (thrown as an Error with that reason). */
export function parseJsonWithin(raw: string, maxJsonDepth: number): unknown {
  if (nestsDeeperThan(raw, maxJsonDepth)) throw new Error(tooDeep(maxJsonDepth));
  return parseJson(raw);
}

const tooDeep = (limit: number) => `it nests deeper than limits.maxJsonDepth (${limit}), so it is not parsed`;

/** Whether JSON text opens more than `limit` arrays or objects inside each other (brackets in strings do not count). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string: to the next quote not escaped by an odd run of backslashes.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
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
