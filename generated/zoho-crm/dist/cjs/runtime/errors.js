"use strict";
// One error class for everything the runtime refuses to do, with a stable code so callers can
// branch on it without parsing messages. HTTP error statuses are NOT errors: they are returned.
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostforgeError = void 0;
class PostforgeError extends Error {
    name = 'PostforgeError';
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
exports.PostforgeError = PostforgeError;
