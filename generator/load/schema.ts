// Which Postman format a parsed file is in. v2.0 and v2.1 are read as they are, v1 is converted.
// Anything with a list of items, or an `info` naming a Postman schema, is read as a collection
// (shape problems are then reported part by part); only input that cannot mean a collection is
// rejected, with a reason that says what the file is instead.
export type SchemaCheck = { kind: 'v2'; version: '2.0' | '2.1' } | { kind: 'v1' } | { kind: 'rejected'; reason: string; pointer: string };

export function detectSchema(raw: unknown): SchemaCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'rejected', reason: `the file is not a JSON object: it holds ${kindOf(raw)}, and a collection is an object with \`info\` and \`item\``, pointer: '' };
  }
  const doc = raw as Record<string, unknown>;
  const info = typeof doc['info'] === 'object' && doc['info'] !== null ? (doc['info'] as Record<string, unknown>) : undefined;
  const schema = typeof info?.['schema'] === 'string' ? info['schema'] : '';
  const hasItems = Array.isArray(doc['item']) || Array.isArray(doc['items']);
  if (/\/v2\.1\.\d+\//.test(schema)) return { kind: 'v2', version: '2.1' };
  if (/\/v2\.0\.\d+\//.test(schema)) return { kind: 'v2', version: '2.0' };
  if (Array.isArray(doc['requests']) && !hasItems) return { kind: 'v1' };
  if (hasItems || /schema\.getpostman\.com|postman/i.test(schema)) return { kind: 'v2', version: '2.1' };
  return { kind: 'rejected', reason: notACollection(doc), pointer: '' };
}

/** What the object is instead, as far as can be told. */
function notACollection(doc: Record<string, unknown>): string {
  if (typeof doc['openapi'] === 'string' || typeof doc['swagger'] === 'string') return 'this is an OpenAPI (Swagger) document, not a Postman collection';
  if (Array.isArray(doc['values'])) return 'this looks like a Postman environment (it has `values`), not a collection; pass it with --env';
  const keys = Object.keys(doc).slice(0, 5).map((k) => JSON.stringify(k));
  return `no \`item\` list of requests and folders, no \`info.schema\` naming a Postman format and no v1 \`requests\` list (the object's keys: ${keys.length ? keys.join(', ') : 'none'})`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
