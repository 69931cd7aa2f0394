// What a signer sees of the request it signs, and what it adds to it.
import { utf8, type Bytes } from './crypto.js';

export interface SigningRequest {
  /** Upper case. */
  readonly method: string;
  /** The URL as it will be sent, query included, before the signer adds anything. */
  readonly url: URL;
  readonly headers: Headers;
  /** The body's bytes; null for none; `unreadable` when only fetch knows them (FormData, streams). */
  readonly body: Bytes | null | 'unreadable';
  readonly time: Date;
  /** A nonce the caller fixed (tests); null: the signer makes a random one. */
  readonly nonce: string | null;
}

/** Headers to set and query parameters to add; each replaces any of the same name. */
export interface Signature {
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly query: ReadonlyArray<readonly [string, string]>;
}

/** The bytes fetch will send for `body`, where they can be known before sending. */
export async function bodyBytes(body: BodyInit | null | undefined): Promise<Bytes | null | 'unreadable'> {
  if (body === undefined || body === null) return null;
  if (typeof body === 'string') return utf8(body);
  if (body instanceof URLSearchParams) return utf8(body.toString());
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (body instanceof ArrayBuffer) return new Uint8Array(body.slice(0));
  if (ArrayBuffer.isView(body))
    return new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
  return 'unreadable';
}

/** The body as text, for signers that read form fields from it. */
export function bodyText(request: SigningRequest): string {
  return request.body === null || request.body === 'unreadable' ? '' : new TextDecoder().decode(request.body);
}
