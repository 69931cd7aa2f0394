import { type Bytes } from './crypto.js';
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
export declare function bodyBytes(body: BodyInit | null | undefined): Promise<Bytes | null | 'unreadable'>;
/** The body as text, for signers that read form fields from it. */
export declare function bodyText(request: SigningRequest): string;
