// Runs the saved examples of a collection against the generated client: each fixture's request
// must match what the client sends, and the client must read the saved response back as `data`.
import { readFileSync } from 'node:fs';
import { METHODS } from 'node:http';
import { expectExchange, captureRequest, type CallResult, type CapturedRequest } from './expectations.js';
import { withBlobs } from './blob-input.js';
import type { Fixture, FixtureFile, FixtureFileJson } from './fixture.js';
import { startFixtureServer } from './fixture-server.js';
import type { SavedExample } from '../src/mocks/saved-example.js';
import { servedResponse, toFetchResponse } from '../src/mocks/served-response.js';

export type { Fixture, FixtureFile } from './fixture.js';

/** Base URL of the stub transport; never resolved, the stub answers instead. */
export const STUB_ORIGIN = 'https://api.test';

/** Over HTTP, a call that hangs fails here, before vitest's default 5 s test timeout. */
const HTTP_CALL_TIMEOUT_MS = 4000;

type Fetch = typeof globalThis.fetch;

export interface FixtureDriver<C> {
  makeClient(fetch: Fetch, baseUrl: string): C;
  call(client: C, input: Fixture['input']): Promise<CallResult>;
  /** Path the package's base URL puts before every endpoint path, e.g. `/v1`; none by default. */
  readonly basePath?: string;
}

export interface HttpFixtureCase<C> {
  readonly fx: Fixture;
  readonly driver: FixtureDriver<C>;
}

/** `examples`: the endpoint's saved examples, as the package's mocks ship them (src/mocks/examples.ts). */
export function loadFixtureFile(url: URL, examples: readonly SavedExample[]): FixtureFile {
  return fixtureFileFromJson(JSON.parse(readFileSync(url, 'utf8')) as FixtureFileJson, examples);
}

/**
 * The fixtures keyed by index, back in a list (integer-like keys enumerate in ascending order, as
 * written), each with the saved example it serves: the one copy the mocks serve too.
 */
export function fixtureFileFromJson(json: FixtureFileJson, examples: readonly SavedExample[]): FixtureFile {
  const fixtures = Object.values(json.fixtures).map((fx): Fixture => {
    if (fx.example === null) return { ...fx, response: NO_EXAMPLE_RESPONSE };
    const saved = examples[fx.example];
    if (!saved) throw new Error(`${fx.source}: the package's examples of ${json.operation} have no [${fx.example}]`);
    return { ...fx, response: { status: saved.status, headers: saved.headers, body: saved.body } };
  });
  return { operation: json.operation, fixtures };
}

/** An endpoint without saved examples is tested with its own request; the stub answers this. */
const NO_EXAMPLE_RESPONSE: Fixture['response'] = { status: 200, headers: [], body: '' };

export function fixtureTitle(fx: Fixture): string {
  const title = `${fx.response.status} ${fx.name}`;
  if (fx.mode === 'request') return title;
  return fx.note === null ? `${title} (response only)` : `${title} (response only: ${fx.note})`;
}

/** Runs one fixture through a stub fetch that records the request and answers with the saved response. */
export async function runFixture<C>(fx: Fixture, driver: FixtureDriver<C>): Promise<void> {
  const served = servedResponse(fx.response, fx.source);
  const sent: CapturedRequest[] = [];
  const stubFetch: Fetch = async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const body = new Uint8Array(await request.arrayBuffer());
    sent.push(await captureRequest(request.method, url.pathname + url.search, request.headers, body));
    return toFetchResponse(served);
  };
  const baseUrl = STUB_ORIGIN + basePathOf(driver);
  const result = await callClient(fx, () => driver.call(driver.makeClient(stubFetch, baseUrl), withBlobs(fx.input)));
  expectExchange(fx, sent, result, basePathOf(driver));
}

/**
 * node:http's parser takes only the methods it knows (`P'OST` is a valid token, but llhttp answers
 * 400): such a fixture is checked over the stub only, and its HTTP replay is listed as skipped.
 */
export function receivableOverHttp(fx: Fixture): boolean {
  return METHODS.includes(fx.request.method);
}

/** Runs fixtures in turn against a real 127.0.0.1 server with the real global fetch. */
export async function runFixturesOverHttp<C>(cases: ReadonlyArray<HttpFixtureCase<C>>): Promise<void> {
  const server = await startFixtureServer();
  try {
    for (const { fx, driver } of cases) {
      const sent = server.serve(servedResponse(fx.response, fx.source));
      const baseUrl = server.origin + basePathOf(driver);
      const result = await callClient(fx, () =>
        withTimeout(
          driver.call(driver.makeClient(globalThis.fetch, baseUrl), withBlobs(fx.input)),
          HTTP_CALL_TIMEOUT_MS,
        ),
      );
      expectExchange(fx, sent, result, basePathOf(driver));
    }
  } finally {
    await server.close();
  }
}

/** `/v1` from `v1`, `/v1/` or `/v1`; '' for none. */
function basePathOf(driver: FixtureDriver<unknown>): string {
  const trimmed = (driver.basePath ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

/** Names the fixture when the client throws instead of returning. */
async function callClient(fx: Fixture, call: () => Promise<CallResult>): Promise<CallResult> {
  try {
    return await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${fx.source}: the client call failed: ${message}`, { cause: error });
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no response within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
