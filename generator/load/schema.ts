// Which Postman format a parsed file is in. v2.0 and v2.1 are read by the SDK; anything else is
// rejected with a reason that says how to re-export.
export type SchemaCheck = { kind: 'v2'; version: '2.0' | '2.1' } | { kind: 'v1' } | { kind: 'rejected'; reason: string; pointer: string };

export function detectSchema(raw: unknown): SchemaCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'rejected', reason: 'the file is not a JSON object', pointer: '' };
  }
  const doc = raw as Record<string, unknown>;
  const info = doc['info'] as Record<string, unknown> | undefined;
  const schema = typeof info?.['schema'] === 'string' ? info['schema'] : '';
  if (/\/v2\.1\.\d+\//.test(schema)) return checkItems(doc, '2.1');
  if (/\/v2\.0\.\d+\//.test(schema)) return checkItems(doc, '2.0');
  if (Array.isArray(doc['requests']) && !('item' in doc)) return { kind: 'v1' };
  if (info && Array.isArray(doc['item'])) return checkItems(doc, '2.1');
  return { kind: 'rejected', reason: 'no `info.schema` naming collection v2.0 or v2.1 and no `item` array', pointer: '/info/schema' };
}

function checkItems(doc: Record<string, unknown>, version: '2.0' | '2.1'): SchemaCheck {
  if (!Array.isArray(doc['item'])) return { kind: 'rejected', reason: '`item` must be an array', pointer: '/item' };
  return { kind: 'v2', version };
}
