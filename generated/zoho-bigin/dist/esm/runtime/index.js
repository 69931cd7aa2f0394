// The runtime's public surface, re-exported by the generated package.
export { createRuntime } from './client.js';
export { PostforgeError } from './errors.js';
