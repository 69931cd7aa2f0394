// Shape -> JSON Schema (2020-12), as plain data: the run-time twin of render-type.ts, made from the
// same inferred shapes and the same literal rule, so the schema and the TypeScript type never
// disagree. The contract check (templates/test/contract.ts) validates live responses with it; an
// OpenAPI 3.1 export can reuse it as it is. Pure: the shape in, a new object out.
//
// The subset, and what each TypeScript form becomes:
//   unknown                  {}                    (anything)
//   null, boolean, string    { type }              `number` is `integer` when every sample was one
//   T | null                 { type: [T, 'null'] } with T's other keywords (`format`, `items`, …)
//   A | B                    { anyOf: [A, B] }     or one type array when every member is a bare type
//   'a' | 'b' | (string & {}) { type: 'string', 'x-extensible-enum': ['a', 'b'] }: an open enum
//                            (OpenAPI's `x-` convention), since `enum` would refuse new values
//   Format: date-time        { type: 'string', format: 'date-time' }
//   int64 / decimal / float  { type: 'string', pattern }: delivered as a string with every digit
//   T[]                      { type: 'array', items }
//   { a: T; b?: U }          { type: 'object', properties, required: ['a'], additionalProperties: false }
//   { [key: string]: unknown } { type: 'object' }
import { literalValues, type TypeUsage } from '../infer/literal-union.js';
import type { ExactNumberKind, PropertyShape, Shape, StringFormat } from '../infer/shape.js';

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export interface JsonSchema {
  type?: JsonType | JsonType[];
  format?: StringFormat;
  pattern?: string;
  /** Known values of an open vocabulary: any other string is still valid. */
  'x-extensible-enum'?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: false;
  anyOf?: JsonSchema[];
}

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Exact numbers as the runtime delivers them: the literal's digits, as written in the JSON text. */
export const EXACT_NUMBER_PATTERNS: Record<ExactNumberKind, string> = {
  int64: '^-?[0-9]+$',
  decimal: '^-?[0-9]+(\\.[0-9]+)?$',
  float: '^-?[0-9]+(\\.[0-9]+)?[eE][-+]?[0-9]+$',
};

export interface JsonSchemaOptions {
  /** As in renderType: `response` (default) describes what the client delivers, `request` what a caller sends. */
  usage?: TypeUsage;
}

export function jsonSchema(shape: Shape, options: JsonSchemaOptions = {}): JsonSchema {
  return schemaOf(shape, options.usage ?? 'response', null);
}

/** `name`: the property the value sits under (array items and union members keep it), for the literal rule. */
function schemaOf(shape: Shape, usage: TypeUsage, name: string | null): JsonSchema {
  switch (shape.kind) {
    case 'unknown':
      return {};
    case 'null':
    case 'boolean':
      return { type: shape.kind };
    case 'number':
      return { type: shape.integer ? 'integer' : 'number' };
    case 'string':
      return stringSchema(shape, usage, name);
    case 'array':
      return shape.items.kind === 'unknown' ? { type: 'array' } : { type: 'array', items: schemaOf(shape.items, usage, name) };
    case 'object':
      return objectSchema(shape.properties, usage);
    case 'union':
      return unionSchema(shape.members.map((member) => schemaOf(member, usage, name)));
  }
}

function stringSchema(shape: Extract<Shape, { kind: 'string' }>, usage: TypeUsage, name: string | null): JsonSchema {
  // A request's int64 field also takes a bigint, which goes out as a bare JSON number.
  if (shape.numeric !== undefined) return { type: shape.numeric === 'int64' && usage === 'request' ? ['integer', 'string'] : 'string', pattern: EXACT_NUMBER_PATTERNS[shape.numeric] };
  const schema: JsonSchema = { type: 'string' };
  // JSON Schema has one `format`; formats are listed in STRING_FORMATS order, so the first is the most specific.
  if (shape.formats.length > 0) schema.format = shape.formats[0]!;
  const literals = literalValues(shape, name, usage);
  if (literals !== null) schema['x-extensible-enum'] = [...literals];
  return schema;
}

function objectSchema(properties: readonly PropertyShape[], usage: TypeUsage): JsonSchema {
  if (properties.length === 0) return { type: 'object' };
  // Object.fromEntries defines own properties, so a key named `__proto__` stays a plain key.
  const schema: JsonSchema = { type: 'object', properties: Object.fromEntries(properties.map((p) => [p.name, schemaOf(p.shape, usage, p.name)])) };
  const required = properties.filter((p) => !p.optional).map((p) => p.name);
  if (required.length > 0) schema.required = required;
  schema.additionalProperties = false;
  return schema;
}

/** Only `type`: such members merge into one type array. */
function isBareType(schema: JsonSchema): schema is { type: JsonType } {
  return typeof schema.type === 'string' && Object.keys(schema).length === 1;
}

function unionSchema(members: JsonSchema[]): JsonSchema {
  const others = members.filter((m) => !(isBareType(m) && m.type === 'null'));
  const nullable = others.length < members.length;
  // T | null: T's own schema with 'null' in its type array (`properties`, `items`, `format` only apply to their own type).
  if (nullable && others.length === 1 && typeof others[0]!.type === 'string') return { ...others[0]!, type: [others[0]!.type, 'null'] };
  if (members.every(isBareType)) return { type: members.map((m) => m.type) };
  return { anyOf: members };
}
