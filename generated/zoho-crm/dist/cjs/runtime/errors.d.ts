export type PostforgeErrorCode = 
/** A path parameter is missing or empty. */
'missing_path_param'
/** A path parameter is `.` or `..`, which URL parsers resolve (even as `%2e`): it would change the path. */
 | 'invalid_path_param'
/** A header name is not an HTTP token, or a value holds CR, LF, NUL or characters beyond Latin-1 (fetch would reject it). */
 | 'invalid_header'
/** The base URL is not an absolute URL, or holds a username or password (fetch refuses those; pass credentials as auth). */
 | 'invalid_url' | 'unknown_auth_scheme' | 'missing_credential' | 'invalid_credential' | 'missing_sign_hook'
/** A signed scheme whose signer the client was not given (a hand-made runtime config). */
 | 'missing_signer' | 'body_not_allowed' | 'invalid_body'
/** An attempt ran past `timeout` (after the retries); `cause` is the abort reason. */
 | 'timeout'
/** The connection failed or dropped (after the retries); `cause` is what fetch threw. */
 | 'connection'
/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
 | 'aborted';
export declare class PostforgeError extends Error {
    readonly name = "PostforgeError";
    readonly code: PostforgeErrorCode;
    constructor(code: PostforgeErrorCode, message: string, options?: {
        cause?: unknown;
    });
}
