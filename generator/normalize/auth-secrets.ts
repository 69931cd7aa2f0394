// Credentials written as literals in auth blocks. auth.ts never copies them (callers pass their
// own), but collections often paste the same token into a header, a URL or an example as well:
// there it is a known secret, replaced like a secret variable's value.
import { secretKey } from './secrets.js';

/** Every literal value of a secret-named auth parameter (and an apikey block's value), anywhere in the collection. */
export function authBlockSecrets(root: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const record = node as Record<string, unknown>;
    const auth = record['auth'];
    if (auth !== null && typeof auth === 'object' && !Array.isArray(auth)) found.push(...blockSecrets(auth as Record<string, unknown>));
    stack.push(...Object.values(record));
  }
  return found;
}

function blockSecrets(auth: Record<string, unknown>): string[] {
  const type = auth['type'];
  if (typeof type !== 'string') return [];
  const params = auth[type];
  // v2.1 writes `[{ key, value }]`, v2.0 sometimes a plain object map.
  const pairs: Array<[unknown, unknown]> = Array.isArray(params)
    ? params.map((p) => (p !== null && typeof p === 'object' ? [(p as Record<string, unknown>)['key'], (p as Record<string, unknown>)['value']] : [null, null]))
    : params !== null && typeof params === 'object'
      ? Object.entries(params as Record<string, unknown>)
      : [];
  return pairs.flatMap(([key, value]) =>
    typeof key === 'string' && typeof value === 'string' && (secretKey(key) === 'strong' || (type === 'apikey' && key === 'value')) ? [value] : [],
  );
}
