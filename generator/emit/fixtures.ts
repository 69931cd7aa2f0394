// Saved examples -> the package's example data (src/mocks/examples.ts: the saved responses, served
// by its mocks and its tests alike) and fixture data (test/fixtures/*.json: what each test sends and
// expects, with the position of the example it serves). Every expectation comes from the example
// itself, never from the client, and credentials are replaced so no secret reaches either.
import type { ApiModel, ExampleBody, ExampleModel, ExampleRequestBody } from '../model/types.js';
import { servable } from '../plan/fixture-tests.js';
import type { EndpointPlan } from '../plan/plan.js';
import { withoutBom } from '../normalize/body.js';
import { expectedAuth, TEST_ORIGIN, type ExpectedAuth, type SentRequest } from './auth-expectations.js';
import { bodyMismatch, modeFixtureBody, ownModeBody } from './fixture-bodies.js';
import { wellFormed } from '../../templates/runtime/url.js';
import { parseJson } from '../../templates/runtime/json.js';

/** As written to test/fixtures/<endpoint>.json: fixtures keyed by index (see templates/test/fixture.ts). */
export interface FixtureData {
  operation: string;
  fixtures: Record<string, FixtureEntry>;
}

/** One fixture as written; `mode` tells whether its input is the example's own request (see templates/test/fixture.ts). */
export type FixtureEntry = { name: string; example: number | null; mode: 'request' | 'response-only' } & Record<string, unknown>;

/** A saved response as src/mocks/examples.ts holds it (templates/mocks/saved-example.ts). */
export interface SavedExampleData {
  name: string;
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/** The endpoint's saved examples that fetch can be served (the mocks' and the fixtures' alike), in collection order. */
export function savedExamples(plan: EndpointPlan): SavedExampleData[] {
  // Saved headers as normalize left them: their secrets are placeholders already (normalize/redact.ts).
  return plan.endpoint.examples.filter(servable).map((example) => ({
    name: example.name,
    status: example.status,
    headers: example.headers.map(({ key, value }): [string, string] => [key, value]),
    body: bodyText(example.body),
  }));
}

export function fixtureData(api: ApiModel, plan: EndpointPlan): FixtureData {
  const scheme = api.authSchemes.find((s) => plan.endpoint.auth.kind === 'scheme' && s.key === plan.endpoint.auth.key);
  // Signed schemes depend on the request, so each fixture gets its own expectation.
  const authFor = (request: SentRequest): ExpectedAuth => (scheme && plan.schemeKey ? expectedAuth(plan.schemeKey, scheme, request) : { headers: {}, query: [] });
  const served = plan.endpoint.examples.filter(servable);
  const examples = served.length ? served : [ownExample(plan)];
  // `example`: which of the endpoint's saved examples (src/mocks/examples.ts) the fixture serves.
  const fixtures = examples.map((example, i) => {
    const { name, ...rest } = fixture(plan, example, authFor);
    return { name, example: served.length ? i : null, ...rest };
  });
  return { operation: plan.functionName, fixtures: Object.fromEntries(fixtures.map((f, i) => [String(i), f])) };
}

/**
 * An endpoint without saved examples still gets one test: its own request, as the collection
 * saved it, must go out; the stub answers 200 with no body.
 */
function ownExample(plan: EndpointPlan): ExampleModel {
  const { endpoint } = plan;
  const own = ownRequest(plan);
  const pathParams = defaultPathParams(plan);
  return {
    kind: 'example',
    name: 'the request as saved (no saved example)',
    status: 200,
    statusText: 'OK',
    headers: [],
    body: { kind: 'empty' },
    request: { kind: 'example-request', method: endpoint.method, path: '', query: own.query, headers: own.headers, body: own.body, match: { kind: 'match', pathParams } },
    source: endpoint.source,
  };
}

function fixture(plan: EndpointPlan, example: ExampleModel, authFor: (request: SentRequest) => ExpectedAuth) {
  const { endpoint } = plan;
  const match = replayable(plan, example);
  const request = match.kind === 'match' ? example.request : ownRequest(plan);
  const pathValues = match.kind === 'match' ? match.pathParams : defaultPathParams(plan);
  const knownQuery = new Set(endpoint.query.filter((q) => !q.credential).map((q) => q.name));
  const query = request.query.filter((q) => knownQuery.has(q.key));
  const headerParams = endpoint.headers.filter((h) => h.role !== 'fixed');
  const sentHeaders = headerParams.flatMap((h) => {
    // A credential header's saved value is never copied: the test sends a stand-in.
    if (h.role === 'credential') return [[h.name, `test-${h.name.toLowerCase()}-credential`] as const];
    const value = request.headers.find((x) => x.key.toLowerCase() === h.name.toLowerCase())?.value;
    return value === undefined ? [] : [[h.name, value] as const];
  });
  const body = request.body;

  const input = record<unknown>();
  if (plan.pathParams.size) input['path'] = Object.fromEntries([...plan.pathParams].map(([raw, id]) => [id, pathValues[raw] ?? raw]));
  const queryInput = queryObject(query);
  if (query.length) input['query'] = queryInput;
  // The client sends the params object in its own key order: a repeated key's values together, integer-like keys first;
  // the wire carries a lone surrogate as U+FFFD.
  const sentQuery = Object.entries(queryInput).flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => [wellFormed(key), wellFormed(v)] as const));
  if (sentHeaders.length) input['headers'] = Object.fromEntries(sentHeaders);

  const headers = record<string>();
  for (const h of endpoint.headers.filter((x) => x.role === 'fixed')) headers[h.name.toLowerCase()] = h.value;
  for (const [name, value] of sentHeaders) headers[name.toLowerCase()] = value;

  // A text endpoint sends the example's bytes as they are; a JSON endpoint sends the parsed value.
  const sendsText = endpoint.body.kind === 'text';
  const modeBody = modeFixtureBody(endpoint, body, headers);
  if (modeBody) {
    if (modeBody.input !== undefined) input['body'] = modeBody.input;
  } else if (endpoint.body.kind !== 'none' && (body.kind === 'json' || body.kind === 'text')) {
    input['body'] = body.kind === 'json' && !sendsText ? body.value : body.raw;
  }
  const expectedBody = modeBody ? modeBody.expected : input['body'] === undefined ? null : sendsText ? { kind: 'text', value: input['body'] } : { kind: 'json', value: input['body'] };

  // As the wire carries it: parameters percent-encoded, literals normalised as every URL parser does.
  const written = '/' + endpoint.path.map((s) => (s.kind === 'literal' ? s.value : s.prefix + encodeURIComponent(wellFormed(pathValues[s.name] ?? s.name)) + s.suffix)).join('/');
  const path = new URL(written, 'https://api.test').pathname;
  const auth = authFor({ origin: endpoint.origin ?? TEST_ORIGIN, method: endpoint.method, path, query: sentQuery, headers: { ...headers }, body: expectedBody, input: input['body'] });
  Object.assign(headers, auth.headers);
  return {
    name: example.name,
    source: `${example.source.itemPath.join(' / ')} #${example.source.pointer}`,
    mode: match.kind === 'match' ? ('request' as const) : ('response-only' as const),
    note: match.kind === 'match' ? null : match.reason,
    input,
    request: {
      method: endpoint.method,
      path,
      query: [...sentQuery, ...auth.query],
      headers,
      body: expectedBody,
    },
    // Served as saved, read back as the client's response.text() decodes it (without a leading BOM).
    data: servedData(example.body),
  };
}

/** Whether the fixture can replay the example's own request: same method and path, and a body this endpoint can send. */
function replayable(plan: EndpointPlan, example: ExampleModel): ExampleModel['request']['match'] {
  const match = example.request.match;
  const reason = match.kind === 'match' ? bodyMismatch(plan.endpoint, example.request.body) : null;
  return reason === null ? match : { kind: 'mismatch', reason };
}

/** For examples this endpoint cannot replay: call it with the request's own values instead. */
function ownRequest(plan: EndpointPlan) {
  const { endpoint } = plan;
  const sample = endpoint.body.kind === 'json' ? endpoint.body.samples[0] : undefined;
  const body: ExampleRequestBody = ownModeBody(endpoint) ?? (sample
    ? { kind: 'json', raw: '', value: sample.value }
    : endpoint.body.kind === 'text' && endpoint.body.sample !== null
      ? { kind: 'text', raw: endpoint.body.sample, contentType: endpoint.body.contentType }
      : { kind: 'empty' });
  return {
    query: endpoint.query.filter((q) => q.required && !q.credential).map((q) => ({ key: q.name, value: q.example ?? '' })),
    headers: endpoint.headers.filter((h) => h.role === 'param').map((h) => ({ key: h.name, value: h.value })),
    body,
  };
}

/**
 * Records keyed by collection text (`__proto__`, `constructor` are legal keys) have no prototype:
 * assignments then create own properties, and lookups never find Object.prototype's members.
 */
function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function defaultPathParams(plan: EndpointPlan): Record<string, string> {
  const values = record<string>();
  for (const s of plan.endpoint.path) if (s.kind === 'param') values[s.name] = s.example ?? s.name;
  return values;
}

function queryObject(pairs: ReadonlyArray<{ key: string; value: string }>): Record<string, string | string[]> {
  const out = record<string | string[]>();
  for (const { key, value } of pairs) {
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * What the client reads back: the saved text as UTF-8 carries it (a lone surrogate arrives as
 * U+FFFD), without a leading BOM, parsed when the body is JSON.
 */
function servedData(body: ExampleBody): unknown {
  if (body.kind === 'empty') return null;
  if (body.kind === 'text') return withoutBom(wellFormed(body.raw));
  const served = wellFormed(body.raw);
  return served === body.raw ? body.value : parseJson(withoutBom(served));
}

function bodyText(body: ExampleBody): string {
  return body.kind === 'empty' ? '' : body.raw;
}
