// The model, the inferred shapes and the plan -> one OpenAPI 3.1 document, as plain data. Never
// built from rendered TypeScript: the schemas come from the same inference as the client's types,
// the operationIds are the client's function names, the parameters the client's parameter names.
import type { Diagnostics } from '../../diagnostics.js';
import { inferEndpoint, type EndpointShapes, type InferOptions } from '../../infer/endpoint-shapes.js';
import type { ApiModel, EndpointModel } from '../../model/types.js';
import { operationIds } from '../../plan/operation-ids.js';
import type { EndpointPlan, Plan } from '../../plan/plan.js';
import { groupOperations, type OperationGroup } from './merge.js';
import { parameters, pathTemplate, requestBody, responses, type Json } from './operations.js';
import type { Schema } from './schema.js';
import { securityScheme } from './security.js';
import { servers } from './servers.js';

export const OPENAPI_VERSION = '3.1.0';
export const OPENAPI_FILE = 'openapi.json';
/** `info.version`: the version the generated package.json has (templates/package/package.json.hbs). */
export const PACKAGE_VERSION = '0.1.0';

export interface OpenApiInput {
  api: ApiModel;
  plan: Plan;
  /** One per endpoint, as the infer stage made them; merged operations are inferred afresh from all their samples. */
  shapes: readonly EndpointShapes[];
  infer: InferOptions;
  /** The package version, for `info.version`. */
  version: string;
}

export function openApiDocument(input: OpenApiInput, diagnostics: Diagnostics): Json {
  const { api, plan } = input;
  const schemes = Object.fromEntries(api.authSchemes.map((s) => [plan.schemeKeys.get(s.key)!, securityScheme(s, plan.schemeKeys.get(s.key)!, diagnostics)]));
  const components = sharedSchemas();
  const paths: Record<string, Json> = {};
  const shapeOf = new Map(plan.endpoints.map((e, i) => [e, input.shapes[i]!]));
  const ids = new Map(operationIds(plan.endpoints.map((e) => e.functionName)).map((id, i) => [plan.endpoints[i]!, id]));
  // One path item per template without its parameter names: its first request's names are every method's.
  const items = new Map<string, EndpointPlan>();
  for (const group of groupOperations(plan.endpoints)) {
    const canonical = items.get(namelessPath(group.first.endpoint)) ?? group.first;
    items.set(namelessPath(group.first.endpoint), canonical);
    for (const other of group.others) {
      diagnostics.report('PF193', `"${other.endpoint.name}" is ${other.endpoint.method} ${pathTemplate(other, other)} like "${group.first.endpoint.name}"; OpenAPI has one operation per method and path, so it is merged into ${group.first.functionName}`, other.endpoint.source);
    }
    const shapes = group.others.length ? inferEndpoint(group.endpoint, input.infer) : shapeOf.get(group.first)!;
    const item = (paths[pathTemplate(group.first, canonical)] ??= {});
    item[group.endpoint.method.toLowerCase()] = operation(group, canonical, ids.get(group.first)!, shapes, components, diagnostics);
  }
  const document: Json = {
    openapi: OPENAPI_VERSION,
    info: { title: api.title, version: input.version, ...(api.description ? { description: api.description } : {}) },
    servers: servers(api),
    tags: tags(api),
    paths,
  };
  const declared = components.declared();
  if (Object.keys(declared).length || Object.keys(schemes).length) {
    document['components'] = { ...(Object.keys(declared).length ? { schemas: declared } : {}), ...(Object.keys(schemes).length ? { securitySchemes: schemes } : {}) };
  }
  return document;
}

/** The methods an OpenAPI 3.1 path item has fields for. */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function operation(group: OperationGroup, canonical: EndpointPlan, operationId: string, shapes: EndpointShapes, components: SharedSchemas, diagnostics: Diagnostics): Json {
  const { first, endpoint } = group;
  if (!METHODS.has(endpoint.method.toLowerCase())) diagnostics.report('PF194', `method ${endpoint.method} is not one OpenAPI 3.1 path items have; the operation is written under it, which OpenAPI readers ignore`, endpoint.source);
  const body = requestBody(endpoint, shapes, (s) => components.use(s, first.types.body));
  const op: Json = {
    operationId,
    ...(operationId === first.functionName ? {} : { 'x-postforge-function': first.functionName }),
    ...(endpoint.folderPath.length ? { tags: [endpoint.folderPath.join(' / ')] } : {}),
    summary: endpoint.name,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    parameters: parameters(group, canonical),
    ...(body ? { requestBody: body } : {}),
    responses: responses(group, shapes, (s, status) => components.use(s, first.types.response(status)), diagnostics),
    security: security([first, ...group.others]),
    ...(endpoint.origin ? { servers: [{ url: endpoint.origin }] } : {}),
  };
  if ((op['parameters'] as Json[]).length === 0) delete op['parameters'];
  return op;
}

/** Any one of the merged requests' schemes will do; no auth at all is an empty requirement (`{}`). */
function security(entries: readonly EndpointPlan[]): Json[] {
  const keys = [...new Set(entries.map((e) => e.schemeKey))];
  if (keys.length === 1 && keys[0] === null) return [];
  return keys.map((key) => (key === null ? {} : { [key]: [] }));
}

export function namelessPath(endpoint: EndpointModel): string {
  return endpoint.path.map((s) => (s.kind === 'literal' ? s.value : `${s.prefix}{}${s.suffix}`)).join('/');
}

/** Every folder that holds a request, as `Parent / Child`, with its description; two folders that spell one name are one tag. */
function tags(api: ApiModel): Json[] {
  const used = new Set(api.endpoints.filter((e) => e.folderPath.length).map((e) => e.folderPath.join(' / ')));
  const out = new Map<string, Json>();
  for (const f of api.folders) {
    const name = f.path.join(' / ');
    if (used.has(name) && !out.has(name)) out.set(name, { name, ...(f.description ? { description: f.description } : {}) });
  }
  return [...out.values()];
}

interface SharedSchemas {
  /** The schema itself the first time; a `$ref` to a component once a second body has the same one. */
  use(schema: Schema, name: string): Schema;
  declared(): Record<string, Schema>;
}

/**
 * Bodies with the same object or array schema are declared once under components/schemas, named
 * after their first user's type name (plan/naming.ts). Decided in two passes over identical text,
 * so the order of the document alone fixes the names.
 */
function sharedSchemas(): SharedSchemas {
  const seen = new Map<string, { name: string; schema: Schema; refs: Array<Schema> }>();
  return {
    use(schema, name) {
      if (schema['type'] !== 'object' && schema['type'] !== 'array') return schema;
      if (!schema['properties'] && !schema['items']) return schema;
      const text = JSON.stringify(schema);
      const entry = seen.get(text);
      // A placeholder object: filled with the schema or a $ref once every use is known.
      const slot: Schema = {};
      if (entry) entry.refs.push(slot);
      else seen.set(text, { name, schema, refs: [slot] });
      return slot;
    },
    declared() {
      const out: Record<string, Schema> = {};
      const taken = new Set<string>();
      for (const entry of seen.values()) {
        if (entry.refs.length === 1) {
          Object.assign(entry.refs[0]!, entry.schema);
          continue;
        }
        // Component names are `[A-Za-z0-9._-]+`; type names from the naming module may hold other identifier characters.
        const base = entry.name.replace(/[^A-Za-z0-9._-]/g, '_');
        let name = base;
        for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
        taken.add(name);
        out[name] = entry.schema;
        for (const ref of entry.refs) ref['$ref'] = `#/components/schemas/${name}`;
      }
      return out;
    },
  };
}
