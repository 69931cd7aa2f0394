"use strict";
// One error class for everything the runtime refuses to do or could not finish, with a stable code
// so callers can branch on it without parsing messages. HTTP error statuses are NOT errors: they
// are returned. Messages name endpoints, schemes and header names, never a value that may be a
// credential, and `cause` is kept non-enumerable, so `JSON.stringify(error)` shows only name, code
// and message.
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostforgeError = void 0;
class PostforgeError extends Error {
    name = 'PostforgeError';
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
exports.PostforgeError = PostforgeError;
