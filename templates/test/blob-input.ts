// Fixture inputs are JSON, and files are not: `{ "$blob": { text, type, filename? } }` stands for a
// Blob (a File when it has a name) and is turned into one here, just before the client is called.
import type { BlobInput, Fixture } from './fixture.js';

/** Blobs sit where a client takes them: the body itself, a field of it, or an element of a repeated field. */
export function withBlobs(input: Fixture['input']): Fixture['input'] {
  if (input.body === undefined) return input;
  const body = input.body;
  if (isBlobInput(body)) return { ...input, body: toBlob(body) };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return input;
  const fields = Object.entries(body).map(([name, value]) => [
    name,
    Array.isArray(value) ? value.map(fieldValue) : fieldValue(value),
  ]);
  return { ...input, body: Object.fromEntries(fields) };
}

function fieldValue(value: unknown): unknown {
  return isBlobInput(value) ? toBlob(value) : value;
}

function toBlob({ $blob: { text, type, filename } }: BlobInput): Blob {
  return filename === undefined ? new Blob([text], { type }) : new File([text], filename, { type });
}

function isBlobInput(value: unknown): value is BlobInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const blob = (value as { $blob?: unknown }).$blob;
  return (
    keys.length === 1 &&
    typeof blob === 'object' &&
    blob !== null &&
    typeof (blob as { text?: unknown }).text === 'string'
  );
}
