// Saved example responses -> ExampleModel: the response as served, and the example's own request
// resolved against the endpoint (can this endpoint make it, and with which path params?).
import type { Item, Request, Response } from 'postman-collection';
import type { Diagnostics } from '../diagnostics.js';
import { pointerOf } from '../diagnostics.js';
import type { ExampleBody, ExampleMatch, ExampleModel, ExampleRequestBody, HeaderParam, PathSegment, QueryParam, SourceRef } from '../model/types.js';
import { headerValue, readBody, readServedBody, servedHeader } from './body.js';
import { bodyModeOf, exampleModeBody, type SdkBody } from './body-modes.js';
import { headerProblem, headerValueSent, sendsNoBody } from './fetch-rules.js';
import { literalPathText, rawSegments } from './url.js';
import { resolveVariables, wholeVariable, type VariableTable } from './variables.js';

export interface EndpointShape {
  method: string;
  path: readonly PathSegment[];
  query: readonly QueryParam[];
  headers: readonly HeaderParam[];
}

/** What reading examples needs from load: the JSON depth limit and the file's pointers of the examples load kept. */
export interface ExampleReading {
  maxJsonDepth: number;
  origins: ReadonlyMap<object, string>;
}

export function normalizeExamples(
  item: Item,
  rawItem: Record<string, unknown>,
  endpoint: EndpointShape,
  itemSource: SourceRef,
  variables: VariableTable,
  diagnostics: Diagnostics,
  reading: ExampleReading,
): ExampleModel[] {
  const rawResponses = Array.isArray(rawItem['response']) ? (rawItem['response'] as Array<Record<string, unknown>>) : [];
  const { maxJsonDepth } = reading;
  return item.responses.all().flatMap((response, index): ExampleModel[] => {
    const raw = rawResponses[index] ?? {};
    // load may have left bad examples out: the pointer is the example's own in the file.
    const source: SourceRef = { ...itemSource, pointer: reading.origins.get(raw) ?? itemSource.pointer + pointerOf('response', index) };
    const name = (response.name ?? '').trim() || `Example ${index + 1}`;
    const headers = servableHeaders(pairs(response.headers.all()), source, name, diagnostics);
    const status = typeof response.code === 'number' && response.code > 0 ? response.code : 200;
    if (status < 200 || status > 599) {
      diagnostics.report('PF112', `example "${name}": fetch cannot return status ${status}, so the example gets no fixture test (its body still feeds the types)`, { ...source, pointer: source.pointer + '/code' });
    }
    const body = NULL_BODY_STATUSES.has(status) || endpoint.method === 'HEAD' ? emptyBody(response, endpoint.method === 'HEAD' ? 'a response to HEAD' : `a ${status} response`, source, name, diagnostics) : responseBody(response, raw, headers, source, name, diagnostics, maxJsonDepth);
    if (body === null) return [];
    const original = response.originalRequest as Request | undefined;
    const model = {
      kind: 'example',
      name,
      status,
      statusText: response.status ?? '',
      headers,
      body,
      request: original ? exampleRequest(original, endpoint, variables, source, name, diagnostics, maxJsonDepth) : sameAsEndpoint(endpoint, variables),
      source,
    } satisfies ExampleModel;
    return [model];
  });
}

/** Response headers fetch cannot carry (see fetch-rules.ts) are dropped from the example, said once each. */
function servableHeaders(headers: Array<{ key: string; value: string; index: number }>, source: SourceRef, name: string, diagnostics: Diagnostics) {
  return headers.filter((h) => {
    const problem = headerProblem(h.key, h.value);
    if (problem) diagnostics.report('PF112', `example "${name}": response header ${JSON.stringify(h.key)} cannot be served (${problem}) and is left out`, { ...source, pointer: `${source.pointer}/header/${h.index}` });
    return problem === null;
  }).map(({ key, value }) => ({ key, value }));
}

/** The example's request headers as fetch would send them; ones it cannot send are left out (PF116). */
function sendableHeaders(headers: Array<{ key: string; value: string; index: number }>, source: SourceRef, name: string, diagnostics: Diagnostics) {
  return headers.flatMap((h) => {
    const value = headerValueSent(h.value);
    const problem = headerProblem(h.key, value);
    if (problem === null) return [{ key: h.key, value }];
    diagnostics.report('PF116', `example "${name}": request header ${JSON.stringify(h.key)} is left out: ${problem}`, { ...source, pointer: `${source.pointer}/originalRequest/header/${h.index}` });
    return [];
  });
}

/** Statuses whose responses have no body on the wire (fetch gives them a null body). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/** `what`: why there is no body on the wire, e.g. `a 204 response` or `a response to HEAD`. */
function emptyBody(response: Response, what: string, source: SourceRef, name: string, diagnostics: Diagnostics): ExampleBody {
  if (typeof response.body === 'string' && response.body.trim() !== '') {
    diagnostics.report('PF109', `example "${name}": ${what} has no body, so its saved body is ignored`, { ...source, pointer: source.pointer + '/body' });
  }
  return { kind: 'empty' };
}

/** null: the example is left out (a JSON body deeper than the limit: the client would parse it, so typing it as text would be unsound). */
function responseBody(response: Response, raw: Record<string, unknown>, headers: Array<{ key: string; value: string }>, source: SourceRef, name: string, diagnostics: Diagnostics, maxJsonDepth: number): ExampleBody | null {
  const text = typeof response.body === 'string' ? response.body : raw['body'] === undefined || raw['body'] === null ? '' : String(raw['body']);
  // Typed and fixtured as the client decodes what is served; the preview language only decides whether broken JSON is worth a warning.
  const contentType = servedHeader(headers, 'content-type');
  const body = readServedBody(text, contentType, maxJsonDepth, raw['_postman_previewlanguage'] === 'json');
  if (body.kind !== 'invalid-json') return body;
  if (body.tooDeep) {
    diagnostics.report('PF018', `example "${name}": the response body ${body.error}; the example is left out`, { ...source, pointer: source.pointer + '/body' });
    return null;
  }
  diagnostics.report('PF107', `example "${name}": response body is not valid JSON (${body.error})`, { ...source, pointer: source.pointer + '/body' });
  return { kind: 'text', raw: body.raw, contentType };
}

function exampleRequest(original: Request, endpoint: EndpointShape, variables: VariableTable, source: SourceRef, name: string, diagnostics: Diagnostics, maxJsonDepth: number) {
  const method = (original.method ?? 'GET').toUpperCase();
  const segments = rawSegments(original.url);
  const pathVariables = new Map(original.url.variables.all().map((v) => [v.key ?? '', v.value === undefined || v.value === null ? '' : String(v.value)] as const));
  const query = pairs(original.url.query.all()).map((q) => ({ key: q.key, value: resolveVariables(q.value, variables) }));
  const headers = sendableHeaders(pairs(original.headers.all()), source, name, diagnostics);
  const bodyRaw = original.body?.mode === 'raw' ? original.body.raw : null;
  const language = (original.body as unknown as { options?: { raw?: { language?: string } } } | undefined)?.options?.raw?.language ?? null;
  const read = readBody(bodyRaw, { language, contentType: headerValue(headers, 'content-type') }, maxJsonDepth);
  const mode = bodyModeOf(original.body as SdkBody | undefined, method);
  let body: ExampleRequestBody;
  if (mode !== null) {
    body = exampleModeBody(original.body as SdkBody, mode, { ...source, pointer: source.pointer + '/originalRequest' }, `example "${name}": `, diagnostics, maxJsonDepth);
  } else if (read.kind === 'invalid-json') {
    diagnostics.report('PF101', `example "${name}": request body is not valid JSON (${read.error}); it does not feed the body type and is replayed as text only where the endpoint's body is text`, {
      ...source,
      pointer: source.pointer + '/originalRequest/body/raw',
    });
    body = { kind: 'text', raw: read.raw, contentType: 'application/json' };
  } else {
    body = read;
  }
  if (sendsNoBody(method) && body.kind !== 'empty') {
    diagnostics.report('PF115', `example "${name}": a ${method} request sends no body, so its saved body is left out`, { ...source, pointer: source.pointer + '/originalRequest/body' });
    body = { kind: 'empty' };
  }
  const values = segments.map((s) => segmentValue(s, pathVariables, variables));
  return {
    kind: 'example-request' as const,
    method,
    path: '/' + values.join('/'),
    query,
    headers,
    body,
    match: matchExample(endpoint, method, values, query),
  };
}

/** An example without an originalRequest was made by the endpoint's own request. */
function sameAsEndpoint(endpoint: EndpointShape, variables: VariableTable) {
  // No prototype: a param may be named `__proto__` or `constructor`.
  const pathParams = Object.create(null) as Record<string, string>;
  const values = endpoint.path.map((s) => {
    if (s.kind === 'literal') return s.value;
    const value = s.example ?? variables.get(s.name) ?? s.name;
    pathParams[s.name] = value;
    return s.prefix + value + s.suffix;
  });
  return {
    kind: 'example-request' as const,
    method: endpoint.method,
    path: '/' + values.join('/'),
    query: endpoint.query.filter((q) => q.required && !q.credential).map((q) => ({ key: q.name, value: q.example ?? '' })),
    headers: [],
    body: { kind: 'empty' } as const,
    match: { kind: 'match', pathParams } as const,
  };
}

function segmentValue(segment: string, pathVariables: ReadonlyMap<string, string>, variables: VariableTable): string {
  if (segment.startsWith(':') && segment.length > 1) {
    const value = pathVariables.get(segment.slice(1)) ?? '';
    return value === '' ? segment.slice(1) : resolveVariables(value, variables);
  }
  const variable = wholeVariable(segment);
  if (variable !== null) return variables.get(variable) ?? variable;
  return literalPathText(resolveVariables(segment, variables));
}

export function matchExample(
  endpoint: EndpointShape,
  method: string,
  segments: readonly string[],
  query: ReadonlyArray<{ key: string; value: string }>,
): ExampleMatch {
  if (method !== endpoint.method) return { kind: 'mismatch', reason: `the example sends ${method}, the endpoint ${endpoint.method}` };
  const endpointPath = '/' + endpoint.path.map((s) => (s.kind === 'literal' ? s.value : `${s.prefix}{${s.name}}${s.suffix}`)).join('/');
  const examplePath = '/' + segments.join('/');
  if (segments.length !== endpoint.path.length) {
    return { kind: 'mismatch', reason: `the example's path ${examplePath} is not ${endpointPath}` };
  }
  // No prototype: a param may be named `__proto__` or `constructor`.
  const pathParams = Object.create(null) as Record<string, string>;
  for (const [index, segment] of endpoint.path.entries()) {
    const value = segments[index]!;
    if (segment.kind === 'literal') {
      if (segment.value !== value) return { kind: 'mismatch', reason: `the example's path ${examplePath} is not ${endpointPath}` };
      continue;
    }
    const { prefix, suffix } = segment;
    if (!value.startsWith(prefix) || !value.endsWith(suffix) || value.length < prefix.length + suffix.length) {
      return { kind: 'mismatch', reason: `the example's path ${examplePath} is not ${endpointPath}` };
    }
    const middle = value.slice(prefix.length, value.length - suffix.length);
    pathParams[segment.name] = wholeVariable(middle) ?? middle;
  }
  const known = new Set(endpoint.query.filter((q) => !q.credential).map((q) => q.name));
  const unknown = query.find((q) => !known.has(q.key) && !endpoint.query.some((e) => e.credential && e.name === q.key));
  if (unknown) return { kind: 'mismatch', reason: `the example sends query parameter "${unknown.key}", which the endpoint does not have` };
  return { kind: 'match', pathParams };
}

/** Enabled pairs with a key, each with its index in the list (for pointers). */
function pairs(list: ReadonlyArray<{ key?: string | null; value?: unknown; disabled?: boolean }>): Array<{ key: string; value: string; index: number }> {
  return list.flatMap((h, index) =>
    !h.disabled && typeof h.key === 'string' && h.key !== '' ? [{ key: h.key, value: h.value === undefined || h.value === null ? '' : String(h.value), index }] : [],
  );
}
