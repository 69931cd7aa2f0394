export type PostforgeErrorCode = 'missing_path_param' | 'unknown_auth_scheme' | 'missing_credential' | 'invalid_credential' | 'missing_sign_hook' | 'body_not_allowed' | 'invalid_body';
export declare class PostforgeError extends Error {
    readonly name = "PostforgeError";
    readonly code: PostforgeErrorCode;
    constructor(code: PostforgeErrorCode, message: string);
}
