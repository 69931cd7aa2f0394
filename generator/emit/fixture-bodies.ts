// An example's request body -> the fixture's `input.body` and the body that must go out, for the
// modes other than raw: form fields, multipart parts, a file, a GraphQL query. Files become
// `{ $blob }` placeholders (see templates/test/fixture.ts); credentials become `<redacted>`.
import type { EndpointModel, ExampleField, ExampleRequestBody, JsonValue } from '../model/types.js';

export const REDACTED = '<redacted>';
/** What a placeholder file holds: saved paths are never read. */
const PLACEHOLDER_TEXT = 'placeholder file content';
const DEFAULT_FILE_TYPE = 'application/octet-stream';

export type ExpectedBody =
  | { kind: 'form'; value: Array<[string, string]> }
  | {
      kind: 'multipart';
      value: Array<
        { name: string; text: string } | { name: string; file: { filename: string; type: string; size: number } }
      >;
    }
  | { kind: 'binary'; value: { size: number; type: string } }
  | { kind: 'json'; value: JsonValue };

export interface ModeFixtureBody {
  /** undefined: the call passes no body. */
  input: unknown;
  expected: ExpectedBody | null;
}

/** Why the endpoint cannot replay an example's body, or null when it can. */
export function bodyMismatch(endpoint: EndpointModel, body: ExampleRequestBody): string | null {
  const want = endpoint.body.kind;
  if (body.kind === 'empty' || want === 'none' || want === body.kind) return null;
  if (want === 'json' && body.kind === 'text') return 'the example request body is not valid JSON';
  if (want === 'text' && body.kind === 'json') return null;
  if (want === 'graphql' && body.kind === 'text') return "the example's GraphQL variables are not valid JSON";
  return `the example sends a ${describe(body.kind)} body, the endpoint ${describe(want)}`;
}

/** The fixture body for form, multipart, binary and GraphQL endpoints; null for the raw modes. */
export function modeFixtureBody(
  endpoint: EndpointModel,
  body: ExampleRequestBody,
  headers: Readonly<Record<string, string>>,
): ModeFixtureBody | null {
  const own = endpoint.body;
  if (own.kind === 'none' || own.kind === 'json' || own.kind === 'text') return null;
  if (body.kind === 'empty') {
    // A GraphQL call without a body still sends the collection's query (runtime/body.ts).
    return { input: undefined, expected: own.kind === 'graphql' ? { kind: 'json', value: { query: own.query } } : null };
  }
  if ((own.kind === 'form' || own.kind === 'multipart') && body.kind === own.kind) {
    const fields = grouped(body.fields);
    const input = Object.fromEntries(
      fields.map(([name, values]) => [name, values.length === 1 ? fieldInput(values[0]!) : values.map(fieldInput)]),
    );
    const sent = fields.flatMap(([, values]) => values);
    const expected: ExpectedBody =
      own.kind === 'form'
        ? { kind: 'form', value: sent.map((f) => [f.name, f.kind === 'text' ? (f.value ?? REDACTED) : '']) }
        : { kind: 'multipart', value: sent.map(partOf) };
    return { input, expected };
  }
  if (own.kind === 'binary' && body.kind === 'binary') {
    const type = fileType(own.contentType);
    // A content-type header wins over the Blob's own type on the wire.
    return {
      input: { $blob: { text: PLACEHOLDER_TEXT, type } },
      expected: {
        kind: 'binary',
        value: { size: byteLength(PLACEHOLDER_TEXT), type: headers['content-type'] ?? type },
      },
    };
  }
  if (own.kind === 'graphql' && body.kind === 'graphql') {
    const input: Record<string, JsonValue> = {};
    if (body.query !== own.query) input['query'] = body.query;
    if (body.variables !== null) input['variables'] = body.variables;
    const sent: Record<string, JsonValue> = { query: body.query };
    if (body.variables !== null) sent['variables'] = body.variables;
    return { input: Object.keys(input).length ? input : undefined, expected: { kind: 'json', value: sent } };
  }
  return { input: undefined, expected: null };
}

/** The body the endpoint's own request sends: its enabled fields, a placeholder file, its query and variables. */
export function ownModeBody(endpoint: EndpointModel): ExampleRequestBody | null {
  const body = endpoint.body;
  switch (body.kind) {
    case 'form':
    case 'multipart':
      return {
        kind: body.kind,
        fields: body.fields
          .filter((f) => f.required)
          .map((f): ExampleField =>
            f.type === 'file'
              ? { kind: 'file', name: f.name, filename: f.filename, contentType: f.contentType }
              : { kind: 'text', name: f.name, value: f.example },
          ),
      };
    case 'binary':
      return { kind: 'binary', filename: null };
    case 'graphql':
      return { kind: 'graphql', query: body.query, variables: body.variables[0]?.value ?? null };
    default:
      return null;
  }
}

/** Fields by name in first-seen order: the client takes one value, or an array for a repeated name. */
function grouped(fields: readonly ExampleField[]): Array<[string, ExampleField[]]> {
  const byName = new Map<string, ExampleField[]>();
  for (const f of fields) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  return [...byName];
}

function fieldInput(field: ExampleField): unknown {
  if (field.kind === 'text') return field.value ?? REDACTED;
  return {
    $blob: {
      text: PLACEHOLDER_TEXT,
      type: fileType(field.contentType),
      ...(field.filename ? { filename: field.filename } : {}),
    },
  };
}

/** A plain Blob goes out named `blob`, as FormData names it. */
function partOf(
  field: ExampleField,
): { name: string; text: string } | { name: string; file: { filename: string; type: string; size: number } } {
  if (field.kind === 'text') return { name: field.name, text: field.value ?? REDACTED };
  return {
    name: field.name,
    file: { filename: field.filename ?? 'blob', type: fileType(field.contentType), size: byteLength(PLACEHOLDER_TEXT) },
  };
}

/** As a Blob keeps it: lower-cased. */
function fileType(contentType: string | null): string {
  return (contentType ?? DEFAULT_FILE_TYPE).toLowerCase();
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function describe(kind: ExampleRequestBody['kind'] | EndpointModel['body']['kind']): string {
  return {
    empty: 'no',
    none: 'no',
    json: 'JSON',
    text: 'text',
    form: 'urlencoded form',
    multipart: 'multipart form',
    binary: 'file',
    graphql: 'GraphQL',
  }[kind];
}
