// What a secret looks like: field names that hold one (by their words, so `author` and `token_type`
// are not secrets) and well-known token shapes, wherever they stand. Pure functions; the redactor
// (redact.ts) decides what replaces them and the output scan (write/secret-scan.ts) looks for them.
import { splitWords } from '../words.js';

/** `strong`: any value is a secret; `weak`: only a long, high-entropy value is. */
export type SecretKeyStrength = 'strong' | 'weak';

/** Last words that name a secret whatever precedes them (`access_token`, `X-Amz-Signature`, `UserPassword`). */
const STRONG_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'passphrase',
  'passcode',
  'secret',
  'secrets',
  'token',
  'tokens',
  'apikey',
  'credential',
  'credentials',
  'cookie',
  'cookies',
  'authorization',
  'jwt',
]);
/** Two last words that name a secret (`api_key`, `x-api-key`, `privateKey`, `session_id`, `auth_code`). */
const STRONG_PAIRS = new Set([
  'api key',
  'private key',
  'secret key',
  'access key',
  'auth key',
  'signing key',
  'encryption key',
  'master key',
  'account key',
  'session id',
  'session key',
  'authorization code',
  'api token',
]);
/** Single words that end in a secret noun: `accesstoken`, `clientsecret`, `secretkey`. */
const STRONG_SUFFIXES = [
  'token',
  'secret',
  'password',
  'passwd',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'sessionid',
];
/** Tokens that page or deduplicate rather than authenticate (`nextPageToken`, `sync_token`). */
const NOT_SECRET_BEFORE_TOKEN = new Set([
  'page',
  'next',
  'prev',
  'previous',
  'continuation',
  'pagination',
  'cursor',
  'sync',
  'change',
  'delta',
  'resume',
]);
/**
 * Last words that may hold a secret: only a long, high-entropy value counts (`key: "Content-Type"`,
 * PayPal's `signature: "Mary Collins"` and Adyen's `dateOfSignature` do not; `X-Amz-Signature` does).
 */
const WEAK_WORDS = new Set(['key', 'sig', 'signature', 'auth', 'session', 'sid', 'bearer', 'assertion']);

export function secretKey(name: string): SecretKeyStrength | null {
  const words = splitWords(name).map((w) => w.toLowerCase());
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const before = words[words.length - 2];
  if ((last === 'token' || last === 'tokens') && before !== undefined && NOT_SECRET_BEFORE_TOKEN.has(before))
    return null;
  if (STRONG_WORDS.has(last) || (before !== undefined && STRONG_PAIRS.has(`${before} ${last}`))) return 'strong';
  if (words.length === 1 && STRONG_SUFFIXES.some((s) => last.length > s.length && last.endsWith(s))) return 'strong';
  return WEAK_WORDS.has(last) ? 'weak' : null;
}

/** Long, random-looking, one word: what a generated key is and a name, id or sentence is not. */
export function highEntropy(value: string): boolean {
  if (value.length < 16 || /\s/.test(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  // UUIDs are ids, not keys.
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits >= 3.5;
}

/** A reference to a Postman variable, or a placeholder an import wrote (`<string>`), holds no secret of its own. */
export function isReference(value: string): boolean {
  return value.includes('{{') || /^<[^<>]*>$/.test(value.trim());
}

export interface TokenShape {
  kind: string;
  /** Global; `secret` names the group that holds the secret part (the whole match when absent). */
  pattern: RegExp;
  secret?: string;
}

/** The stand-ins postforge itself writes (test credentials, placeholders) are not secrets. */
export const STAND_IN = /^(?:test-[A-Za-z0-9-]*|redacted-\d+)$/;

/**
 * Where a token may start: a word boundary, or right after a percent-escape (`%20AKIA…` in a URL
 * path), so encoding a separator does not hide the token behind it. The check is made behind the
 * token's literal lead (`eyJ`, `AKIA`…), never before it: a pattern that opens with an assertion
 * is tried at every position of the text, one that opens with a literal is searched for, ten times faster.
 */
const START = String.raw`(?:\b|(?<=%[0-9A-Fa-f]{2}))`;
const shape = (...alternatives: Array<[lead: string, rest: string]>) =>
  new RegExp(alternatives.map(([lead, rest]) => `(?:${lead})(?<=${START}(?:${lead}))${rest}`).join('|'), 'g');

export const TOKEN_SHAPES: readonly TokenShape[] = [
  {
    kind: 'private key',
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  },
  { kind: 'jwt', pattern: shape(['eyJ', String.raw`[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*`]) },
  {
    kind: 'stripe key',
    pattern: shape(['(?:sk|rk)_(?:live|test)_', '[A-Za-z0-9]{8,}'], ['whsec_', '[A-Za-z0-9]{16,}']),
  },
  { kind: 'github token', pattern: shape(['gh[pousr]_', '[A-Za-z0-9]{20,}'], ['github_pat_', '[A-Za-z0-9_]{20,}']) },
  { kind: 'slack token', pattern: shape(['xox[abprs]-', '[A-Za-z0-9-]{8,}']) },
  { kind: 'google api key', pattern: shape(['AIza', '[0-9A-Za-z_-]{30,}']) },
  { kind: 'aws access key', pattern: shape(['AKIA|ASIA', String.raw`[0-9A-Z]{16}\b`]) },
  // A credential after an auth scheme word, in headers and prose alike; it must look generated
  // (a digit, or mixed case) so "Bearer token" and "Basic authentication" stay.
  {
    kind: 'bearer token',
    pattern: /\b(?:Bearer|Basic|Token|Zoho-oauthtoken)[ \t]+(?<secret>[A-Za-z0-9._~+/-]{8,}=*)/gi,
    secret: 'secret',
  },
  // A scheme is any letters before `://`, glued to what precedes it or not (`1https://…`).
  { kind: 'url userinfo', pattern: /:\/\/(?<=[a-z][a-z0-9+.-]*:\/\/)(?<secret>[^\s/@?#{}]+)@/gi, secret: 'secret' },
];

/** What every shape above contains: one cheap test keeps the common string (no token) fast. */
const MAY_HOLD_TOKEN =
  /eyJ|[sr]k_|whsec_|gh[pousr]_|github_pat_|xox|AIza|AKIA|ASIA|PRIVATE KEY|bearer|basic|token|zoho|:\/\//i;

export interface ShapeMatch {
  kind: string;
  start: number;
  end: number;
}

/** The spans of `text` that hold a token of a known shape, in order, not overlapping. */
export function tokenShapes(text: string): ShapeMatch[] {
  if (!MAY_HOLD_TOKEN.test(text)) return [];
  const found: ShapeMatch[] = [];
  for (const shape of TOKEN_SHAPES) {
    for (const m of text.matchAll(shape.pattern)) {
      const part = shape.secret ? m.groups?.[shape.secret] : m[0];
      if (part === undefined || STAND_IN.test(part)) continue;
      if (shape.kind === 'bearer token' && !/\d/.test(part) && !/[a-z][A-Z]|[A-Z][a-z]*[A-Z]/.test(part)) continue;
      const start = m.index + m[0].length - part.length - (shape.kind === 'url userinfo' ? 1 : 0);
      found.push({ kind: shape.kind, start, end: start + part.length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((m, i) => !found.slice(0, i).some((o) => o.start < m.end && m.start < o.end));
}

/**
 * A known secret is also looked for in other text and in the output when it cannot be an ordinary
 * word, name or number: 8+ characters, no spaces, letters and digits (a password `changeme`, or a
 * `sessionId` field whose value is `"sessionId"`, is replaced where it stands, not searched for).
 */
export function searchable(secret: string): boolean {
  return (
    secret.length >= 8 && !/\s/.test(secret) && /[A-Za-z]/.test(secret) && /\d/.test(secret) && !STAND_IN.test(secret)
  );
}
