// Request bodies in the modes other than `raw`: urlencoded and formdata fields, a file, and GraphQL.
// Read from the SDK's RequestBody, for the item's own request and each example's originalRequest
// alike. Credential values are never copied, and file paths are never read: only their names are kept.
import type { Diagnostics } from '../diagnostics.js';
import type {
  ExampleField,
  ExampleModel,
  ExampleRequestBody,
  FormField,
  JsonSample,
  JsonValue,
  RequestBody,
  SourceRef,
} from '../model/types.js';
import { parseJsonWithin } from './body.js';
import { descriptionText } from './url.js';
import { holdsCredential } from './variables.js';

/** The parts of the SDK's RequestBody these modes use (its typings leave most of them out). */
export interface SdkBody {
  mode?: string;
  urlencoded?: { all(): SdkField[] };
  formdata?: { all(): SdkField[] };
  file?: { src?: unknown } | null;
  graphql?: { query?: unknown; variables?: unknown } | null;
}

interface SdkField {
  key?: string | null;
  value?: unknown;
  type?: string;
  src?: unknown;
  contentType?: string;
  disabled?: boolean;
  description?: unknown;
}

export type BodyMode = 'urlencoded' | 'formdata' | 'file' | 'graphql';

/**
 * The body's mode, or null for raw, none, and a mode saved with nothing in it (Stripe's GET
 * requests carry empty urlencoded lists): those send no body.
 */
export function bodyModeOf(body: SdkBody | undefined | null, method: string): BodyMode | null {
  const mode = body?.mode;
  if (!body || (mode !== 'urlencoded' && mode !== 'formdata' && mode !== 'file' && mode !== 'graphql')) return null;
  if (mode === 'urlencoded' || mode === 'formdata') {
    const fields = (mode === 'urlencoded' ? body.urlencoded : body.formdata)?.all() ?? [];
    return fields.some((f) => f.key) ? mode : null;
  }
  // A file body that names no file is still an upload, except on GET and HEAD, where fetch sends no body.
  if (mode === 'file' && (method === 'GET' || method === 'HEAD')) return sources(body.file?.src).length ? mode : null;
  return mode;
}

/** The fields of a urlencoded or formdata body; a key written twice (alternatives, or a repeated value) is one field. */
export function formFields(body: SdkBody, multipart: boolean): FormField[] {
  const list = (multipart ? body.formdata : body.urlencoded)?.all() ?? [];
  const byName = new Map<string, FormField>();
  for (const f of list) {
    const name = f.key ?? '';
    if (name === '') continue;
    const file = multipart && f.type === 'file';
    const value = file ? '' : textOf(f.value);
    const credential = !file && holdsCredential(value);
    const srcs = file ? sources(f.src) : [];
    const enabled = !f.disabled;
    const field: FormField = {
      kind: 'form-field',
      name,
      type: file ? 'file' : 'text',
      required: enabled,
      repeated: enabled && srcs.length > 1,
      example: file || credential ? null : value,
      credential,
      filename: srcs[0] ?? null,
      contentType: file && f.contentType ? f.contentType : null,
      description: descriptionText(f.description),
    };
    const existing = byName.get(name);
    // Alternatives (one enabled, others disabled) are one field, shown by its enabled value; two enabled values repeat.
    const merged = existing && {
      ...(existing.required || !enabled ? existing : field),
      required: existing.required || enabled,
      repeated: existing.repeated || field.repeated || (existing.required && enabled),
    };
    byName.set(name, merged ?? field);
  }
  return [...byName.values()];
}

/** What an example sent: the enabled fields in order; a file field with several paths is one part per file. */
export function exampleFields(body: SdkBody, multipart: boolean): ExampleField[] {
  const list = (multipart ? body.formdata : body.urlencoded)?.all() ?? [];
  return list.flatMap((f): ExampleField[] => {
    const name = f.key ?? '';
    if (name === '' || f.disabled) return [];
    if (multipart && f.type === 'file') {
      const srcs = sources(f.src);
      const contentType = f.contentType ? f.contentType : null;
      return (srcs.length ? srcs : [null]).map((filename) => ({ kind: 'file', name, filename, contentType }));
    }
    const value = textOf(f.value);
    return [{ kind: 'text', name, value: holdsCredential(value) ? null : value }];
  });
}

/** The file name of a `file` body's path, if it has one. */
export function binaryFilename(body: SdkBody): string | null {
  return sources(body.file?.src)[0] ?? null;
}

export interface GraphqlRead {
  query: string;
  /** null: none given; `invalid`: given, but not a JSON object (reported). */
  variables: JsonValue | null | 'invalid';
}

/** Postman keeps `variables` as JSON text (sometimes empty); it must parse to an object to be sent as variables. */
export function readGraphql(body: SdkBody, where: SourceRef, label: string, diagnostics: Diagnostics, maxJsonDepth: number): GraphqlRead {
  const graphql = body.graphql ?? {};
  const query = typeof graphql.query === 'string' ? graphql.query : '';
  const raw = graphql.variables;
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === ''))
    return { query, variables: null };
  let value: unknown = raw;
  let problem: string | null = null;
  if (typeof raw === 'string') {
    try {
      value = parseJsonWithin(raw, maxJsonDepth); // numbers beyond 2^53 keep every digit, as strings
    } catch (error) {
      problem = (error as Error).message;
    }
  }
  if (problem === null && (typeof value !== 'object' || value === null || Array.isArray(value)))
    problem = 'not a JSON object';
  if (problem === null) return { query, variables: value as JsonValue };
  diagnostics.report(
    'PF101',
    `${label}GraphQL variables are not valid JSON (${problem}); they do not feed the variables type`,
    { ...where, pointer: where.pointer + '/body/graphql/variables' },
  );
  return { query, variables: 'invalid' };
}

/** An example's own body in one of these modes; invalid GraphQL variables make it text, which no GraphQL endpoint replays. */
export function exampleModeBody(
  body: SdkBody,
  mode: BodyMode,
  where: SourceRef,
  label: string,
  diagnostics: Diagnostics,
  maxJsonDepth: number,
): ExampleRequestBody {
  switch (mode) {
    case 'urlencoded':
      return { kind: 'form', fields: exampleFields(body, false) };
    case 'formdata':
      return { kind: 'multipart', fields: exampleFields(body, true) };
    case 'file':
      return { kind: 'binary', filename: binaryFilename(body) };
    case 'graphql': {
      const read = readGraphql(body, where, label, diagnostics, maxJsonDepth);
      if (read.variables === 'invalid')
        return { kind: 'text', raw: textOf(body.graphql?.variables), contentType: 'application/json' };
      return { kind: 'graphql', query: read.query, variables: read.variables };
    }
  }
}

/** Base names only: Postman saves local paths (`/Users/x/a.png`), which are never opened. */
function sources(src: unknown): string[] {
  const list = Array.isArray(src) ? src : [src];
  return list.flatMap((s) => {
    if (typeof s !== 'string') return [];
    const name = s.split(/[\\/]/).pop()?.trim() ?? '';
    return name === '' ? [] : [name];
  });
}

function textOf(value: unknown): string {
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The endpoint's body in one of these modes: its own fields, then fields only its examples send
 * (optional, since the request itself does not send them). GraphQL variables are sampled from the
 * request and every example.
 */
export function modeRequestBody(
  body: SdkBody,
  mode: BodyMode,
  examples: readonly ExampleModel[],
  contentType: string | null,
  source: SourceRef,
  diagnostics: Diagnostics,
  maxJsonDepth: number,
): RequestBody {
  const at = { ...source, pointer: source.pointer + '/request/body' };
  switch (mode) {
    case 'urlencoded':
      return {
        kind: 'form',
        contentType: contentType ?? FORM_CONTENT_TYPE,
        fields: withExampleFields(formFields(body, false), examples, 'form'),
        source: at,
      };
    case 'formdata':
      return {
        kind: 'multipart',
        fields: withExampleFields(formFields(body, true), examples, 'multipart'),
        source: at,
      };
    case 'file':
      return { kind: 'binary', contentType, source: at };
    case 'graphql': {
      const own = readGraphql(body, { ...source, pointer: source.pointer + '/request' }, '', diagnostics, maxJsonDepth);
      const samples: JsonSample[] =
        own.variables !== null && own.variables !== 'invalid'
          ? [
              {
                kind: 'json-sample',
                value: own.variables,
                source: { ...at, pointer: at.pointer + '/graphql/variables' },
              },
            ]
          : [];
      return { kind: 'graphql', query: own.query, variables: [...samples, ...exampleVariables(examples)], source: at };
    }
  }
}

/** A request saved without a body whose examples sent form fields, files or GraphQL: the examples give the body. */
export function bodyFromExamples(examples: readonly ExampleModel[], contentType: string | null): RequestBody | null {
  const first = examples.find((e) => ['form', 'multipart', 'binary', 'graphql'].includes(e.request.body.kind));
  if (!first) return null;
  const at = { ...first.source, pointer: first.source.pointer + '/originalRequest/body' };
  const body = first.request.body;
  switch (body.kind) {
    case 'form':
    case 'multipart': {
      const kind = body.kind;
      const fields = withExampleFields([], examples, kind);
      // A field every example sends is required.
      for (const field of fields)
        field.required = examples.every(
          (e) => e.request.body.kind === kind && e.request.body.fields.some((f) => f.name === field.name),
        );
      return kind === 'form'
        ? { kind, contentType: contentType ?? FORM_CONTENT_TYPE, fields, source: at }
        : { kind, fields, source: at };
    }
    case 'binary':
      return { kind: 'binary', contentType, source: at };
    case 'graphql':
      return { kind: 'graphql', query: body.query, variables: exampleVariables(examples), source: at };
    default:
      return null;
  }
}

export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

function withExampleFields(
  own: FormField[],
  examples: readonly ExampleModel[],
  kind: 'form' | 'multipart',
): FormField[] {
  const fields = [...own];
  for (const example of examples) {
    const body = example.request.body;
    if (body.kind !== kind) continue;
    for (const f of body.fields) {
      const existing = fields.find((x) => x.name === f.name);
      if (existing) {
        if (body.fields.filter((x) => x.name === f.name).length > 1) existing.repeated = true;
        continue;
      }
      fields.push({
        kind: 'form-field',
        name: f.name,
        type: f.kind,
        required: false,
        repeated: body.fields.filter((x) => x.name === f.name).length > 1,
        example: f.kind === 'text' ? f.value : null,
        credential: f.kind === 'text' && f.value === null,
        filename: f.kind === 'file' ? f.filename : null,
        contentType: f.kind === 'file' ? f.contentType : null,
        description: null,
      });
    }
  }
  return fields;
}

function exampleVariables(examples: readonly ExampleModel[]): JsonSample[] {
  return examples.flatMap((e) =>
    e.request.body.kind === 'graphql' && e.request.body.variables !== null
      ? [
          {
            kind: 'json-sample' as const,
            value: e.request.body.variables,
            source: { ...e.source, pointer: e.source.pointer + '/originalRequest/body/graphql/variables' },
          },
        ]
      : [],
  );
}
