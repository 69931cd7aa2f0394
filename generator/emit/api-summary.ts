// The API summary: what callers of the generated package see, as plain JSON data, written beside the
// names lock (`postforge.api.json`, not in the package's `files`). The next generation compares its own
// summary with it (generator/drift/) to say which endpoints and types changed and whether that breaks
// callers. It is built from the same model, shapes and planned names as the code, and types are
// summarized as the code writes them (literal unions by the same rule), never parsed back from code.
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import { literalValues, type TypeUsage } from '../infer/literal-union.js';
import type { Shape } from '../infer/shape.js';
import type { EndpointModel, FormField } from '../model/types.js';
import { displayPath } from '../plan/display-path.js';
import { lockKey } from '../plan/names-lock.js';
import type { EndpointPlan, Plan } from '../plan/plan.js';
import { bodyRequired } from './body-types.js';

export const API_SUMMARY_FILE = 'postforge.api.json';
export const API_SUMMARY_VERSION = 1;

/** A type as callers see it. `queryValue`: what a query parameter takes (`string | number | boolean | ReadonlyArray<…>`). */
export type SummaryType =
  | { t: 'unknown' | 'null' | 'boolean' | 'number' | 'bigint' | 'blob' | 'queryValue' }
  /** `literals`: the suggested values of an open literal union (`'A' | 'B' | (string & {})`). */
  | { t: 'string'; literals?: string[] }
  | { t: 'array'; items: SummaryType }
  /** `fields` null: any object (`{ [key: string]: unknown }`). */
  | { t: 'object'; fields: SummaryField[] | null }
  | { t: 'union'; of: SummaryType[] };

export interface SummaryField {
  name: string;
  optional: boolean;
  type: SummaryType;
}

export interface EndpointSummary {
  /** The request's identity, as in the names lock (item id, or item path and method). */
  key: string;
  itemPath: string;
  function: string;
  /** `v2.recordsApi.updateRecords.leads`: where it sits on the client. */
  member: string;
  method: string;
  path: string;
  /** The params argument: `{ path, query?, headers?, body }`. */
  params: SummaryType;
  /** One entry per status, in numeric order. */
  responses: Array<{ status: number; type: SummaryType }>;
}

export interface ApiSummary {
  version: number;
  endpoints: EndpointSummary[];
}

export function apiSummary(plan: Plan, shapes: readonly EndpointShapes[]): ApiSummary {
  return { version: API_SUMMARY_VERSION, endpoints: plan.endpoints.map((p, i) => endpointSummary(p, shapes[i]!)) };
}

/** One endpoint a line: compact for big collections, and a pull request's diff shows one line per endpoint that changed. */
export function apiSummaryContent(summary: ApiSummary): string {
  const lines = summary.endpoints.map((e) => JSON.stringify(e));
  return `{"//":"The API of this package as postforge generated it: the next generation reports what changed against it.","version":${summary.version},"endpoints":[\n${lines.join(',\n')}\n]}\n`;
}

function endpointSummary(p: EndpointPlan, shapes: EndpointShapes): EndpointSummary {
  const { endpoint } = p;
  return {
    key: lockKey(endpoint),
    itemPath: endpoint.source.itemPath.join(' / '),
    function: p.functionName,
    member: p.memberPath.join('.'),
    method: endpoint.method,
    path: displayPath(endpoint),
    params: paramsType(p, shapes),
    responses: shapes.responses.map((r) => ({ status: r.status, type: summarize(r.shape, 'response', null) })),
  };
}

const STRING: SummaryType = { t: 'string' };

/** Mirrors emit/types-file.ts `paramsInterface`: the same members, the same optionality. */
function paramsType(p: EndpointPlan, shapes: EndpointShapes): SummaryType {
  const { endpoint } = p;
  const fields: SummaryField[] = [];
  if (p.pathParams.size) {
    const members = [...p.pathParams.values()].map((id) => field(id, false, { t: 'union', of: [STRING, { t: 'number' }] }));
    fields.push(field('path', false, { t: 'object', fields: members }));
  }
  const query = endpoint.query.filter((q) => !q.credential);
  if (query.length) fields.push(field('query', !query.some((q) => q.required), { t: 'object', fields: query.map((q) => field(q.name, !q.required, { t: 'queryValue' })) }));
  const headers = endpoint.headers.filter((h) => h.role !== 'fixed');
  if (headers.length) fields.push(field('headers', !headers.some((h) => h.required), { t: 'object', fields: headers.map((h) => field(h.name, !h.required, STRING)) }));
  const body = bodyType(endpoint, shapes);
  if (body) fields.push(field('body', !bodyRequired(endpoint, shapes), body));
  return { t: 'object', fields };
}

/** Mirrors emit/body-types.ts `bodyParam`. */
function bodyType(endpoint: EndpointModel, shapes: EndpointShapes): SummaryType | null {
  const body = endpoint.body;
  switch (body.kind) {
    case 'none':
      return null;
    case 'json':
    case 'text':
      return shapes.body === null ? null : summarize(shapes.body, 'request', null);
    case 'form':
    case 'multipart':
      return body.fields.length ? { t: 'object', fields: body.fields.map(formField) } : { t: 'object', fields: null };
    case 'binary':
      return { t: 'blob' };
    case 'graphql': {
      const variables = shapes.graphqlVariables;
      const required = variables !== null && variables.kind === 'object' && variables.properties.some((q) => !q.optional);
      return {
        t: 'object',
        fields: [field('query', body.query !== '', STRING), field('variables', !required, variables ? summarize(variables, 'request', null) : { t: 'object', fields: null })],
      };
    }
  }
}

function formField(f: FormField): SummaryField {
  const one: SummaryType = f.type === 'file' ? { t: 'blob' } : STRING;
  return field(f.name, !f.required, f.repeated ? { t: 'union', of: [one, { t: 'array', items: one }] } : one);
}

/** Mirrors emit/render-type.ts: the type the code declares for a shape. */
export function summarize(shape: Shape, usage: TypeUsage, name: string | null): SummaryType {
  switch (shape.kind) {
    case 'unknown':
    case 'null':
    case 'boolean':
    case 'number':
      return { t: shape.kind };
    case 'string': {
      if (shape.numeric === 'int64' && usage === 'request') return { t: 'union', of: [STRING, { t: 'bigint' }] };
      const literals = literalValues(shape, name, usage);
      return literals === null ? STRING : { t: 'string', literals: [...literals] };
    }
    case 'array':
      return { t: 'array', items: summarize(shape.items, usage, name) };
    case 'object':
      return { t: 'object', fields: shape.properties.length ? shape.properties.map((p) => field(p.name, p.optional, summarize(p.shape, usage, p.name))) : null };
    case 'union':
      return { t: 'union', of: shape.members.map((m) => summarize(m, usage, name)) };
  }
}

function field(name: string, optional: boolean, type: SummaryType): SummaryField {
  return { name, optional, type };
}
