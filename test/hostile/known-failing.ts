// What fails on main today because another branch of issue 6 is fixing it, in one place:
// corpus checks (each entry skips exactly one check of one case, the skip's title says why),
// properties not yet asserted, and input classes the property runs leave out. After merging a
// fix, delete its entries: the check then runs, and must pass.
import { ALL_CLASSES, type InputClasses } from '../property/arbitraries.js';

export type Check = 'outcome' | 'diagnostics' | 'type-checks' | 'own tests' | 'no canary as code' | 'no canary on import' | 'no planted secret' | 'nothing outside';

export interface KnownFailure {
  /** A `name` from corpus.ts. */
  case: string;
  check: Check;
  /** What fails today, and which part of issue 6 fixes it. */
  reason: string;
}

export const KNOWN_FAILING: readonly KnownFailure[] = [
  // load (h-load): lenient reading, iterative walks, file encodings
  { case: 'files: top-level `items` instead of `item`', check: 'outcome', reason: 'refused with PF003 "`item` must be an array" (load)' },
  { case: 'files: top-level `items` instead of `item`', check: 'diagnostics', reason: 'refused with PF003, no warning naming the normalisation (load)' },
  { case: 'requests: missing method', check: 'diagnostics', reason: 'generates as GET but no warning says so (load)' },
  { case: 'files: duplicate keys', check: 'diagnostics', reason: 'the last key wins silently, no warning with its pointer (load)' },
  { case: 'files: invalid UTF-8', check: 'outcome', reason: 'decoded with U+FFFD replacements and generated, no diagnostic (load)' },
  { case: 'files: invalid UTF-8', check: 'diagnostics', reason: 'no diagnostic naming the byte offset (load)' },
  { case: 'limits: 5,000 nested folders', check: 'outcome', reason: 'RangeError: Maximum call stack size exceeded, thrown from the pipeline (load)' },
  { case: 'limits: 5,000 nested folders', check: 'diagnostics', reason: 'the pipeline throws RangeError (load)' },
  { case: 'limits: JSON bodies nested 20,000 deep', check: 'outcome', reason: 'RangeError: Maximum call stack size exceeded, thrown from the pipeline (load: maxJsonDepth)' },
  { case: 'limits: JSON bodies nested 20,000 deep', check: 'diagnostics', reason: 'the pipeline throws RangeError (load: maxJsonDepth)' },
  { case: 'files: missing info', check: 'outcome', reason: 'refused with PF003 "no `info.schema` ... and no `item` array", though `item` is there (load)' },
  { case: 'files: missing info', check: 'diagnostics', reason: 'refused with PF003 instead of a warning (load)' },
  // requests (h-requests): what fetch cannot send or serve
  { case: 'requests: GET and HEAD with a body', check: 'diagnostics', reason: 'no warning for the GET/HEAD body (requests)' },
  { case: 'requests: GET and HEAD with a body', check: 'own tests', reason: 'the client sends the body: "GET /search cannot send a body: fetch forbids bodies on GET" (requests)' },
  { case: 'requests: header names and values fetch rejects', check: 'diagnostics', reason: 'no warning for header names fetch rejects (requests)' },
  { case: 'requests: header names and values fetch rejects', check: 'own tests', reason: 'Headers.set: "X-\"Quoted\"" is an invalid header name (requests)' },
  { case: 'injection: keys, values, header values, status texts', check: 'own tests', reason: 'header values with CR/LF, U+2028 or bidi marks are sent: Headers.set / "Cannot convert argument to a ByteString" (requests)' },
  { case: 'requests: methods that are not HTTP tokens', check: 'diagnostics', reason: 'no warning for a method that is not a token (requests)' },
  { case: 'requests: methods that are not HTTP tokens', check: 'own tests', reason: "'GET /ADMIN' is not a valid HTTP method, at call time (requests)" },
  { case: 'requests: URL with a port but no host', check: 'diagnostics', reason: 'no warning for `https://:8080/x` (requests)' },
  { case: 'requests: a saved JSON body with a byte-order mark', check: 'own tests', reason: 'fixture expects the text with its BOM, the client parses JSON: data { id } vs "\ufeff{...}" (requests)' },
  { case: 'numbers: beyond the double range, -0, tiny, beyond 2^53', check: 'type-checks', reason: '1e400 is fixtured as null but typed number (test/types.check.ts) (requests)' },
  { case: 'numbers: beyond the double range, -0, tiny, beyond 2^53', check: 'own tests', reason: 'data { big: Infinity, zero: -0 } vs fixture { big: null, zero: 0, tiny: 0 } (requests)' },
  { case: 'prototype keys: __proto__, constructor, prototype', check: 'own tests', reason: 'the query `__proto__=1&constructor=2` goes out as [constructor, null], __proto__ lost (requests)' },
  // naming (h-naming): identifiers, type names, file names
  { case: 'limits: 300-character item and folder names', check: 'outcome', reason: 'PF108 ENAMETOOLONG: the fixture file name is the 300-character item name (naming)' },
  { case: 'unicode: line separators, NUL, lone surrogates, bidi, non-ASCII names', check: 'outcome', reason: 'PF901 prettier could not format src/types.ts: Invalid character (an identifier made from non-ASCII text) (naming)' },
  { case: 'names: reserved words and runtime names', check: 'own tests', reason: '`class_`, `default_`, `delete_`, `new_`, `prototype`, `proto` "is not a function"; `constructor`: "Unexpected identifier \'Object\'" (naming)' },
  { case: 'names: collisions (case, punctuation, digits, type suffixes)', check: 'type-checks', reason: "Duplicate identifier 'T24hrStatsParams' / 'T24hrStatsResult' / 'T24hrStatsResponse200' (naming)" },
  { case: 'names: collisions (case, punctuation, digits, type suffixes)', check: 'own tests', reason: 'duplicate declarations: the test files fail to transform (naming)' },
  // emit/auth-reference.ts (no branch named for it: found by the property tests)
  { case: 'auth: awsv4 (s3) on a path with a malformed %-escape', check: 'outcome', reason: 'URIError: URI malformed, thrown by decodeURIComponent in the S3 reference signer (emit/auth-reference.ts:92)' },
  { case: 'auth: awsv4 (s3) on a path with a malformed %-escape', check: 'diagnostics', reason: 'the pipeline throws URIError (emit/auth-reference.ts)' },
  { case: 'injection: a string ending in a backslash, then a comment opener', check: 'outcome', reason: 'PF901: src/endpoints.ts does not parse (`*//**` after the specs table): ts-morph\'s writer misreads a string ending in a backslash (naming: code text)' },
  // redact (h-redact): literal credentials copied into output
  { case: 'secrets: API keys and signatures in query strings', check: 'no planted secret', reason: 'api_key, X-Amz-Signature and access_token values in test/fixtures/*.json (redact)' },
  { case: 'secrets: passwords and client secrets in request bodies (raw, urlencoded, formdata)', check: 'no planted secret', reason: 'password, client_secret, token, api_key values in test/fixtures/*.json (redact)' },
  { case: 'secrets: tokens in saved responses', check: 'no planted secret', reason: 'access_token, JWT, refresh_token, sk_live_, ghp_, xoxb-, AIza and AKIA values in test/fixtures/*.json (redact)' },
  { case: 'secrets: userinfo in URLs and token shapes in descriptions', check: 'no planted secret', reason: 'AIza and xoxb- tokens from descriptions in JSDoc of src/client.ts and src/endpoints.ts (redact)' },
];

/**
 * Property tests (test/property): properties that cannot hold yet are skipped while listed here
 * (`true`: known failing). Delete an entry (or set it false) once its fix is merged.
 */
export const KNOWN_FAILING_PROPERTIES = {
  /** No planted secret (JWT, sk_live_, passwords under secret keys, ...) reaches any output file (redact). */
  secrets: true,
};

/**
 * Classes of random input left out of the property tests while the generator cannot handle them
 * yet: `in: 'all'` from every run (they break the in-memory properties), `in: 'full'` only from the
 * runs that compile the package and run its own tests. Delete an entry once its fix is merged.
 */
export const KNOWN_FAILING_CLASSES: Partial<Record<keyof InputClasses, { in: 'all' | 'full'; reason: string }>> = {
  unicodeText: { in: 'all', reason: 'names with non-ASCII, NUL or bidi characters become invalid identifiers: "Invalid character" in src/*.ts, test/cases.ts (naming)' },
  backslashes: { in: 'all', reason: 'a string literal ending in a backslash, then a `/*` in a later string: the code writer closes a "comment" and src/endpoints.ts does not parse (naming: code text)' },
  oddMethods: { in: 'full', reason: 'methods that are not tokens reach fetch: "is not a valid HTTP method" at call time (requests)' },
  oddHeaders: { in: 'full', reason: 'header names and values fetch rejects are sent: Headers.set TypeError at call time (requests)' },
  getBodies: { in: 'full', reason: 'GET/HEAD bodies are sent: "fetch forbids bodies on GET" (requests)' },
  oddNumbers: { in: 'full', reason: '1e400 fixtured as null but typed number; -0 and 1e-400 differ from the fixture (requests)' },
  protoKeys: { in: 'full', reason: 'a `__proto__` query key is lost on the way out (requests)' },
  reservedNames: { in: 'full', reason: 'reserved words as item names: exported `class_`, `default_` ... "is not a function" in the tests (naming)' },
  collidingNames: { in: 'full', reason: "type names collide: Duplicate identifier 'T24hrStatsParams' (naming)" },
  awsv4: { in: 'all', reason: 'S3 signing throws URIError on a stray `%` in the path (emit/auth-reference.ts:92); an awsv4 (s3) request beside literal credentials: the fixture\'s expected Authorization differs from the client\'s (auth)' },
  oddUrls: { in: 'full', reason: 'free-text URLs, and base-URL variables with hostile values: "Failed to parse URL from https://28%/..." at call time (requests)' },
  oddStatuses: { in: 'full', reason: 'a 301 example: over HTTP fetch follows the redirect, data null vs the saved text (requests)' },
  mislabelledBodies: { in: 'full', reason: 'saved bodies: `false` without a JSON type is fixtured as text but the client returns false; a JSON-typed top-level scalar (`null`, `""`, `-520384810`) comes back as text; a JSON-typed non-JSON or empty body is null over HTTP; a second, random Content-Type makes a JSON body text (requests)' },
  graphql: { in: 'full', reason: 'a DELETE with a graphql body: the fixture expects no body, the client sends the default query (requests)' },
  repeatedHeaders: { in: 'full', reason: "a header written twice: Duplicate identifier 'X-API-Key' in the params type (naming)" },
  head: { in: 'full', reason: 'a HEAD example with a saved body: the stub serves it, over HTTP the body is empty (data null) (requests)' },
  longNames: { in: 'full', reason: 'ENAMETOOLONG: fixture file names as long as the item name (naming)' },
};

/** The input classes a property run generates. */
export function propertyClasses(mode: 'cheap' | 'full'): InputClasses {
  const off = Object.entries(KNOWN_FAILING_CLASSES).filter(([, k]) => k.in === 'all' || mode === 'full');
  return { ...ALL_CLASSES, ...Object.fromEntries(off.map(([name]) => [name, false])) };
}

export function knownFailure(name: string, check: Check): KnownFailure | undefined {
  return KNOWN_FAILING.find((k) => k.case === name && k.check === check);
}
