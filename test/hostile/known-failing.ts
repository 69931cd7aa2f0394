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
  { case: 'auth: awsv4 (s3) on a path with a malformed %-escape', check: 'outcome', reason: 'URIError: URI malformed, thrown by decodeURIComponent in the S3 reference signer (emit/auth-reference.ts:92)' },
  { case: 'auth: awsv4 (s3) on a path with a malformed %-escape', check: 'diagnostics', reason: 'the pipeline throws URIError (emit/auth-reference.ts)' },
  { case: 'requests: methods that are not HTTP tokens', check: 'own tests', reason: "'GET /ADMIN' is not a valid HTTP method, at call time (found after the merge: the method check and the fixture disagree; open)" },
];

/**
 * Property tests (test/property): properties that cannot hold yet are skipped while listed here
 * (`true`: known failing). Delete an entry (or set it false) once its fix is merged.
 */
export const KNOWN_FAILING_PROPERTIES = {
  /** No planted secret (JWT, sk_live_, passwords under secret keys, ...) reaches any output file (redact). */
  // Open: a planted secret used as a header or field NAME reaches src/types.ts as a property key (keys are checked for token shapes only).
  secrets: true,
};

/**
 * Classes of random input left out of the property tests while the generator cannot handle them
 * yet: `in: 'all'` from every run (they break the in-memory properties), `in: 'full'` only from the
 * runs that compile the package and run its own tests. Delete an entry once its fix is merged.
 */
export const KNOWN_FAILING_CLASSES: Partial<Record<keyof InputClasses, { in: 'all' | 'full'; reason: string }>> = {
  unicodeText: { in: 'all', reason: 'names with non-ASCII, NUL or bidi characters become invalid identifiers: "Invalid character" in src/*.ts, test/cases.ts (naming)' },
  collidingNames: { in: 'full', reason: "type names collide: Duplicate identifier 'T24hrStatsParams' (naming)" },
  awsv4: { in: 'all', reason: 'S3 signing throws URIError on a stray `%` in the path (emit/auth-reference.ts:92); an awsv4 (s3) request beside literal credentials: the fixture\'s expected Authorization differs from the client\'s (auth)' },
  oddUrls: { in: 'full', reason: 'free-text URLs, and base-URL variables with hostile values: "Failed to parse URL from https://28%/..." at call time (requests)' },
  oddStatuses: { in: 'full', reason: 'a 301 example: over HTTP fetch follows the redirect, data null vs the saved text (requests)' },
  mislabelledBodies: { in: 'full', reason: 'saved bodies: `false` without a JSON type is fixtured as text but the client returns false; a JSON-typed top-level scalar (`null`, `""`, `-520384810`) comes back as text; a JSON-typed non-JSON or empty body is null over HTTP; a second, random Content-Type makes a JSON body text (requests)' },
  graphql: { in: 'full', reason: 'a DELETE with a graphql body: the fixture expects no body, the client sends the default query (requests)' },
  repeatedHeaders: { in: 'full', reason: "a header written twice: Duplicate identifier 'X-API-Key' in the params type (naming)" },
  head: { in: 'full', reason: 'a HEAD example with a saved body: the stub serves it, over HTTP the body is empty (data null) (requests)' },
};

/** The input classes a property run generates. */
export function propertyClasses(mode: 'cheap' | 'full'): InputClasses {
  const off = Object.entries(KNOWN_FAILING_CLASSES).filter(([, k]) => k.in === 'all' || mode === 'full');
  return { ...ALL_CLASSES, ...Object.fromEntries(off.map(([name]) => [name, false])) };
}

export function knownFailure(name: string, check: Check): KnownFailure | undefined {
  return KNOWN_FAILING.find((k) => k.case === name && k.check === check);
}
