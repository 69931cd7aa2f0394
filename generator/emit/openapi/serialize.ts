// The document as file text: JSON (two-space indent) or YAML, chosen by the file's extension.
import { stringify } from 'yaml';
import type { Json } from './operations.js';

export type OpenApiFormat = 'json' | 'yaml';

/** `.json`, `.yaml`, `.yml`; null for any other extension. */
export function formatOf(file: string): OpenApiFormat | null {
  const lower = file.toLowerCase();
  return lower.endsWith('.json') ? 'json' : lower.endsWith('.yaml') || lower.endsWith('.yml') ? 'yaml' : null;
}

export function serialize(document: Json, format: OpenApiFormat): string {
  // No anchors or aliases: every reader gets plain YAML, and no `lineWidth` folding, so long descriptions stay one scalar.
  return format === 'json' ? JSON.stringify(document, null, 2) + '\n' : stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}
