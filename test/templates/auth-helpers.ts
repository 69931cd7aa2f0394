// Builds what the runtime's signers see, for the auth-*.test.ts vectors.
import { bodyBytes, type SigningRequest } from '../../templates/runtime/auth/request.js';

export async function signingRequest(fields: {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  /** Seconds since the epoch, or an ISO date. */
  time: number | string;
  nonce?: string;
}): Promise<SigningRequest> {
  return {
    method: fields.method,
    url: new URL(fields.url),
    headers: new Headers(fields.headers),
    body: await bodyBytes(fields.body),
    time: typeof fields.time === 'number' ? new Date(fields.time * 1000) : new Date(fields.time),
    nonce: fields.nonce ?? null,
  };
}
