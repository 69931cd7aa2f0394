import type { SavedExample } from './saved-example.js';
export interface ServedResponse {
    readonly status: number;
    readonly headers: Array<[string, string]>;
    /** Bytes, not a string: a string body would make `new Response` add `content-type: text/plain`, which a real server does not. */
    readonly body: Uint8Array<ArrayBuffer> | null;
}
/** `source` names the example in error messages. */
export declare function servedResponse(saved: Pick<SavedExample, 'status' | 'headers' | 'body'>, source: string): ServedResponse;
export declare function toFetchResponse(served: ServedResponse): Response;
