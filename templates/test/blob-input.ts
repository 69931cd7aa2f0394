// Fixture inputs are JSON, and files are not: `{ "$blob": { text, type, filename? } }` stands for a
// Blob (a File when it has a name) and is turned into one here, just before the client is called.
import type { BlobInput, Fixture } from './fixture.js';

/**
 * What `withBlobs` makes of an input, at the type level: test/types.check.ts checks each saved
 * request's input, as its fixture file holds it (typed JSON), against the endpoint's params type.
 */
export type WithBlobs<Input> = { [K in keyof Input]: K extends 'body' ? BodyWithBlobs<Input[K]> : Input[K] };

type BodyWithBlobs<Body> = Body extends BlobJson
  ? BlobOf<Body>
  : Body extends readonly unknown[]
    ? Body
    : Body extends object
      ? { [K in keyof Body]: Body[K] extends readonly (infer E)[] ? Array<BlobOf<E>> : BlobOf<Body[K]> }
      : Body;

/** A `$blob` stands for a File when it has a filename, else for a Blob. */
type BlobOf<Value> = Value extends BlobJson ? (Value['$blob'] extends { filename: string } ? File : Blob) : Value;

type BlobJson = { $blob: { text: string; type: string } };

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
