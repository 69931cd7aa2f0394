import type { HttpHandler } from 'msw';
import { type ExampleChoices } from './examples.js';
import { type MswMockOptions } from './msw.js';
export { examples, type ExampleChoices } from './examples.js';
export type { ExamplePick, ExamplePicks, SavedExample } from './saved-example.js';
export type MockOptions = MswMockOptions<ExampleChoices>;
/** MSW handlers answering every endpoint under `options.baseUrl` with a saved example (per endpoint: `options.examples`, by name, status or index; default its first 2xx). Any other request under the base URL fails as a network error, reported with its method and path. */
export declare function handlers(options: MockOptions): HttpHandler[];
