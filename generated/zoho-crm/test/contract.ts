// The contract check's validator: a live response's data against the JSON Schema (2020-12 subset)
// postforge inferred for its status, from the same shapes as the TypeScript types. It lists every
// difference with its JSON path (RFC 9535 normalized paths, shorthand where a name allows:
// `$.data[0].code`, `$['Lead Status']`). No dependency: it runs in the package's tests.
//
// Errors are what the TypeScript type rejects: a missing required field, a field the type does not
// have, a changed type, a status no saved example had. Info is what only the schema's finer notes
// say (the TypeScript type takes the value): a new value of an open vocabulary, a string that lost
// its format, a fraction where every sample was an integer.

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

/** The subset generator/emit/json-schema.ts writes. */
export interface JsonSchema {
  readonly type?: JsonType | readonly JsonType[];
  readonly format?: string;
  readonly pattern?: string;
  readonly 'x-extensible-enum'?: readonly string[];
  readonly items?: JsonSchema;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean;
  readonly anyOf?: readonly JsonSchema[];
}

export type DifferenceKind =
  'missing-field' | 'new-field' | 'type-changed' | 'unknown-status' | 'new-value' | 'format-changed';

export interface Difference {
  readonly kind: DifferenceKind;
  readonly severity: 'error' | 'info';
  /** Where, as a JSON path from the response data (`$`). */
  readonly path: string;
  /** What the inferred type says, and what came back (JSON types, values, statuses). */
  readonly expected: string;
  readonly actual: string;
}

const SEVERITY: Record<DifferenceKind, Difference['severity']> = {
  'missing-field': 'error',
  'new-field': 'error',
  'type-changed': 'error',
  'unknown-status': 'error',
  'new-value': 'info',
  'format-changed': 'info',
};

/** Keep in step with generator/infer/string-format.ts (test/templates/contract.test.ts compares them). */
export const FORMAT_PATTERNS: Readonly<Record<string, RegExp>> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  'date-time':
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/,
  email: /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/,
  uri: /^https?:\/\/[^\s/?#]+[^\s]*$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/**
 * A response against the schemas of its endpoint, by status (`"200"`, …): a status without one is
 * `unknown-status` and its body is not checked, since nothing says what it should be.
 */
export function checkResponse(
  responses: Readonly<Record<string, JsonSchema>>,
  status: number,
  data: unknown,
): Difference[] {
  const schema = Object.hasOwn(responses, String(status)) ? responses[String(status)] : undefined;
  if (schema === undefined) {
    const known = Object.keys(responses);
    return [
      difference(
        'unknown-status',
        '$',
        known.length ? `one of ${known.join(', ')}` : 'no saved status',
        String(status),
      ),
    ];
  }
  return validate(schema, data);
}

/** Every difference between `value` and `schema`, in schema order, then new fields in the value's order. */
export function validate(schema: JsonSchema, value: unknown, path = '$'): Difference[] {
  if (schema.anyOf !== undefined) return closestBranch(schema.anyOf, value, path);
  const types = typesOf(schema);
  const actual = jsonTypeOf(value);
  if (types !== null && !accepts(types, actual)) return [difference('type-changed', path, types.join(' | '), actual)];
  const out: Difference[] = [];
  if (types !== null && actual === 'number' && !types.includes('number'))
    out.push(difference('format-changed', path, 'integer', String(value)));
  if (typeof value === 'string') out.push(...checkString(schema, value, path));
  if (Array.isArray(value) && schema.items !== undefined) {
    value.forEach((item, i) => out.push(...validate(schema.items!, item, `${path}[${i}]`)));
  }
  if (actual === 'object') out.push(...checkObject(schema, value as Record<string, unknown>, path));
  return out;
}

function checkString(schema: JsonSchema, value: string, path: string): Difference[] {
  const out: Difference[] = [];
  const format = schema.format === undefined ? undefined : FORMAT_PATTERNS[schema.format];
  if (format !== undefined && !format.test(value))
    out.push(difference('format-changed', path, `format ${schema.format}`, JSON.stringify(value)));
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
    out.push(difference('format-changed', path, `pattern ${schema.pattern}`, JSON.stringify(value)));
  const known = schema['x-extensible-enum'];
  if (known !== undefined && !known.includes(value))
    out.push(
      difference('new-value', path, `one of ${known.map((v) => JSON.stringify(v)).join(', ')}`, JSON.stringify(value)),
    );
  return out;
}

function checkObject(schema: JsonSchema, value: Readonly<Record<string, unknown>>, path: string): Difference[] {
  const out: Difference[] = [];
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(properties)) {
    const at = memberPath(path, key);
    if (Object.hasOwn(value, key)) out.push(...validate(property, value[key], at));
    else if (required.has(key)) out.push(difference('missing-field', at, describe(property), 'absent'));
  }
  if (schema.additionalProperties === false) {
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key))
        out.push(difference('new-field', memberPath(path, key), 'absent', jsonTypeOf(value[key])));
    }
  }
  return out;
}

/**
 * A union: valid when some branch has no error (its info notes are kept). Otherwise the closest
 * branch's differences, the first of those whose type matches with the fewest errors; when no
 * branch's type matches, one `type-changed` naming them all.
 */
function closestBranch(branches: readonly JsonSchema[], value: unknown, path: string): Difference[] {
  const actual = jsonTypeOf(value);
  let best: Difference[] | null = null;
  let bestErrors = Infinity;
  for (const branch of branches) {
    const found = validate(branch, value, path);
    const errors = found.filter((d) => d.severity === 'error').length;
    const types = typesOf(branch);
    if (errors === 0) return found;
    if ((types === null || accepts(types, actual)) && errors < bestErrors) {
      best = found;
      bestErrors = errors;
    }
  }
  return best ?? [difference('type-changed', path, branches.map(describe).join(' | '), actual)];
}

function typesOf(schema: JsonSchema): readonly JsonType[] | null {
  if (schema.type === undefined) return null;
  return typeof schema.type === 'string' ? [schema.type] : schema.type;
}

/** An integer is a number too; a fraction where only `integer` is allowed is a note, not a type change (TypeScript has one `number`). */
function accepts(types: readonly JsonType[], actual: ValueType): boolean {
  return (
    (types as readonly ValueType[]).includes(actual) ||
    (actual === 'integer' && types.includes('number')) ||
    (actual === 'number' && types.includes('integer'))
  );
}

/** What a value is: a JSON type, or (never in decoded JSON) its JavaScript type. */
export type ValueType = JsonType | 'undefined' | 'bigint' | 'function' | 'symbol';

/** `integer` for whole numbers, so a report can say `number` only where a fraction came back. */
export function jsonTypeOf(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return typeof value;
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    case 'object':
      return 'object';
    default:
      return typeof value;
  }
}

function describe(schema: JsonSchema): string {
  if (schema.anyOf !== undefined) return schema.anyOf.map(describe).join(' | ');
  const types = typesOf(schema);
  return types === null ? 'any' : types.join(' | ');
}

/** `$.name` when the name is a shorthand (RFC 9535: a letter or `_`, then letters, digits, `_`), else `$['na me']`. */
export function memberPath(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return `${path}.${key}`;
  const escaped = key
    .replace(/[\\']/g, (c) => `\\${c}`)
    .replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${path}['${escaped}']`;
}

function difference(kind: DifferenceKind, path: string, expected: string, actual: string): Difference {
  return { kind, severity: SEVERITY[kind], path, expected, actual };
}

const LABELS: Record<DifferenceKind, string> = {
  'missing-field': 'missing field',
  'new-field': 'new field',
  'type-changed': 'type changed',
  'unknown-status': 'unknown status',
  'new-value': 'new value',
  'format-changed': 'format changed',
};

/** One line per difference: `error  type changed  $.data[0].code: expected string, got integer`. */
export function formatDifferences(differences: readonly Difference[]): string {
  return differences
    .map(
      (d) =>
        `${d.severity === 'error' ? 'error' : 'info '}  ${LABELS[d.kind]}  ${d.path}: expected ${d.expected}, got ${d.actual}`,
    )
    .join('\n');
}
