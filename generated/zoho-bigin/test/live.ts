// The contract check against a live API (test/live.test.ts): opt-in through the environment,
// it replays each endpoint's first saved request with the real client and validates the answer
// against the schema inferred for its status (contract.ts). Credentials come from environment
// variables only, one per credential field, named after the package's auth schemes.
import { info } from 'node:console';
import { readFileSync, writeFileSync } from 'node:fs';
import { env as processEnv } from 'node:process';
import { withBlobs } from './blob-input.js';
import { checkResponse, formatDifferences, type Difference, type JsonSchema } from './contract.js';
import type { CallResult } from './expectations.js';
import type { Fixture, FixtureFile } from './fixture.js';

export const LIVE_BASE_URL = 'POSTFORGE_LIVE_BASE_URL';
export const LIVE_METHODS = 'POSTFORGE_LIVE_METHODS';
export const LIVE_REPORT = 'POSTFORGE_LIVE_REPORT';
/** Only requests that should change nothing, unless the user lists others. */
export const DEFAULT_LIVE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];
/** A live call that takes longer fails; the test's own timeout is a little longer. */
export const LIVE_CALL_TIMEOUT_MS = 30_000;

export type Env = Readonly<Record<string, string | undefined>>;

/** Where one auth scheme's credential comes from. `hook`: signed by the client's `sign` hook, which the check cannot supply. */
export type LiveScheme =
  | { readonly kind: 'token'; readonly variable: string }
  | { readonly kind: 'fields'; readonly fields: readonly LiveField[] }
  | { readonly kind: 'hook' };

export interface LiveField {
  readonly name: string;
  readonly variable: string;
  readonly required: boolean;
  /** An object field (a JWT payload): the variable holds JSON. */
  readonly json: boolean;
}

type FieldValue<F> = F extends { readonly json: true } ? Record<string, unknown> : string;
type FieldsOf<F extends readonly LiveField[]> = {
  [P in F[number] as P extends { readonly required: true } ? P['name'] : never]: FieldValue<P>;
} & {
  [P in F[number] as P extends { readonly required: true } ? never : P['name']]?: FieldValue<P>;
};

/** The credentials the environment gives, typed from the scheme table, so tsc checks them against the client's `Auth`. */
export type LiveAuth<S extends Readonly<Record<string, LiveScheme>>> = {
  [K in keyof S]?: S[K] extends { readonly kind: 'token' }
    ? string
    : S[K] extends { readonly kind: 'fields'; readonly fields: infer F extends readonly LiveField[] }
      ? FieldsOf<F>
      : never;
};

export interface LiveSettings {
  readonly baseUrl: string;
  readonly methods: readonly string[];
  /** A file to write every result to as JSON, or null. */
  readonly report: string | null;
}

/** The package's schemas: test/schemas.json, written by postforge. */
export interface SchemasFile {
  readonly dialect: string;
  readonly operations: Readonly<
    Record<
      string,
      {
        readonly method: string;
        readonly auth: string | null;
        readonly responses: Readonly<Record<string, JsonSchema>>;
      }
    >
  >;
}

export interface LiveResult {
  readonly operation: string;
  /** The saved example whose request was replayed; null when skipped. */
  readonly example: string | null;
  readonly method: string;
  readonly status: number | null;
  readonly differences: readonly Difference[];
  /** The call itself failed (network, missing credential): its message. */
  readonly error: string | null;
  /** Why the endpoint was not called, or null. */
  readonly skipped: string | null;
}

/** The settings, or why the check does not run (the one line a skipped run shows). */
export function liveSettings(env: Env = processEnv): LiveSettings | { readonly skip: string } {
  const baseUrl = env[LIVE_BASE_URL]?.trim();
  if (!baseUrl)
    return { skip: `live contract check skipped: set ${LIVE_BASE_URL} (and the credentials in the README) to run it` };
  if (!URL.canParse(baseUrl)) throw new Error(`${LIVE_BASE_URL} is not a URL`);
  const listed = (env[LIVE_METHODS] ?? '')
    .split(',')
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m !== '');
  const report = env[LIVE_REPORT]?.trim();
  return { baseUrl, methods: listed.length ? listed : DEFAULT_LIVE_METHODS, report: report ? report : null };
}

export function loadSchemas(url: URL): SchemasFile {
  return JSON.parse(readFileSync(url, 'utf8')) as SchemasFile;
}

/** Every credential the environment holds; a scheme missing a required variable is left out (see `missingVariables`). */
export function liveCredentials<S extends Readonly<Record<string, LiveScheme>>>(
  schemes: S,
  env: Env = processEnv,
): LiveAuth<S> {
  const auth: Record<string, unknown> = {};
  for (const [key, scheme] of Object.entries(schemes)) {
    if (missingVariables(env, scheme).length > 0) continue;
    if (scheme.kind === 'token') auth[key] = env[scheme.variable];
    if (scheme.kind === 'fields') {
      const fields = scheme.fields.filter((f) => env[f.variable] !== undefined && env[f.variable] !== '');
      auth[key] = Object.fromEntries(
        fields.map((f) => [f.name, f.json ? parseObject(env[f.variable]!, f.variable) : env[f.variable]]),
      );
    }
  }
  // Built from the table field by field, as LiveAuth<S> describes it; TypeScript cannot follow Object.entries.
  return auth as LiveAuth<S>;
}

/** The variables a scheme still needs; a hook scheme needs what no variable gives. */
export function missingVariables(env: Env, scheme: LiveScheme): string[] {
  const unset = (variable: string) => env[variable] === undefined || env[variable] === '';
  if (scheme.kind === 'token') return unset(scheme.variable) ? [scheme.variable] : [];
  if (scheme.kind === 'fields')
    return scheme.fields.filter((f) => f.required && unset(f.variable)).map((f) => f.variable);
  return [];
}

function parseObject(text: string, variable: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${variable} must hold a JSON object`);
  return value as Record<string, unknown>;
}

export type LivePlan =
  | { readonly skip: string; readonly method: string }
  | {
      readonly fixture: Fixture;
      readonly method: string;
      readonly responses: Readonly<Record<string, JsonSchema>>;
      /** Credential variables the endpoint's scheme needs and the environment lacks: the test fails naming them. */
      readonly missing: readonly string[];
    };

/**
 * What the check does for one endpoint: replay its first saved example whose request the endpoint
 * can make, or say in one line why not (method not listed, no such example, a hook-signed scheme).
 */
export function livePlan(
  settings: LiveSettings,
  schemas: SchemasFile,
  file: FixtureFile,
  schemes: Readonly<Record<string, LiveScheme>>,
  env: Env = processEnv,
): LivePlan {
  const operation = Object.hasOwn(schemas.operations, file.operation) ? schemas.operations[file.operation] : undefined;
  if (operation === undefined)
    throw new Error(`test/schemas.json has no entry for ${file.operation}: regenerate the package`);
  const methods = settings.methods.join(', ');
  const skip = (reason: string) => ({ skip: `${file.operation}: ${reason}`, method: operation.method });
  if (!settings.methods.includes(operation.method))
    return skip(`${operation.method} is not in ${LIVE_METHODS} (${methods})`);
  const scheme = operation.auth === null ? undefined : schemes[operation.auth];
  if (scheme?.kind === 'hook')
    return skip('its auth scheme is signed by a `sign` hook, which the live check cannot supply');
  const fixture = file.fixtures.find((fx) => fx.mode === 'request');
  if (fixture === undefined) return skip('no saved example has a request this endpoint can make');
  return {
    fixture,
    method: operation.method,
    responses: operation.responses,
    missing: scheme === undefined ? [] : missingVariables(env, scheme),
  };
}

/** The test title: the endpoint and the example whose request is replayed. */
export function liveTitle(operation: string, plan: Extract<LivePlan, { fixture: Fixture }>): string {
  return `${operation}: ${plan.method} as in "${plan.fixture.name}"`;
}

/**
 * Replays the example's request through `call` and checks the answer. Resolves with the result
 * (for the report) and fails, after recording it, when there is an error-level difference.
 */
export async function runLive(
  operation: string,
  plan: Extract<LivePlan, { fixture: Fixture }>,
  call: (input: Fixture['input']) => Promise<CallResult>,
  report: LiveReport,
): Promise<void> {
  const base = { operation, example: plan.fixture.name, method: plan.method, skipped: null };
  if (plan.missing.length > 0) {
    const error = `set ${plan.missing.join(', ')} to run ${operation} against the live API`;
    report.add({ ...base, status: null, differences: [], error });
    throw new Error(error);
  }
  let result: CallResult;
  try {
    result = await call(withBlobs(plan.fixture.input));
  } catch (cause) {
    const error = cause instanceof Error ? cause.message : String(cause);
    report.add({ ...base, status: null, differences: [], error });
    throw new Error(`${operation}: the live call failed: ${error}`, { cause });
  }
  const differences = checkResponse(plan.responses, result.status, result.data);
  report.add({ ...base, status: result.status, differences, error: null });
  const errors = differences.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `${operation}: the live ${result.status} response differs from the saved examples' type in ${errors.length} place(s):\n${formatDifferences(differences)}`,
    );
  }
  if (differences.length > 0)
    info(`${operation}: notes on the live ${result.status} response:\n${formatDifferences(differences)}`);
}

/** A fetch that sends every request to the live base URL's origin (endpoints with a host of their own too), and gives up after `ms`. */
export function liveFetch(
  baseUrl: string,
  ms = LIVE_CALL_TIMEOUT_MS,
  fetch: typeof globalThis.fetch = globalThis.fetch,
): typeof globalThis.fetch {
  const origin = new URL(baseUrl).origin;
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
    const signal = AbortSignal.any([request.signal, AbortSignal.timeout(ms)]);
    return fetch(origin + url.pathname + url.search, {
      method: request.method,
      headers: request.headers,
      body,
      signal,
    });
  };
}

/** Every result of a run; with `POSTFORGE_LIVE_REPORT`, written as JSON after each (so a run whose tests are all skipped still writes one). */
export interface LiveReport {
  readonly results: readonly LiveResult[];
  add(result: LiveResult): void;
  skipped(operation: string, plan: Extract<LivePlan, { skip: string }>): void;
}

export function liveReport(settings: LiveSettings): LiveReport {
  const results: LiveResult[] = [];
  // The base URL without any userinfo: a report may end up in CI artefacts.
  const url = new URL(settings.baseUrl);
  url.username = '';
  url.password = '';
  const write = () => {
    if (settings.report !== null)
      writeFileSync(
        settings.report,
        JSON.stringify({ baseUrl: url.href, methods: settings.methods, results }, null, 2) + '\n',
      );
  };
  write();
  return {
    results,
    add(result) {
      results.push(result);
      write();
    },
    skipped(operation, plan) {
      this.add({
        operation,
        example: null,
        method: plan.method,
        status: null,
        differences: [],
        error: null,
        skipped: plan.skip,
      });
    },
  };
}
