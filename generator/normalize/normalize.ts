// items -> endpoints: the stage that turns the SDK's view of a collection into the endpoint model.
import type { Item } from 'postman-collection';
import type { Diagnostics } from '../diagnostics.js';
import type { LoadedCollection } from '../load/load.js';
import type { ApiModel, AuthRef, HeaderParam, AuthScheme, EndpointModel, EnvironmentModel, FolderModel, JsonSample, RequestBody, SourceRef } from '../model/types.js';
import { effectiveAuth, schemeIdentity, schemeOf, setsAuthorizationHeader, type SchemeDraft } from './auth.js';
import { headerValue, readBody } from './body.js';
import { bodyFromExamples, bodyModeOf, modeRequestBody, type SdkBody } from './body-modes.js';
import { normalizeExamples, type ExampleReading } from './examples.js';
import { headerProblem, headerValueSent, methodProblem, sendsNoBody } from './fetch-rules.js';
import { splitHeaders } from './headers.js';
import { descriptionText, normalizeUrl } from './url.js';
import { variableTable, wholeVariable, type VariableTable } from './variables.js';
import { reportScripts } from './scripts.js';
import { nameOf, walk } from './walk.js';
import { authBlockSecrets } from './auth-secrets.js';
import { redactModel, type RedactionSummary } from './redact.js';
import { secretKey } from './secrets.js';

/** `replaced` receives the secret values the redactor replaced, for the output scan only: they never enter the model. */
export function normalize(loaded: LoadedCollection, diagnostics: Diagnostics, replaced: string[] = []): ApiModel {
  const { collection, raw, file } = loaded;
  const collectionVariables = collection.variables.all().map((v) => ({ key: v.key ?? '', value: v.value === undefined || v.value === null ? '' : String(v.value) }));
  const variables = variableTable(collectionVariables, loaded.environments);
  const schemes = new SchemeRegistry();
  const folders: FolderModel[] = [];
  const endpoints: EndpointModel[] = [];
  const bases: string[] = [];

  const nodes = walk(collection, raw, loaded.origins);
  const reading: ExampleReading = { maxJsonDepth: loaded.limits.maxJsonDepth, origins: loaded.origins };
  const counts = requestCounts(nodes);
  const requestsUnder = (pointer: string) => counts.get(pointer) ?? 0;
  reportScripts(raw, { file, itemPath: [], pointer: '' }, requestsUnder(''), diagnostics);
  for (const node of nodes) {
    if (node.kind === 'folder') {
      reportScripts(node.raw, { file, itemPath: node.path, pointer: node.pointer }, requestsUnder(node.pointer), diagnostics);
      folders.push({ kind: 'folder', path: node.path, description: descriptionText(node.raw['description']), source: { file, itemPath: node.path, pointer: node.pointer } });
      continue;
    }
    const index = Number(node.pointer.split('/').pop());
    const itemPath = [...node.folderPath, nameOf(node.item.name, index)];
    const source: SourceRef = { file, itemPath, pointer: node.pointer };
    reportScripts(node.raw, source, 1, diagnostics);
    let endpoint: ReturnType<typeof normalizeItem>;
    try {
      if (node.item.request.url.toString().trim() === '') {
        diagnostics.report('PF006', 'the request has no URL, so it gets no function', { ...source, pointer: source.pointer + '/request/url' });
        continue;
      }
      const badMethod = methodProblem(methodOf(node.item));
      if (badMethod !== null) {
        diagnostics.report('PF114', `${badMethod}, so the request gets no function`, { ...source, pointer: source.pointer + '/request/method' });
        continue;
      }
      endpoint = normalizeItem(node.item, node.raw, node.folderPath, source, withFolderVariables(variables, node.ancestors), schemes, diagnostics, reading);
    } catch (error) {
      // Load's checks should make this unreachable; if the SDK still throws on an item, that item alone is lost.
      diagnostics.report('PF016', `reading this item failed (${error instanceof Error ? error.message : String(error)}); it is left out. This is a postforge bug: please report it`, source);
      continue;
    }
    bases.push(hostOrNothing(endpoint.base, source, diagnostics));
    endpoints.push(endpoint.model);
  }

  if (endpoints.length === 0) diagnostics.report('PF004', 'the collection has no requests', { file, pointer: '/item' });
  const base = mostCommon(bases) ?? '';
  const baseVariable = wholeVariable(base);
  endpoints.forEach((endpoint, i) => (endpoint.origin = ownOrigin(bases[i]!, base, endpoint.source, diagnostics)));
  const info = raw.info ?? {};
  const model: ApiModel = {
    kind: 'api',
    title: typeof info.name === 'string' && info.name.trim() ? info.name.trim() : 'API',
    description: descriptionText(info.description),
    source: { file, itemPath: [], pointer: '' },
    baseUrl: { kind: 'baseUrl', template: base, variable: baseVariable, defaultValue: baseVariable ? (collectionVariables.find((v) => v.key === baseVariable)?.value || null) : base || null },
    environments: environmentsOf(loaded, baseVariable),
    authSchemes: schemes.all(),
    folders,
    endpoints,
  };
  // Last, over the whole model: no later stage sees a secret, whichever field it came in by.
  const secretVariables = [
    ...[...collectionVariables, ...loaded.environments.flatMap((env) => env.values)].filter((v) => secretKey(v.key) === 'strong').map((v) => v.value),
    ...authBlockSecrets(raw),
  ];
  const { api, summary, secrets, redactText } = redactModel(model, secretVariables);
  replaced.push(...secrets);
  // Messages quote the collection (a header value, JSON.parse's snippet of a body): printed in CI logs, so redacted too.
  for (const d of diagnostics.all) d.message = redactText(d.message);
  reportRedactions(summary, model.source, diagnostics);
  return { ...api, redacted: { values: summary.values, places: summary.places.length } };
}

/** Counts and places, never the values. */
function reportRedactions(summary: RedactionSummary, source: SourceRef, diagnostics: Diagnostics): void {
  if (summary.places.length === 0) return;
  const kinds = Object.entries(summary.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ');
  const shown = summary.places.slice(0, 20);
  const more = summary.places.length > shown.length ? `, and ${summary.places.length - shown.length} more` : '';
  diagnostics.report('PF120', `${summary.values} secret values replaced at ${summary.places.length} places (${kinds}): ${shown.join('; ')}${more}`, source);
}

function normalizeItem(
  item: Item,
  rawItem: Record<string, unknown>,
  folderPath: string[],
  source: SourceRef,
  variables: VariableTable,
  schemes: SchemeRegistry,
  diagnostics: Diagnostics,
  reading: ExampleReading,
) {
  const request = item.request;
  const url = normalizeUrl(request.url, variables);
  const rawHeaders = sendableHeaders(request.headers.all(), source, diagnostics);
  const { headers, credentialHeaders } = splitHeaders(rawHeaders);
  const { auth, kept } = resolveAuth(item, credentialHeaders, source, variables, schemes, diagnostics);
  headers.push(...kept);
  const method = methodOf(item);
  const shape = { method, path: url.path, query: url.query, headers };
  const examples = normalizeExamples(item, rawItem, shape, source, variables, diagnostics, reading);
  optionalWhereSavedWithout(headers, examples);
  const body = sendsNoBody(method) ? noBody(item, method, source, diagnostics) : requestBody(item, headers, examples, source, diagnostics, reading.maxJsonDepth);
  // fetch writes a multipart content type with its boundary; a saved `multipart/form-data` would hide it.
  const sentHeaders = body.kind === 'multipart' ? headers.filter((h) => h.name.toLowerCase() !== 'content-type') : headers;
  const rawId = rawItem['id'] ?? rawItem['_postman_id'];
  const model: EndpointModel = {
    kind: 'endpoint',
    id: typeof rawId === 'string' && rawId !== '' ? rawId : `item:${source.pointer}`,
    name: source.itemPath[source.itemPath.length - 1]!,
    folderPath,
    description: descriptionText(request.description ?? rawItem['description']),
    method,
    path: url.path,
    query: url.query,
    headers: sentHeaders,
    auth,
    body,
    examples,
    origin: null,
    source,
  };
  return { model, base: url.base };
}

/** As Postman sends it: upper-cased (fetch itself upper-cases only the six standard methods), GET when missing. */
function methodOf(item: Item): string {
  const method = typeof item.request.method === 'string' ? item.request.method.trim() : '';
  return method === '' ? 'GET' : method.toUpperCase();
}

/**
 * Request headers as fetch sends them (values without surrounding spaces); ones fetch rejects are
 * left out, disabled ones too (they would still be typed as optional params), each said (PF116).
 */
function sendableHeaders(list: ReturnType<Item['request']['headers']['all']>, source: SourceRef, diagnostics: Diagnostics) {
  return list.flatMap((h, index) => {
    const key = h.key ?? '';
    const value = headerValueSent(h.value === undefined || h.value === null ? '' : String(h.value));
    const problem = key === '' ? null : headerProblem(key, value);
    if (problem !== null) {
      diagnostics.report('PF116', `request header ${JSON.stringify(key)} is left out: ${problem}`, { ...source, pointer: `${source.pointer}/request/header/${index}` });
      return [];
    }
    return [{ key, value, disabled: Boolean(h.disabled), description: descriptionText((h as { description?: unknown }).description) }];
  });
}

/** GET and HEAD send no body through fetch: a saved one is left out of the client (and so of the fixtures), said once. */
function noBody(item: Item, method: string, source: SourceRef, diagnostics: Diagnostics): RequestBody {
  const body = item.request.body as (SdkBody & { raw?: unknown }) | undefined;
  const saved = bodyModeOf(body, method) !== null || (body?.mode === 'raw' && typeof body.raw === 'string' && body.raw.trim() !== '');
  if (saved) diagnostics.report('PF115', `a ${method} request sends no body, so its saved ${body?.mode} body is left out`, { ...source, pointer: source.pointer + '/request/body' });
  return { kind: 'none' };
}

/** The item's effective auth; an explicit credential header becomes a scheme of its own when no auth block signs. */
function resolveAuth(
  item: Item,
  credentialHeaders: Array<{ name: string; value: string }>,
  source: SourceRef,
  variables: VariableTable,
  schemes: SchemeRegistry,
  diagnostics: Diagnostics,
): { auth: AuthRef; kept: HeaderParam[] } {
  const auth = effectiveAuth(item);
  // Credential headers the auth does not write are still sent, as Postman does: the caller supplies them.
  const keep = (except: string | null): HeaderParam[] =>
    credentialHeaders
      .filter((h) => h.name.toLowerCase() !== except)
      .map((h) => ({ kind: 'header', name: h.name, role: 'credential', value: '', required: true, description: null }));
  if (auth) {
    const { scheme, unresolved } = schemeOf(auth, source, variables);
    // An API key in a header fetch cannot send would fail every call: the request goes without it.
    const badName = scheme.kind === 'apikey' && scheme.addTo === 'header' ? headerProblem(scheme.name, '') : null;
    if (badName !== null) {
      diagnostics.report('PF116', `the apikey auth's header ${JSON.stringify(scheme.kind === 'apikey' ? scheme.name : '')} cannot be sent (${badName}), so the request is sent without this auth`, source);
      return { auth: { kind: 'none' }, kept: keep(null) };
    }
    // Once per scheme, at its first request: the scheme is the problem, not each request that inherits it.
    if (!schemes.has(scheme)) reportScheme(scheme, unresolved, source, diagnostics);
    for (const header of credentialHeaders) {
      // An empty one is Postman's placeholder for the auth block to fill: dropped without a warning.
      if (header.name.toLowerCase() === 'authorization' && header.value.trim() !== '' && setsAuthorizationHeader(scheme)) {
        diagnostics.report('PF102', `the ${scheme.kind} auth block replaces the explicit "Authorization: ${header.value}" header`, source);
      }
    }
    const written = setsAuthorizationHeader(scheme) ? 'authorization' : scheme.kind === 'apikey' && scheme.addTo === 'header' ? scheme.name.toLowerCase() : null;
    return { auth: { kind: 'scheme', key: schemes.add(scheme) }, kept: keep(written) };
  }
  const header = credentialHeaders[0];
  if (!header) return { auth: { kind: 'none' }, kept: [] };
  const bearer = /^bearer\s+/i.test(header.value);
  const scheme: SchemeDraft =
    header.name.toLowerCase() === 'authorization' && bearer ? { kind: 'bearer', prefix: 'Bearer', source } : { kind: 'apikey', name: header.name, addTo: 'header', source };
  return { auth: { kind: 'scheme', key: schemes.add(scheme) }, kept: keep(header.name.toLowerCase()) };
}

function requestBody(item: Item, headers: EndpointModel['headers'], examples: EndpointModel['examples'], source: SourceRef, diagnostics: Diagnostics, maxJsonDepth: number): RequestBody {
  const body = item.request.body;
  const contentType = headerValue(headers.map((h) => ({ key: h.name, value: h.value })), 'content-type');
  const language = (body as unknown as { options?: { raw?: { language?: string } } } | undefined)?.options?.raw?.language ?? null;
  const mode = bodyModeOf(body as SdkBody | undefined, (item.request.method ?? 'GET').toUpperCase());
  if (mode !== null) return modeRequestBody(body as SdkBody, mode, examples, fixedContentType(headers), source, diagnostics, maxJsonDepth);
  if (!body || body.mode !== 'raw') return exampleBodies(examples, contentType);
  const read = readBody(body.raw, { language, contentType }, maxJsonDepth);
  if (read.kind === 'text') return { kind: 'text', contentType: contentType ?? 'text/plain', sample: read.raw };
  const own: JsonSample[] = read.kind === 'json' ? [{ kind: 'json-sample', value: read.value, raw: read.raw, source: { ...source, pointer: source.pointer + '/request/body/raw' } }] : [];
  const fromExamples = exampleBodies(examples, contentType);
  const samples = [...own, ...(fromExamples.kind === 'json' ? fromExamples.samples : [])];
  if (read.kind === 'invalid-json') {
    // Placeholders like `<string>` or `{{id}}` outside quotes: the examples may still show real JSON.
    const fallback = samples.length ? `its ${samples.length} example bodies give the type` : 'typed as string';
    diagnostics.report('PF101', `request body is not valid JSON (${read.error}); ${fallback}`, { ...source, pointer: source.pointer + '/request/body/raw' });
    if (samples.length === 0) return { kind: 'text', contentType: contentType ?? 'application/json', sample: read.raw };
  }
  if (samples.length === 0) return { kind: 'none' };
  return { kind: 'json', contentType: contentType ?? 'application/json', samples };
}

/**
 * A header left blank is the caller's to give: required, as the response rule goes, only where every
 * saved request that this endpoint replays sent it (the generated tests type-check each saved request).
 */
function optionalWhereSavedWithout(headers: EndpointModel['headers'], examples: EndpointModel['examples']): void {
  for (const h of headers) {
    const name = h.name.toLowerCase();
    if (h.required && examples.some((e) => e.request.match.kind === 'match' && !e.request.headers.some((x) => x.key.toLowerCase() === name))) h.required = false;
  }
}

/** A request saved without a body can still have examples that sent one. */
function exampleBodies(examples: EndpointModel['examples'], contentType: string | null): RequestBody {
  const samples: JsonSample[] = examples.flatMap((e) =>
    e.request.body.kind === 'json' ? [{ kind: 'json-sample' as const, value: e.request.body.value, raw: e.request.body.raw, source: { ...e.source, pointer: e.source.pointer + '/originalRequest/body/raw' } }] : [],
  );
  if (samples.length) return { kind: 'json', contentType: contentType ?? 'application/json', samples };
  return bodyFromExamples(examples, contentType) ?? { kind: 'none' };
}

/** The content type the request always sends, if it sets one. */
function fixedContentType(headers: EndpointModel['headers']): string | null {
  return headers.find((h) => h.role === 'fixed' && h.name.toLowerCase() === 'content-type')?.value ?? null;
}

function environmentsOf(loaded: LoadedCollection, baseVariable: string | null): EnvironmentModel[] {
  if (!baseVariable) return [];
  return loaded.environments.flatMap((env) => {
    const value = env.values.find((v) => v.key === baseVariable && v.enabled)?.value;
    return value ? [{ kind: 'environment' as const, name: env.name, baseUrl: value, source: { file: env.file, itemPath: [], pointer: '/values' } }] : [];
  });
}

/** Folder variables (v2.1 folders may declare them) shadow collection ones; the nearest folder wins. */
function withFolderVariables(variables: VariableTable, ancestors: ReadonlyArray<Record<string, unknown>>): VariableTable {
  const declared = ancestors.flatMap((folder) => (Array.isArray(folder['variable']) ? (folder['variable'] as Array<{ key?: unknown; value?: unknown; disabled?: unknown }>) : []));
  const usable = declared.filter((v) => typeof v?.key === 'string' && v.disabled !== true && v.value !== undefined && v.value !== null && String(v.value) !== '');
  if (usable.length === 0) return variables;
  const table = new Map(variables);
  for (const v of usable) table.set(v.key as string, String(v.value));
  return table;
}

/**
 * An endpoint on another host than the client's keeps it: a literal host becomes the endpoint's
 * own origin. One built from variables cannot be baked in (it would pin one environment's value),
 * so it is said (PF106) and the request goes to the client's base URL.
 */
function ownOrigin(own: string, base: string, source: SourceRef, diagnostics: Diagnostics): string | null {
  if (own === base || own === '') return null;
  if (!own.includes('{{')) return literalOrigin(own);
  diagnostics.report('PF106', `this request's host "${own}" is not the client's ("${base}") and is built from variables; it is sent to the client's base URL`, source);
  return null;
}

/**
 * `https://:8080` names no host, and no URL parser takes it: the request is sent like one written
 * without a host, to the client's base URL (PF117), rather than to an origin that cannot be built.
 */
function hostOrNothing(base: string, source: SourceRef, diagnostics: Diagnostics): string {
  if (base === '' || base.includes('{{')) return base;
  if (literalOrigin(base) !== null) return base;
  diagnostics.report('PF117', `the URL names no host a URL parser takes ("${base}"), so the request is sent to the client's base URL`, { ...source, pointer: source.pointer + '/request/url' });
  return '';
}

/** A literal host as the origin fetch will address (`https://` when none is written), or null when no URL parser takes it. */
function literalOrigin(host: string): string | null {
  const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host : `https://${host}`;
  try {
    const url = new URL(written);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? written : null;
  } catch {
    return null;
  }
}

/** How many requests sit under each folder pointer (and '' for the collection), in one pass. */
function requestCounts(nodes: ReturnType<typeof walk>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.kind !== 'item') continue;
    // `/item/0/item/3/item/1` counts for '', `/item/0` and `/item/0/item/3`.
    const tokens = node.pointer.split('/').slice(1);
    for (let end = 0; end < tokens.length; end += 2) {
      const prefix = end === 0 ? '' : '/' + tokens.slice(0, end).join('/');
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  return counts;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

function reportScheme(scheme: SchemeDraft, unresolved: readonly string[], source: SourceRef, diagnostics: Diagnostics): void {
  if (scheme.kind === 'unsupported') diagnostics.report('PF104', `auth type "${scheme.type}" is not signed by the runtime: the client's \`sign\` hook must ${scheme.hook}`, source);
  if (unresolved.length) diagnostics.report('PF111', `the ${scheme.kind} auth leaves ${unresolved.join(', ')} to a variable without a value: the caller passes it with the credential`, source);
}

/** Deduplicates schemes by how they sign, keeping first-use order; keys are given by the naming stage later. */
class SchemeRegistry {
  private readonly byIdentity = new Map<string, AuthScheme>();
  has(draft: SchemeDraft): boolean {
    return this.byIdentity.has(schemeIdentity(draft));
  }
  add(draft: SchemeDraft): string {
    const identity = schemeIdentity(draft);
    const existing = this.byIdentity.get(identity);
    if (existing) return existing.key;
    const key = `scheme${this.byIdentity.size + 1}`;
    this.byIdentity.set(identity, { ...draft, key } as AuthScheme);
    return key;
  }
  all(): AuthScheme[] {
    return [...this.byIdentity.values()];
  }
}
