// The parts of an item (request, URL, headers, body, auth, variables, events, responses) checked
// against the shapes the postman-collection SDK reads, and copied clean. A part of the wrong type
// is dropped or defaulted, and said (PF015); the SDK never sees it. Only the fields postforge
// reads are copied, so nothing unexpected reaches the SDK's recursive constructors.
import type { Limits } from '../config.js';
import type { Diagnostics } from '../diagnostics.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface PartContext {
  file: string;
  itemPath: readonly string[];
  limits: Limits;
  diagnostics: Diagnostics;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `null`, `a number (5)`, `an array`, … for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'boolean') return `a ${typeof value} (${String(value)})`;
  return `an ${typeof value}`;
}

function wrongType(ctx: PartContext, pointer: string, what: string, value: unknown, outcome: string): void {
  ctx.diagnostics.report('PF015', `${what} is ${describe(value)}; ${outcome}`, { file: ctx.file, itemPath: ctx.itemPath, pointer });
}

/** Text from a string, number or boolean; anything else reported and replaced by `fallback`. */
function text(ctx: PartContext, value: unknown, pointer: string, what: string, fallback: string | undefined): string | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  wrongType(ctx, pointer, what, value, fallback === undefined ? 'it is left out' : `read as ${JSON.stringify(fallback)}`);
  return fallback;
}

/** `disabled`: true or false; Postman's string forms are read as such, anything else reported. */
function flag(ctx: PartContext, value: unknown, pointer: string): boolean | undefined {
  if (value === undefined || value === null || typeof value === 'boolean') return value ?? undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  const read = Boolean(value);
  wrongType(ctx, pointer, '`disabled`', value, `read as ${read}`);
  return read;
}

/** How deep `value` nests, counting up to `limit + 1` only (iterative: any depth is safe to measure). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** A free-form value (a variable's or auth parameter's): JSON of bounded depth, or reported and dropped. */
function boundedValue(ctx: PartContext, value: unknown, pointer: string, what: string): Json | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return value as Json;
  if (!nestsDeeperThan(value, ctx.limits.maxJsonDepth)) return value as Json;
  ctx.diagnostics.report('PF015', `${what} nests deeper than limits.maxJsonDepth (${ctx.limits.maxJsonDepth}); it is left out`, { file: ctx.file, itemPath: ctx.itemPath, pointer });
  return undefined;
}

export function description(ctx: PartContext, value: unknown, pointer: string): Json | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (isObject(value) && (typeof value['content'] === 'string' || value['content'] === undefined)) {
    return { content: (value['content'] as string | undefined) ?? '', ...(typeof value['type'] === 'string' ? { type: value['type'] } : {}) };
  }
  wrongType(ctx, pointer, 'the description', value, 'it is left out');
  return undefined;
}

function put(out: JsonObject, key: string, value: Json | undefined): void {
  if (value !== undefined) out[key] = value;
}

/** The fields every item and folder may carry: name, ids, description, auth, variables, events. */
export function commonFields(ctx: PartContext, raw: Record<string, unknown>, pointer: string, name: string): JsonObject {
  const out: JsonObject = { name };
  for (const id of ['id', '_postman_id'] as const) {
    if (typeof raw[id] === 'string' || typeof raw[id] === 'number') out[id] = String(raw[id]);
  }
  put(out, 'description', description(ctx, raw['description'], `${pointer}/description`));
  put(out, 'auth', auth(ctx, raw['auth'], `${pointer}/auth`));
  put(out, 'variable', variables(ctx, raw['variable'], `${pointer}/variable`));
  put(out, 'event', events(ctx, raw['event'], `${pointer}/event`));
  return out;
}

/** An item's or folder's name as text; a missing one stays empty (walk names it by position). */
export function itemName(ctx: PartContext, raw: Record<string, unknown>, pointer: string): string {
  return text(ctx, raw['name'], `${pointer}/name`, 'the name', '') ?? '';
}

export type RequestRead = { request: JsonObject } | { problem: string; tooLarge: boolean };

/**
 * A request as the SDK reads it: an object, or a plain URL string (read as a GET of that URL).
 * `role` words the messages: the item's own request or an example's original request.
 */
export function request(ctx: PartContext, value: unknown, pointer: string, role: 'request' | 'original request'): RequestRead {
  if (typeof value === 'string') {
    ctx.diagnostics.report('PF014', `the ${role} is a plain URL string; it is read as a GET of that URL, as Postman does`, { file: ctx.file, itemPath: ctx.itemPath, pointer });
    return { request: { method: 'GET', url: value } };
  }
  if (!isObject(value)) return { problem: `the ${role} is ${describe(value)}, not an object or a URL string`, tooLarge: false };
  const out: JsonObject = {};
  const method = value['method'];
  if (typeof method === 'string' && method.trim() !== '') out['method'] = method.trim();
  else {
    const why = method === undefined || method === null || method === '' ? 'has no method' : `has a method that is ${describe(method)}`;
    ctx.diagnostics.report('PF013', `the ${role} ${why}; it is sent as GET, as Postman does`, { file: ctx.file, itemPath: ctx.itemPath, pointer: `${pointer}/method` });
    out['method'] = 'GET';
  }
  const url = value['url'];
  if (typeof url === 'string') out['url'] = url;
  else if (isObject(url)) out['url'] = urlObject(ctx, url, `${pointer}/url`);
  else if (url !== undefined && url !== null) wrongType(ctx, `${pointer}/url`, 'the URL', url, 'it is left out');
  put(out, 'header', headerList(ctx, value['header'], `${pointer}/header`, 'the `header` list'));
  const body = requestBody(ctx, value['body'], `${pointer}/body`);
  if (body === 'too-large') {
    const problem = `the ${role}'s body is larger than limits.maxBodyBytes (${ctx.limits.maxBodyBytes} bytes)`;
    // An example cannot be replayed without its body; the item's own request keeps its other parts.
    if (role === 'original request') return { problem, tooLarge: true };
    ctx.diagnostics.report('PF018', `${problem}; the body is left out, so the function sends none (raise the limit to keep it)`, { file: ctx.file, itemPath: ctx.itemPath, pointer: `${pointer}/body` });
  } else put(out, 'body', body);
  put(out, 'auth', auth(ctx, value['auth'], `${pointer}/auth`));
  put(out, 'description', description(ctx, value['description'], `${pointer}/description`));
  return { request: out };
}

function urlObject(ctx: PartContext, url: Record<string, unknown>, pointer: string): JsonObject {
  const out: JsonObject = {};
  for (const key of ['raw', 'protocol', 'port', 'hash'] as const) put(out, key, text(ctx, url[key], `${pointer}/${key}`, `url.${key}`, undefined));
  const host = url['host'];
  if (typeof host === 'string') out['host'] = host;
  else if (Array.isArray(host)) out['host'] = host.map((h, i) => text(ctx, h, `${pointer}/host/${i}`, 'a host part', '')!);
  else if (host !== undefined && host !== null) wrongType(ctx, `${pointer}/host`, 'url.host', host, 'it is left out');
  const path = url['path'];
  if (typeof path === 'string') out['path'] = path;
  else if (Array.isArray(path)) {
    out['path'] = path.map((segment, i) =>
      isObject(segment) && typeof segment['value'] === 'string' ? segment['value'] : text(ctx, segment, `${pointer}/path/${i}`, 'a path segment', '')!,
    );
  } else if (path !== undefined && path !== null) wrongType(ctx, `${pointer}/path`, 'url.path', path, 'it is left out');
  const query = url['query'];
  if (typeof query === 'string') out['query'] = query;
  else put(out, 'query', pairList(ctx, query, `${pointer}/query`, 'url.query'));
  put(out, 'variable', variables(ctx, url['variable'], `${pointer}/variable`));
  return out;
}

/** Headers: a list of pairs, or Postman's `Key: value` lines. */
function headerList(ctx: PartContext, value: unknown, pointer: string, what: string): Json | undefined {
  if (typeof value === 'string') return value;
  return pairList(ctx, value, pointer, what);
}

/** Key/value lists (headers, query, form fields): each entry an object with text key and value. */
function pairList(ctx: PartContext, value: unknown, pointer: string, what: string): JsonObject[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    wrongType(ctx, pointer, what, value, 'it is left out');
    return undefined;
  }
  const out: JsonObject[] = [];
  value.forEach((entry, i) => {
    const at = `${pointer}/${i}`;
    if (!isObject(entry)) {
      wrongType(ctx, at, `an entry of ${what}`, entry, 'it is left out');
      return;
    }
    const pair: JsonObject = { key: text(ctx, entry['key'], `${at}/key`, 'a key', '')! };
    put(pair, 'value', text(ctx, entry['value'], `${at}/value`, `the value of "${pair['key']}"`, ''));
    put(pair, 'disabled', flag(ctx, entry['disabled'], `${at}/disabled`));
    put(pair, 'description', description(ctx, entry['description'], `${at}/description`));
    for (const key of ['type', 'contentType'] as const) if (typeof entry[key] === 'string') pair[key] = entry[key];
    const src = entry['src'];
    if (typeof src === 'string' || src === null) pair['src'] = src;
    else if (Array.isArray(src)) pair['src'] = src.filter((s): s is string => typeof s === 'string');
    out.push(pair);
  });
  return out;
}

/** A body's text bigger than the limit makes the whole request unreadable (the caller says what is left out). */
function requestBody(ctx: PartContext, value: unknown, pointer: string): JsonObject | undefined | 'too-large' {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    wrongType(ctx, pointer, 'the body', value, 'the request is read without one');
    return undefined;
  }
  const mode = value['mode'];
  if (mode === undefined && Object.keys(value).every((k) => k === 'options' || k === 'disabled')) return undefined; // `body: {}`, as Postman saves "none"
  if (typeof mode !== 'string') {
    // Postman sends no body without a mode, whatever else the body holds.
    wrongType(ctx, `${pointer}/mode`, 'the body mode', mode, 'the request is read without a body, as Postman sends none');
    return undefined;
  }
  const out: JsonObject = { mode };
  const raw = text(ctx, value['raw'], `${pointer}/raw`, 'the raw body', undefined);
  if (raw !== undefined && tooLarge(raw, ctx.limits.maxBodyBytes)) return 'too-large';
  put(out, 'raw', raw);
  put(out, 'urlencoded', pairList(ctx, value['urlencoded'], `${pointer}/urlencoded`, 'the `urlencoded` list'));
  put(out, 'formdata', pairList(ctx, value['formdata'], `${pointer}/formdata`, 'the `formdata` list'));
  const file = value['file'];
  if (isObject(file)) {
    const src = file['src'];
    out['file'] = typeof src === 'string' || src === null ? { src } : {};
  } else if (file !== undefined && file !== null) wrongType(ctx, `${pointer}/file`, 'the file body', file, 'it is left out');
  const graphql = value['graphql'];
  if (isObject(graphql)) {
    const g: JsonObject = {};
    put(g, 'query', text(ctx, graphql['query'], `${pointer}/graphql/query`, 'the GraphQL query', undefined));
    const variablesValue = graphql['variables'];
    if (typeof variablesValue === 'string' && tooLarge(variablesValue, ctx.limits.maxBodyBytes)) return 'too-large';
    put(g, 'variables', boundedValue(ctx, variablesValue, `${pointer}/graphql/variables`, 'the GraphQL variables'));
    out['graphql'] = g;
  } else if (graphql !== undefined && graphql !== null) wrongType(ctx, `${pointer}/graphql`, 'the GraphQL body', graphql, 'it is left out');
  const options = value['options'];
  if (isObject(options) && isObject(options['raw']) && typeof options['raw']['language'] === 'string') out['options'] = { raw: { language: options['raw']['language'] } };
  put(out, 'disabled', flag(ctx, value['disabled'], `${pointer}/disabled`));
  return out;
}

export function tooLarge(text: string, maxBytes: number): boolean {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: count exactly only when the length alone does not decide.
  if (text.length > maxBytes) return true;
  return text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes;
}

/** `{ type, [type]: [{ key, value }] }`; v2.0's `{ key: value }` maps become the same list. */
function auth(ctx: PartContext, value: unknown, pointer: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    wrongType(ctx, pointer, 'the auth block', value, 'it is left out (auth is inherited as if there were none)');
    return undefined;
  }
  const type = value['type'];
  if (typeof type !== 'string' || type === '') {
    wrongType(ctx, `${pointer}/type`, 'the auth type', type, 'the auth block is left out');
    return undefined;
  }
  const params = value[type];
  const list: JsonObject[] = [];
  const at = `${pointer}/${type.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  if (Array.isArray(params)) {
    params.forEach((p, i) => {
      if (!isObject(p) || typeof p['key'] !== 'string') return wrongType(ctx, `${at}/${i}`, `an ${type} auth parameter`, p, 'it is left out');
      const param: JsonObject = { key: p['key'] };
      put(param, 'value', boundedValue(ctx, p['value'], `${at}/${i}/value`, `the ${type} auth parameter "${p['key']}"`));
      if (typeof p['type'] === 'string') param['type'] = p['type'];
      list.push(param);
    });
  } else if (isObject(params)) {
    for (const key of Object.keys(params)) {
      const param: JsonObject = { key };
      put(param, 'value', boundedValue(ctx, params[key], `${at}/${key}`, `the ${type} auth parameter "${key}"`));
      list.push(param);
    }
  } else if (params !== undefined && params !== null) {
    wrongType(ctx, at, `the list of ${type} auth parameters`, params, 'it is left out');
  }
  return { type, [type]: list };
}

function variables(ctx: PartContext, value: unknown, pointer: string): JsonObject[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    wrongType(ctx, pointer, 'the `variable` list', value, 'it is left out');
    return undefined;
  }
  const out: JsonObject[] = [];
  value.forEach((v, i) => {
    const at = `${pointer}/${i}`;
    const key = isObject(v) ? (typeof v['key'] === 'string' ? v['key'] : typeof v['id'] === 'string' ? v['id'] : null) : null;
    if (!isObject(v) || key === null) return wrongType(ctx, at, 'a variable', isObject(v) ? v['key'] : v, 'it is left out (a variable needs a text `key`)');
    const variable: JsonObject = { key };
    put(variable, 'value', boundedValue(ctx, v['value'], `${at}/value`, `variable "${key}"`));
    if (typeof v['type'] === 'string') variable['type'] = v['type'];
    put(variable, 'disabled', flag(ctx, v['disabled'], `${at}/disabled`));
    put(variable, 'description', description(ctx, v['description'], `${at}/description`));
    out.push(variable);
  });
  return out;
}

function events(ctx: PartContext, value: unknown, pointer: string): JsonObject[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    wrongType(ctx, pointer, 'the `event` list (scripts)', value, 'it is left out');
    return undefined;
  }
  const out: JsonObject[] = [];
  value.forEach((e, i) => {
    if (!isObject(e)) return wrongType(ctx, `${pointer}/${i}`, 'an event', e, 'it is left out');
    const script = isObject(e['script']) ? e['script'] : {};
    const exec = script['exec'];
    const lines = typeof exec === 'string' ? [exec] : Array.isArray(exec) ? exec.filter((l): l is string => typeof l === 'string') : [];
    const event: JsonObject = { listen: typeof e['listen'] === 'string' ? e['listen'] : 'prerequest', script: { type: 'text/javascript', exec: lines } };
    put(event, 'disabled', flag(ctx, e['disabled'], `${pointer}/${i}/disabled`));
    out.push(event);
  });
  return out;
}

/**
 * Saved examples. One that cannot be read (not an object, or a body over the size limit) is left
 * out and said; the rest keep their order. `indices` gives each kept one's index in the file.
 */
export function responses(ctx: PartContext, value: unknown, pointer: string): { list: JsonObject[]; indices: number[] } | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    wrongType(ctx, pointer, 'the `response` list (saved examples)', value, 'it is left out');
    return undefined;
  }
  const list: JsonObject[] = [];
  const indices: number[] = [];
  value.forEach((r, i) => {
    const at = `${pointer}/${i}`;
    if (!isObject(r)) return wrongType(ctx, at, 'a saved example', r, 'it is left out');
    const out: JsonObject = {};
    put(out, 'name', text(ctx, r['name'], `${at}/name`, 'the example name', undefined));
    if (typeof r['id'] === 'string') out['id'] = r['id'];
    put(out, 'status', text(ctx, r['status'], `${at}/status`, 'the status text', undefined));
    const code = r['code'];
    if (typeof code === 'number' && Number.isInteger(code)) out['code'] = code;
    else if (typeof code === 'string' && /^\d{3}$/.test(code.trim())) out['code'] = Number(code.trim());
    else if (code !== undefined && code !== null) wrongType(ctx, `${at}/code`, 'the status code', code, 'read as 200');
    put(out, 'header', headerList(ctx, r['header'], `${at}/header`, 'the example\'s `header` list'));
    const body = text(ctx, r['body'], `${at}/body`, 'the saved body', undefined);
    if (body !== undefined && tooLarge(body, ctx.limits.maxBodyBytes)) {
      return ctx.diagnostics.report('PF018', `the saved body of this example is larger than limits.maxBodyBytes (${ctx.limits.maxBodyBytes} bytes); the example is left out`, { file: ctx.file, itemPath: ctx.itemPath, pointer: `${at}/body` });
    }
    put(out, 'body', body);
    if (typeof r['_postman_previewlanguage'] === 'string') out['_postman_previewlanguage'] = r['_postman_previewlanguage'];
    const original = r['originalRequest'];
    if (original !== undefined && original !== null) {
      const read = request(ctx, original, `${at}/originalRequest`, 'original request');
      if ('problem' in read) {
        if (read.tooLarge) {
          return ctx.diagnostics.report('PF018', `${read.problem}; the example is left out`, { file: ctx.file, itemPath: ctx.itemPath, pointer: `${at}/originalRequest/body` });
        }
        wrongType(ctx, `${at}/originalRequest`, 'the original request', original, 'the example is read as made by the item\'s own request');
      } else out['originalRequest'] = read.request;
    }
    list.push(out);
    indices.push(i);
  });
  return { list, indices };
}
