// One endpoint (or several merged, see merge.ts) -> an OpenAPI operation: parameters, request body
// per media type, responses per status with their schemas and saved examples.
import type { Diagnostics } from '../../diagnostics.js';
import type { EndpointShapes } from '../../infer/endpoint-shapes.js';
import type { EndpointModel, ExampleModel, FormField, JsonValue } from '../../model/types.js';
import type { EndpointPlan } from '../../plan/plan.js';
import type { OperationGroup } from './merge.js';
import { shapeSchema, type Schema } from './schema.js';

export type Json = { [key: string]: unknown };

/** Headers OpenAPI describes elsewhere (media types, security): a parameter of that name is ignored by its readers. */
const NOT_PARAMETERS = new Set(['accept', 'content-type', 'authorization']);

/**
 * `/crm/v2/Leads/{recordId}`: the client's path parameter names (plan/naming.ts), those of `canonical`,
 * the path item's first request (its template differs from `entry`'s in parameter names at most);
 * `{` `}` in literal text are escaped.
 */
export function pathTemplate(entry: EndpointPlan, canonical: EndpointPlan): string {
  const escape = (text: string) => text.replace(/[{}]/g, (c) => encodeURIComponent(c));
  const segments = entry.endpoint.path.map((s, i) => (s.kind === 'literal' ? escape(s.value) : `${escape(s.prefix)}{${paramName(canonical, i)}}${escape(s.suffix)}`));
  return '/' + segments.join('/');
}

/** The client's name of the parameter at segment `index`. */
function paramName(entry: EndpointPlan, index: number): string {
  const segment = entry.endpoint.path[index]!;
  return segment.kind === 'param' ? entry.pathParams.get(segment.name)! : '';
}

export function parameters(group: OperationGroup, canonical: EndpointPlan): Json[] {
  const { first, endpoint } = group;
  const seen = new Set<string>();
  const path = first.endpoint.path.flatMap((s, i) => {
    const name = paramName(canonical, i);
    if (s.kind !== 'param' || seen.has(name)) return [];
    seen.add(name);
    return [param(name, 'path', true, s.description, s.example)];
  });
  const query = endpoint.query.filter((q) => !q.credential).map((q) => param(q.name, 'query', q.required, q.description, q.example));
  const headers = endpoint.headers
    .filter((h) => h.role !== 'credential' && !NOT_PARAMETERS.has(h.name.toLowerCase()))
    .map((h) => {
      // A fixed header is always sent with its value (unless it names a variable): a constant.
      const fixed = h.role === 'fixed' && !h.value.includes('{{');
      return { ...param(h.name, 'header', fixed || h.required, h.description, h.value || null), ...(fixed ? { schema: { type: 'string', const: h.value } } : {}) };
    });
  return [...path, ...dedupe(query), ...dedupe(headers, (n) => n.toLowerCase())];
}

function param(name: string, where: 'path' | 'query' | 'header', required: boolean, description: string | null, example: string | null): Json {
  return { name, in: where, required, ...(description ? { description } : {}), schema: { type: 'string' }, ...(example !== null ? { example } : {}) };
}

function dedupe(params: Json[], key = (name: string) => name): Json[] {
  const seen = new Set<string>();
  return params.filter((p) => !seen.has(key(p['name'] as string)) && (seen.add(key(p['name'] as string)), true));
}

/** `application/json; charset=utf-8` -> `application/json`. */
export function mediaType(contentType: string | null, fallback: string): string {
  const bare = contentType?.split(';')[0]!.trim().toLowerCase() ?? '';
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(bare) ? bare : fallback;
}

/** The request body; `schema` gives the JSON body's schema a chance to become a shared component. */
export function requestBody(endpoint: EndpointModel, shapes: EndpointShapes, schema: (s: Schema) => Schema): Json | null {
  const body = endpoint.body;
  const content = (type: string, media: Json): Json => ({ required: true, content: { [type]: media } });
  switch (body.kind) {
    case 'none':
      return null;
    case 'json': {
      const media: Json = { schema: schema(shapeSchema(shapes.body!, 'request')) };
      if (body.samples.length) media['example'] = body.samples[0]!.value;
      return content(mediaType(body.contentType, 'application/json'), media);
    }
    case 'text':
      return content(mediaType(body.contentType, 'text/plain'), { schema: { type: 'string' }, ...(body.sample !== null ? { example: body.sample } : {}) });
    case 'form':
      return content('application/x-www-form-urlencoded', { schema: fieldsSchema(body.fields) });
    case 'multipart': {
      const files = body.fields.filter((f) => f.type === 'file' && f.contentType);
      const encoding = Object.fromEntries(files.map((f) => [f.name, { contentType: f.contentType }]));
      return content('multipart/form-data', { schema: fieldsSchema(body.fields), ...(files.length ? { encoding } : {}) });
    }
    case 'binary':
      return content(mediaType(body.contentType, 'application/octet-stream'), { schema: { type: 'string', format: 'binary' } });
    case 'graphql': {
      const variables = shapes.graphqlVariables ? shapeSchema(shapes.graphqlVariables, 'request') : { type: 'object' };
      const example: Json = { query: body.query, ...(body.variables.length ? { variables: body.variables[0]!.value } : {}) };
      return content('application/json', {
        schema: { type: 'object', description: 'A GraphQL request.', properties: { query: { type: 'string' }, variables: variables, operationName: { type: 'string' } }, required: ['query'] },
        example,
      });
    }
  }
}

function fieldsSchema(fields: readonly FormField[]): Schema {
  const seen = new Set<string>();
  const unique = fields.filter((f) => !seen.has(f.name) && (seen.add(f.name), true));
  const properties = Object.fromEntries(
    unique.map((f) => {
      const one: Schema = f.type === 'file' ? { type: 'string', format: 'binary' } : { type: 'string', ...(f.example !== null && !f.credential ? { examples: [f.example] } : {}) };
      if (f.description) one['description'] = f.description;
      return [f.name, f.repeated ? { type: 'array', items: one } : one];
    }),
  );
  const required = unique.filter((f) => f.required).map((f) => f.name);
  return { type: 'object', properties, ...(required.length ? { required } : {}) };
}

/** Responses per status, each with its schema and saved examples; statuses OpenAPI cannot name are reported. */
export function responses(group: OperationGroup, shapes: EndpointShapes, schema: (s: Schema, status: number) => Schema, diagnostics: Diagnostics): Json {
  const out: Json = {};
  for (const { status, shape } of shapes.responses) {
    const examples = group.endpoint.examples.filter((e) => e.status === status);
    if (status < 100 || status > 599) {
      diagnostics.report('PF192', `status ${status} is not an HTTP status OpenAPI can name; its ${examples.length} example(s) are left out of the document`, examples[0]!.source);
      continue;
    }
    const withBody = examples.filter((e) => e.body.kind !== 'empty');
    const description = examples.find((e) => e.statusText)?.statusText || examples[0]!.name || `Status ${status}`;
    if (withBody.length === 0) {
      out[String(status)] = { description };
      continue;
    }
    const json = withBody.find((e) => e.body.kind === 'json');
    const type = json ? mediaType(contentTypeOf(json), 'application/json') : mediaType(withBody[0]!.body.kind === 'text' ? (withBody[0]!.body as { contentType: string | null }).contentType : null, 'text/plain');
    out[String(status)] = { description, content: { [type]: { schema: schema(shapeSchema(shape, 'response'), status), examples: examplesOf(withBody) } } };
  }
  if (Object.keys(out).length === 0) out['default'] = { description: 'The collection saves no example response for this request.' };
  return out;
}

/** A JSON type from the example's headers; else the default. */
function contentTypeOf(example: ExampleModel): string | null {
  const header = example.headers.find((h) => h.key.toLowerCase() === 'content-type')?.value ?? null;
  return header !== null && /json/i.test(header) ? header : null;
}

/** Keyed by the example's name, made unique with a numeric suffix. */
function examplesOf(examples: readonly ExampleModel[]): Json {
  const out: Json = {};
  for (const example of examples) {
    const base = example.name.trim() || 'example';
    let key = base;
    for (let n = 2; Object.hasOwn(out, key); n++) key = `${base} ${n}`;
    const value: JsonValue = example.body.kind === 'json' ? example.body.value : example.body.kind === 'text' ? example.body.raw : null;
    out[key] = { summary: example.name, value };
  }
  return out;
}
