// One error class for everything the runtime refuses to do, with a stable code so callers can
// branch on it without parsing messages. HTTP error statuses are NOT errors: they are returned.
export class PostforgeError extends Error {
    name = 'PostforgeError';
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
