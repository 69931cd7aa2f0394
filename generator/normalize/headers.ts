// Request headers -> fixed headers, caller-supplied headers, and credentials. Credentials never
// stay headers: they become (or yield to) an auth scheme, so no secret is written into the client.
import type { HeaderParam } from '../model/types.js';
import { holdsCredential, isCredentialName, wholeVariable } from './variables.js';

export interface HeaderSplit {
  headers: HeaderParam[];
  /** An explicit `Authorization` (or other credential) header, if the item has one. */
  credentialHeaders: Array<{ name: string; value: string }>;
}

export function splitHeaders(list: ReadonlyArray<{ key: string; value: string; disabled: boolean; description: string | null }>): HeaderSplit {
  const headers: HeaderParam[] = [];
  const credentialHeaders: Array<{ name: string; value: string }> = [];
  for (const h of list) {
    if (h.key === '') continue;
    if (isCredentialHeader(h.key, h.value)) {
      if (!h.disabled) credentialHeaders.push({ name: h.key, value: h.value });
      continue;
    }
    const variable = wholeVariable(h.value);
    const role = h.disabled || variable !== null || h.value === '' ? 'param' : 'fixed';
    headers.push({ kind: 'header', name: h.key, role, value: h.value, required: role === 'param' && !h.disabled && h.value === '', description: h.description });
  }
  return { headers: dedupe(headers), credentialHeaders };
}

function isCredentialHeader(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'authorization' || lower === 'cookie' || lower === 'proxy-authorization' || isCredentialName(name) || holdsCredential(value);
}

/** The last header of a name wins, as on the wire when a client sets the same header twice. */
function dedupe(headers: HeaderParam[]): HeaderParam[] {
  const byName = new Map<string, HeaderParam>();
  for (const h of headers) byName.set(h.name.toLowerCase(), h);
  return [...byName.values()];
}
