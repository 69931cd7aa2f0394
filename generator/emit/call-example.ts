// Each endpoint's usage, from its first saved example: the TypeScript call through the grouped
// client and the equivalent curl command. Both go into the endpoint's JSDoc `@example` and the
// package README (render/ gets them as plain strings through the pipeline). Values come from the
// fixture input the tests send (secrets already replaced by normalize's redactor); credentials are
// placeholders, never values. All collection text goes through code-text.ts.
import { wellFormed } from '../../templates/runtime/url.js';
import type { ApiModel, AuthScheme } from '../model/types.js';
import type { EndpointPlan, Plan } from '../plan/plan.js';
import type { ExpectedBody } from './fixture-bodies.js';
import type { FixtureData, FixtureEntry } from './fixtures.js';
import { accessChain, commentLiteral, fenceFor, propertyKey, shellWord } from './code-text.js';

/** The body a fixture expects to go out (a text endpoint's is `text`). */
type ExpectedBodyData = ExpectedBody | { kind: 'text'; value: string };

export interface CallExample {
  /** `await client.v21.recordsApi.convertLead({ … })`, as TypeScript. */
  ts: string;
  /** The same request as a curl command, credentials as `$PACKAGE_TOKEN`-style variables. */
  curl: string;
}

/** One per endpoint, in plan order. */
export function callExamples(api: ApiModel, plan: Plan, fixtureFiles: readonly FixtureData[]): CallExample[] {
  const env = envPrefix(plan.packageName);
  return plan.endpoints.map((p, i) => {
    const fixtures = Object.values(fixtureFiles[i]!.fixtures);
    // The first saved example whose own request this endpoint makes; else the first fixture (the endpoint's own request).
    const fx = fixtures.find((f) => f.mode === 'request') ?? fixtures[0]!;
    const scheme = p.endpoint.auth.kind === 'scheme' ? api.authSchemes.find((s) => p.endpoint.auth.kind === 'scheme' && s.key === p.endpoint.auth.key) : undefined;
    const variable = (suffix: string) => `${env}${api.authSchemes.length > 1 && scheme ? `_${envWord(p.schemeKey ?? scheme.key)}` : ''}_${suffix}`;
    return { ts: tsCall(p, fx), curl: curlCommand(api, p, fx, scheme, variable, env) };
  });
}

/** The `@example` block of an endpoint's JSDoc: the call and the curl command in fences (docText escapes the rest). */
export function exampleDoc(example: CallExample): string {
  return ['@example', fenced('ts', example.ts), fenced('sh', example.curl)].join('\n');
}

export function fenced(language: string, content: string): string {
  const fence = fenceFor(content);
  return `${fence}${language}\n${content}\n${fence}`;
}

function tsCall(p: EndpointPlan, fx: FixtureEntry): string {
  const input = { ...(fx['input'] as Record<string, unknown>) };
  const credentialHeaders = new Set(p.endpoint.headers.filter((h) => h.role === 'credential').map((h) => h.name));
  if (input['headers'] && typeof input['headers'] === 'object') {
    input['headers'] = Object.fromEntries(
      Object.entries(input['headers'] as Record<string, string>).map(([name, value]) => [name, credentialHeaders.has(name) ? placeholder(`<${name}>`) : value]),
    );
  }
  const args = Object.keys(input).length ? tsValue(input, '') : '';
  return `const res = await ${accessChain('client', p.memberPath)}(${args});`;
}

/** A value written verbatim into the example (a placeholder string), not quoted as data. */
interface Verbatim {
  readonly verbatim: string;
}
const placeholder = (text: string): Verbatim => ({ verbatim: commentLiteral(text) });
const isVerbatim = (value: unknown): value is Verbatim => typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as Verbatim).verbatim === 'string' && !Array.isArray(value);

/** Short objects and arrays on one line, longer ones one member a line. */
const INLINE_WIDTH = 72;

function tsValue(value: unknown, indent: string): string {
  if (isVerbatim(value)) return value.verbatim;
  if (isBlob(value)) {
    const { text, type, filename } = value.$blob;
    return filename === undefined
      ? `new Blob([${commentLiteral(text)}], { type: ${commentLiteral(type)} })`
      : `new File([${commentLiteral(text)}], ${commentLiteral(filename)}, { type: ${commentLiteral(type)} })`;
  }
  if (Array.isArray(value)) return block('[', ']', value.map((v) => (inner: string) => tsValue(v, inner)), indent);
  if (typeof value === 'object' && value !== null) {
    return block('{', '}', Object.entries(value).map(([k, v]) => (inner: string) => `${propertyKey(k).replace(/\*\//g, '*\\/')}: ${tsValue(v, inner)}`), indent);
  }
  return commentLiteral(value);
}

function block(open: string, close: string, items: Array<(indent: string) => string>, indent: string): string {
  if (items.length === 0) return `${open}${close}`;
  const inner = `${indent}  `;
  const parts = items.map((item) => item(inner));
  const pad = open === '{' ? ' ' : '';
  const inline = `${open}${pad}${parts.join(', ')}${pad}${close}`;
  if (!inline.includes('\n') && indent.length + inline.length <= INLINE_WIDTH) return inline;
  return `${open}\n${parts.map((part) => `${inner}${part},`).join('\n')}\n${indent}${close}`;
}

interface BlobJson {
  $blob: { text: string; type: string; filename?: string };
}
function isBlob(value: unknown): value is BlobJson {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { $blob?: { text?: unknown } }).$blob?.text === 'string';
}

function curlCommand(api: ApiModel, p: EndpointPlan, fx: FixtureEntry, scheme: AuthScheme | undefined, variable: (suffix: string) => string, env: string): string {
  const { endpoint } = p;
  const request = fx['request'] as { method: string; path: string; body: ExpectedBodyData | null };
  const input = fx['input'] as { query?: Record<string, string | string[]>; headers?: Record<string, string>; body?: unknown };
  const base = (endpoint.origin ?? api.baseUrl.defaultValue ?? api.environments[0]?.baseUrl ?? null)?.replace(/\/+$/, '') ?? null;
  const query = new URLSearchParams(Object.entries(input.query ?? {}).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x]))).toString();
  const auth = curlAuth(scheme, variable);
  const url = (base ?? '') + request.path + (query ? `?${query}` : '');
  const urlWord = [
    base === null ? `"$${env}_BASE_URL"` : '',
    shellWord(url),
    ...(auth.query ? [shellWord(`${query ? '&' : '?'}${encodeURIComponent(wellFormed(auth.query.name))}=`), `"$${auth.query.variable}"`] : []),
  ].filter((w) => w !== '').join('');
  const lines: string[] = [];
  const method = request.method.toUpperCase();
  if (method === 'HEAD') lines.push('--head');
  else if (method !== 'GET') lines.push(`-X ${shellWord(request.method)}`);
  const credentialHeaders = new Set(endpoint.headers.filter((h) => h.role === 'credential').map((h) => h.name));
  const headers: string[] = [];
  for (const h of endpoint.headers.filter((x) => x.role === 'fixed')) headers.push(`-H ${shellWord(`${h.name}: ${h.value}`)}`);
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    headers.push(credentialHeaders.has(name) ? `-H ${shellWord(`${name}: `)}"$${env}_${envWord(name)}"` : `-H ${shellWord(`${name}: ${value}`)}`);
  }
  lines.push(...auth.lines, ...headers);
  const hasContentType = endpoint.headers.some((h) => h.role !== 'credential' && h.name.toLowerCase() === 'content-type');
  const filename = isBlob(input.body) ? (input.body.$blob.filename ?? 'file') : 'file';
  lines.push(...curlBody(request.body, hasContentType, filename));
  const first = auth.comment ? [`# ${auth.comment}`] : [];
  return [...first, [`curl ${urlWord}`, ...lines].join(' \\\n  ')].join('\n');
}

interface CurlAuth {
  lines: string[];
  query?: { name: string; variable: string };
  /** For schemes curl cannot sign: what to do instead. */
  comment?: string;
}

function curlAuth(scheme: AuthScheme | undefined, variable: (suffix: string) => string): CurlAuth {
  if (!scheme) return { lines: [] };
  const bearer = (prefix: string, v: string) => [`-H ${shellWord(`Authorization: ${prefix ? `${prefix} ` : ''}`)}"$${v}"`];
  switch (scheme.kind) {
    case 'bearer':
      return { lines: bearer(scheme.prefix, variable('TOKEN')) };
    case 'oauth2':
      return scheme.addTo === 'query' ? { lines: [], query: { name: 'access_token', variable: variable('TOKEN') } } : { lines: bearer(scheme.prefix, variable('TOKEN')) };
    case 'basic':
      return { lines: [`-u "$${variable('USERNAME')}:$${variable('PASSWORD')}"`] };
    case 'apikey':
      return scheme.addTo === 'query' ? { lines: [], query: { name: scheme.name, variable: variable('API_KEY') } } : { lines: [`-H ${shellWord(`${scheme.name}: `)}"$${variable('API_KEY')}"`] };
    case 'awsv4':
      return { lines: [`--aws-sigv4 ${shellWord(`aws:amz:${scheme.region ?? '<region>'}:${scheme.service ?? '<service>'}`)}`, `-u "$${variable('ACCESS_KEY')}:$${variable('SECRET_KEY')}"`] };
    default:
      return { lines: [], comment: `${scheme.kind === 'unsupported' ? 'The sign hook' : `The client (${scheme.kind})`} signs each request; add the headers it computes.` };
  }
}

function curlBody(body: ExpectedBodyData | null, hasContentType: boolean, filename: string): string[] {
  if (body === null) return [];
  switch (body.kind) {
    case 'json':
      return [...(hasContentType ? [] : [`-H 'Content-Type: application/json'`]), `--data-raw ${shellWord(JSON.stringify(body.value))}`];
    case 'text':
      return [`--data-raw ${shellWord(body.value)}`];
    case 'form':
      return [`--data-raw ${shellWord(new URLSearchParams(body.value.map(([k, v]) => [k, v])).toString())}`];
    case 'multipart':
      return body.value.map((part) =>
        'text' in part
          ? `--form-string ${shellWord(`${part.name}=${part.text}`)}`
          : `-F ${shellWord(`${part.name}=@"${part.file.filename.replace(/["\\]/g, '\\$&')}";type=${part.file.type}`)}`,
      );
    case 'binary':
      return [...(hasContentType ? [] : [`-H ${shellWord(`Content-Type: ${body.value.type}`)}`]), `--data-binary ${shellWord(`@${filename}`)}`];
  }
}

/** `zoho-crm` -> `ZOHO_CRM`: a shell variable prefix from the package name. */
function envPrefix(packageName: string): string {
  const word = envWord(packageName.replace(/^@[^/]*\//, ''));
  return /^[A-Z]/.test(word) ? word : `API${word ? `_${word}` : ''}`;
}

function envWord(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}
