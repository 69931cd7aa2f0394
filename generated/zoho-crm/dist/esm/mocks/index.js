import { mockEndpoints } from './examples.js';
import { mswHandlers } from './msw.js';
export { examples } from './examples.js';
/** MSW handlers answering every endpoint under `options.baseUrl` with a saved example (per endpoint: `options.examples`, by name, status or index; default its first 2xx). Any other request under the base URL fails as a network error, reported with its method and path. */
export function handlers(options) {
    return mswHandlers(mockEndpoints, options);
}
