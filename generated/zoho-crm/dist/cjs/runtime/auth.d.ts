import { type Signature } from './auth/request.js';
import type { Signers } from './auth/types.js';
import type { AuthSchemeSpec } from './spec.js';
/** What the caller passed for a scheme: checked here, since each scheme takes its own shape. */
export type AnyCredential = unknown;
/** What to set on the request; `hook` means the client's `sign` hook must sign the built Request. */
export type AuthPlacement = ({
    readonly in: 'request';
} & Signature) | {
    readonly in: 'hook';
};
/** The request as built so far, before auth: what the signers sign. */
export interface AuthContext {
    readonly method: string;
    readonly url: string;
    readonly headers: Headers;
    readonly body: BodyInit | undefined;
    readonly clock?: (() => Date) | undefined;
    readonly nonce?: (() => string) | undefined;
    readonly signers: Signers;
}
export declare function placeAuth(key: string, scheme: AuthSchemeSpec, credential: AnyCredential, endpoint: string, context: AuthContext): Promise<AuthPlacement>;
/** Applies a placement, replacing what was there. */
export declare function applyPlacement(placement: AuthPlacement, headers: Headers, query: URLSearchParams): void;
/** btoa only takes Latin-1, so encode to UTF-8 bytes first (passwords may hold any character). */
export declare function base64Utf8(text: string): string;
