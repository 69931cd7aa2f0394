// One error class for everything the runtime refuses to do, with a stable code so callers can
// branch on it without parsing messages. HTTP error statuses are NOT errors: they are returned.

export type PostforgeErrorCode =
  | 'missing_path_param'
  | 'unknown_auth_scheme'
  | 'missing_credential'
  | 'invalid_credential'
  | 'missing_sign_hook'
  | 'body_not_allowed'
  | 'invalid_body';

export class PostforgeError extends Error {
  override readonly name = 'PostforgeError';
  readonly code: PostforgeErrorCode;

  constructor(code: PostforgeErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
