// Shape -> OpenAPI 3.1 schema (JSON Schema 2020-12): the same inferred shapes and the same literal
// rule as the TypeScript types (emit/render-type.ts), so the document and the client never disagree.
// Unlike emit/json-schema.ts (the contract check's strict schemas), objects stay open: a document
// describes an API that may add keys; the tests close them to prove every saved key is declared.
//
//   T | null                      { type: [T, 'null'] }
//   distinct kinds (string | T[])  { oneOf }: no value can match two members
//   overlapping (two objects)      { anyOf }
//   'a' | 'b' | (string & {})      { anyOf: [{ enum: ['a', 'b'] }, { type: 'string' }] }: an open enum
//   int64 beyond 2^53              { type: ['integer', 'string'], pattern }: a number on the wire, a string with every digit from the client
import { literalValues, type TypeUsage } from '../../infer/literal-union.js';
import type { ExactNumberKind, PropertyShape, Shape } from '../../infer/shape.js';
import { EXACT_NUMBER_PATTERNS } from '../json-schema.js';

/** An OpenAPI schema object: plain JSON data. */
export type Schema = { [keyword: string]: unknown };

const EXACT_NOTES: Record<ExactNumberKind, { wire: 'integer' | 'number'; note: string }> = {
  int64: { wire: 'integer', note: 'An integer beyond 2^53: postforge clients deliver it as a string with every digit.' },
  decimal: { wire: 'number', note: 'A decimal with more digits than a double holds: postforge clients deliver it as a string with every digit.' },
  float: { wire: 'number', note: 'A number beyond a double\'s range: postforge clients deliver it as a string with every digit.' },
};

export function shapeSchema(shape: Shape, usage: TypeUsage): Schema {
  return schemaOf(shape, usage, null);
}

function schemaOf(shape: Shape, usage: TypeUsage, name: string | null): Schema {
  switch (shape.kind) {
    case 'unknown':
      return {};
    case 'null':
      return { type: 'null' };
    case 'boolean':
      return { type: 'boolean' };
    case 'number':
      return { type: shape.integer ? 'integer' : 'number' };
    case 'string':
      return stringSchema(shape, usage, name);
    case 'array':
      return shape.items.kind === 'unknown' ? { type: 'array' } : { type: 'array', items: schemaOf(shape.items, usage, name) };
    case 'object':
      return objectSchema(shape.properties, usage);
    case 'union':
      return unionSchema(shape.members, usage, name);
  }
}

function stringSchema(shape: Extract<Shape, { kind: 'string' }>, usage: TypeUsage, name: string | null): Schema {
  if (shape.numeric !== undefined) {
    const { wire, note } = EXACT_NOTES[shape.numeric];
    return { type: [wire, 'string'], pattern: EXACT_NUMBER_PATTERNS[shape.numeric], description: note };
  }
  const schema: Schema = { type: 'string' };
  if (shape.formats.length > 0) schema['format'] = shape.formats[0]!;
  const literals = literalValues(shape, name, usage);
  return literals === null ? schema : { anyOf: [{ enum: [...literals] }, schema] };
}

function objectSchema(properties: readonly PropertyShape[], usage: TypeUsage): Schema {
  if (properties.length === 0) return { type: 'object' };
  // Object.fromEntries defines own properties, so a key named `__proto__` stays a plain key.
  const schema: Schema = { type: 'object', properties: Object.fromEntries(properties.map((p) => [p.name, schemaOf(p.shape, usage, p.name)])) };
  const required = properties.filter((p) => !p.optional).map((p) => p.name);
  if (required.length > 0) schema['required'] = required;
  return schema;
}

/** The JSON types a member accepts, or null when it may accept anything (`{}`, `anyOf`). */
function typesOf(schema: Schema): string[] | null {
  const type = schema['type'];
  if (typeof type === 'string') return type === 'number' ? ['number', 'integer'] : [type];
  if (Array.isArray(type)) return type.flatMap((t: string) => (t === 'number' ? ['number', 'integer'] : [t]));
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf)) {
    const all = anyOf.map((m) => typesOf(m as Schema));
    return all.every((t) => t !== null) ? [...new Set(all.flat())] : null;
  }
  return null;
}

function unionSchema(members: readonly Shape[], usage: TypeUsage, name: string | null): Schema {
  const schemas = members.map((m) => schemaOf(m, usage, name));
  const others = schemas.filter((s) => s['type'] !== 'null' || Object.keys(s).length !== 1);
  const nullable = others.length < schemas.length;
  if (nullable && others.length === 1) {
    const only = others[0]!;
    if (typeof only['type'] === 'string') return { ...only, type: [only['type'], 'null'] };
    if (Array.isArray(only['type'])) return { ...only, type: [...(only['type'] as string[]), 'null'] };
  }
  if (schemas.every((s) => typeof s['type'] === 'string' && Object.keys(s).length === 1)) return { type: schemas.map((s) => s['type']) };
  const types = schemas.map(typesOf);
  const seen = new Set<string>();
  const disjoint = types.every((t) => t !== null && t.every((x) => !seen.has(x) && (seen.add(x), true)));
  return disjoint ? { oneOf: schemas } : { anyOf: schemas };
}
