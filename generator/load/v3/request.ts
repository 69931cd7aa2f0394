// An `http-request` or `graphql-request` file -> v2.1's request: the URL (raw text, with its query
// parameters and path variables given beside it), method, headers, body, auth. An example's
// `request` is read the same way into its originalRequest.
import postman from 'postman-collection';
import type { JsonObject } from '../parts.js';
import { auth } from './auth.js';
import { graphqlBody, requestBody } from './body.js';
import { put, textOf, wrongShape, type FileContext } from './context.js';
import { pairs } from './params.js';
import type { YamlMap } from './yaml-file.js';

/**
 * `doc` is the request file (pointer '') or an example's `request` (pointer '/request'); `v2` the
 * pointer of the v2.1 request it becomes. `graphql`: a graphql-request, whose method defaults to POST.
 */
export function request(ctx: FileContext, doc: YamlMap, pointer: string, v2: string, graphql: boolean): JsonObject {
  const out: JsonObject = {};
  const method = textOf(doc['method']);
  if (typeof method === 'string' && method.trim() !== '') {
    out['method'] = method;
    ctx.place(`${v2}/method`, `${pointer}/method`);
  } else out['method'] = graphql ? 'POST' : 'GET';
  put(out, 'header', pairs(ctx, doc['headers'], `${pointer}/headers`, `${v2}/header`, 'the headers'));
  out['url'] = url(ctx, doc, pointer, `${v2}/url`);
  const body = graphql ? graphqlBody(ctx, doc, pointer, `${v2}/body`) : requestBody(ctx, doc['body'], `${pointer}/body`, `${v2}/body`);
  put(out, 'body', body);
  put(out, 'auth', auth(ctx, doc['auth'], `${pointer}/auth`, `${v2}/auth`));
  if (typeof doc['description'] === 'string') {
    out['description'] = doc['description'];
    ctx.place(`${v2}/description`, `${pointer}/description`);
  }
  return out;
}

/** The URL as Postman parses its text, with the file's own query parameters and path variables. */
function url(ctx: FileContext, doc: YamlMap, pointer: string, v2: string): JsonObject {
  const raw = textOf(doc['url']);
  ctx.place(v2, `${pointer}/url`);
  if (doc['url'] !== undefined && typeof raw !== 'string') wrongShape(ctx, `${pointer}/url`, 'the URL is not text; the request is read without one');
  const parsed = postman.Url.parse(typeof raw === 'string' ? raw : '') as unknown as JsonObject;
  const out: JsonObject = {};
  for (const key of ['raw', 'protocol', 'host', 'port', 'path', 'hash'] as const) put(out, key, parsed[key]);
  const query = pairs(ctx, doc['queryParams'], `${pointer}/queryParams`, `${v2}/query`, 'the query parameters');
  put(out, 'query', query ?? parsed['query']);
  const variable = pairs(ctx, doc['pathVariables'], `${pointer}/pathVariables`, `${v2}/variable`, 'the path variables');
  put(out, 'variable', variable ?? parsed['variable']);
  return out;
}
