// Literal unions: a string position whose values look like a small vocabulary (`status`, `code`)
// is typed as those values plus `(string & {})`, so editors complete the known values and every
// other string still fits. The decision is deterministic, from the shape and the property name:
//
// 1. Every value is known (`open` is false), there are 1 to MAX_LITERALS of them, none came from a
//    number beyond 2^53, and no string format holds (dates, emails, URIs, UUIDs are data, not codes).
// 2. Every value is a token: a letter, then letters and digits in runs joined by single `_ - . : /`,
//    at most 40 characters, at most two digits (`v2`, `us-east-1`; not the product code `ADV001`),
//    and no run of 8 or more with a digit (`pm_1Hh1XYZabc` is an id). So free text
//    (`Attempted to Contact`), numeric strings, ids and serial codes stay `string`.
//    Placeholders someone typed for a value (`YOUR_MERCHANT_ACCOUNT`, `ENTER_EMAIL_HERE`) are no tokens.
// 3. The property name's last word does not name data: ids, references, URLs, accounts, tokens,
//    descriptions, and compound names (`given_name`, `displayName`; a bare `name` may name a constant,
//    like PayPal's `name: 'UNPROCESSABLE_ENTITY'`).
// 4. And something says it is an enumeration:
//    - every value is UPPER_SNAKE and they are constants, not abbreviations: two or more of them, or
//      one with an underscore (`INVALID_DATA`, `SUCCESS | ERROR`; not a lone `ASP` or `TX`); or
//    - the property name's last word is an enumeration word (`status`, `Lead_Status`, `error_code`,
//      `@odata.type`, `types`, …). In request bodies, values someone typed as an example, that also
//      needs no Capitalized value (`State: 'California'` is an address, `State: 'TX'` a code).
// How often a value repeats is not used: collections copy one body into many examples, so a name
// seen nine times is no less free-form than one seen once.
import type { Shape } from './shape.js';

export type TypeUsage = 'response' | 'request';

type StringShape = Extract<Shape, { kind: 'string' }>;

/** More distinct values than this reads as data, not a vocabulary. */
export const MAX_LITERALS = 10;
const MAX_TOKEN_LENGTH = 40;

const TOKEN = /^[A-Za-z][A-Za-z0-9]*(?:[-_.:/][A-Za-z0-9]+)*$/;
const UPPER_SNAKE = /^[A-Z]{2,}[A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const CAPITALIZED = /^[A-Z][a-z]/;
const PLACEHOLDER = /^(?:YOUR|MY|ENTER|INSERT)_|_HERE$/i;

/** Last words of property names that name an enumeration (plurals are matched too). */
const ENUMERATION_WORDS = new Set([
  'action', 'algorithm', 'category', 'channel', 'class', 'code', 'country', 'currency', 'decision',
  'direction', 'encoding', 'environment', 'error', 'event', 'flow', 'format', 'frequency', 'gender',
  'intent', 'interval', 'kind', 'lang', 'language', 'level', 'locale', 'method', 'mode', 'object',
  'outcome', 'phase', 'platform', 'priority', 'protocol', 'reason', 'region', 'result', 'role',
  'scope', 'severity', 'side', 'sort', 'stage', 'state', 'status', 'subtype', 'tier', 'type', 'unit',
  'visibility',
]);

/** Last words of property names whose values are data, whatever they look like. */
const DATA_WORDS = new Set([
  'account', 'address', 'bank', 'comment', 'credentials', 'description', 'descriptor', 'email', 'href', 'iban',
  'id', 'identifier', 'ids', 'key', 'link', 'message', 'note', 'password', 'phone', 'ref', 'reference', 'secret',
  'surname', 'text', 'title', 'token', 'uri', 'url',
]);

/** The values to write as literals, in first-seen order, or null for plain `string`. */
export function literalValues(shape: StringShape, name: string | null, usage: TypeUsage): readonly string[] | null {
  const { values } = shape;
  if (shape.open || shape.numeric !== undefined || shape.formats.length > 0) return null;
  if (values.length === 0 || values.length > MAX_LITERALS || !values.every(isToken)) return null;
  const words = name === null ? [] : wordsOf(name);
  if (namesData(words)) return null;
  if (values.every((value) => UPPER_SNAKE.test(value)) && (values.length > 1 || values.some((value) => value.includes('_')))) return values;
  if (!namesEnumeration(words)) return null;
  if (usage === 'request' && values.some((value) => CAPITALIZED.test(value))) return null;
  return values;
}

function isToken(value: string): boolean {
  if (value.length > MAX_TOKEN_LENGTH || !TOKEN.test(value) || /\d.*\d.*\d/.test(value) || PLACEHOLDER.test(value)) return false;
  return !value.split(/[-_.:/]/).some((run) => run.length >= 8 && /\d/.test(run));
}

/** `Lead_Status`, `errorCode`, `HTTPStatus`, `@odata.type` -> lower-case words. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

/** The last word, singular (`types`, `statuses`, `categories`), is an enumeration word. */
export function namesEnumeration(words: readonly string[]): boolean {
  const last = words.at(-1);
  if (last === undefined) return false;
  return [last, last.replace(/s$/, ''), last.replace(/es$/, ''), last.replace(/ies$/, 'y')].some((word) => ENUMERATION_WORDS.has(word));
}

function namesData(words: readonly string[]): boolean {
  const last = words.at(-1);
  return last !== undefined && (DATA_WORDS.has(last) || (last === 'name' && words.length > 1));
}
