import { type ExampleChoices } from './examples.js';
import { type MockServer as Server, type MockServerOptions as ServerOptions } from './mock-server.js';
export { examples, type ExampleChoices } from './examples.js';
export type { ExamplePick, ExamplePicks, SavedExample } from './saved-example.js';
export type MockServer = Server<ExampleChoices>;
export type MockServerOptions = ServerOptions<ExampleChoices>;
/** A node:http server on 127.0.0.1 answering every endpoint with a saved example (per endpoint: `options.examples`; switch later with `server.use`). Any other request has its connection dropped and is reported with its method and path (and kept in `server.unmatched`). */
export declare function startMockServer(options?: MockServerOptions): Promise<MockServer>;
