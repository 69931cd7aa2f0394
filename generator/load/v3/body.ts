// `body: { type, content }` -> v2.1's body. json, xml, html, javascript and text are raw text (text
// carries no language: Postman's v2.1 raw body without one); urlencoded is a map or a list,
// formdata a list of `{ key, type: text|file, value | src }`, file `{ src }`; GraphQL requests carry
// `query` and a `variables` string beside the body instead.
import type { JsonObject } from '../parts.js';
import { isMap, textOf, wrongShape, type FileContext } from './context.js';
import { pairs } from './params.js';
import type { Yaml } from './yaml-file.js';

const RAW_TYPES = new Set(['json', 'text', 'xml', 'html', 'javascript', 'graphql']);

export function requestBody(ctx: FileContext, value: Yaml | undefined, pointer: string, v2: string): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isMap(value)) {
    wrongShape(ctx, pointer, 'the body is not a map of `type` and `content`; the request is read without one');
    return undefined;
  }
  const type = typeof value['type'] === 'string' ? value['type'] : null;
  const content = value['content'];
  ctx.place(v2, pointer);
  if (type === null || type === 'none') return undefined;
  if (type === 'urlencoded' || type === 'formdata') {
    const list = pairs(ctx, content, `${pointer}/content`, `${v2}/${type}`, `the ${type} fields`) ?? [];
    return { mode: type, [type]: list };
  }
  if (type === 'file') {
    const src = isMap(content) ? content['src'] : undefined;
    return { mode: 'file', file: typeof src === 'string' || src === null ? { src } : {} };
  }
  if (!RAW_TYPES.has(type) && !/^[a-z][a-z0-9+.-]*$/i.test(type)) {
    wrongShape(ctx, `${pointer}/type`, `the body type ${JSON.stringify(type)} is not one Postman writes; the body is read as text`);
  }
  ctx.place(`${v2}/raw`, `${pointer}/content`);
  const raw = rawText(ctx, content, `${pointer}/content`);
  const body: JsonObject = { mode: 'raw', raw };
  if (type !== 'text' && RAW_TYPES.has(type)) body['options'] = { raw: { language: type } };
  return body;
}

/** A raw body's text; a map or list written as YAML (a JSON body someone wrote out) becomes its JSON. */
function rawText(ctx: FileContext, content: Yaml | undefined, pointer: string): string {
  const text = textOf(content);
  if (typeof text === 'string') return text;
  if (text === null || content === undefined) return '';
  wrongShape(ctx, pointer, 'the body content is YAML data, not text; it is read as its JSON');
  return JSON.stringify(content, null, 2);
}

/** A GraphQL request's body: `query` and `variables` (a string, or data written as YAML). */
export function graphqlBody(ctx: FileContext, doc: { query?: Yaml; variables?: Yaml }, pointer: string, v2: string): JsonObject {
  ctx.place(`${v2}/graphql/query`, `${pointer}/query`);
  ctx.place(`${v2}/graphql/variables`, `${pointer}/variables`);
  const query = textOf(doc.query) ?? '';
  const variables = doc.variables === undefined || doc.variables === null ? undefined : typeof doc.variables === 'string' ? doc.variables : JSON.stringify(doc.variables, null, 2);
  return { mode: 'graphql', graphql: variables === undefined ? { query } : { query, variables } };
}

/** A saved response's body: its text, and Postman's preview language from its type. */
export function responseBody(ctx: FileContext, value: Yaml | undefined, pointer: string): { body: string; language: string | undefined } {
  if (value === undefined || value === null) return { body: '', language: undefined };
  if (!isMap(value)) {
    wrongShape(ctx, pointer, 'the response body is not a map of `type` and `content`; it is read as empty');
    return { body: '', language: undefined };
  }
  return { body: rawText(ctx, value['content'], `${pointer}/content`), language: typeof value['type'] === 'string' ? value['type'] : undefined };
}
