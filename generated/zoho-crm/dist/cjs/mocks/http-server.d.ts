import type { ServedResponse } from './served-response.js';
export interface IncomingCall {
    readonly method: string;
    /** The request target as sent (`/a/b?x=1`), percent-escapes kept. */
    readonly target: string;
    readonly headers: Headers;
    readonly body: Uint8Array<ArrayBuffer>;
}
export type CallHandler = (call: IncomingCall) => ServedResponse | null | Promise<ServedResponse | null>;
export interface HttpServer {
    /** `http://127.0.0.1:<port>` */
    readonly origin: string;
    close(): Promise<void>;
}
export declare function startHttpServer(handle: CallHandler, port?: number): Promise<HttpServer>;
