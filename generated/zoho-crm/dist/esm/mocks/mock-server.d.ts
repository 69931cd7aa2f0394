import { type UnmatchedReporter } from './responder.js';
import type { ExampleChoiceTable, ExamplePicks, MockEndpoint } from './saved-example.js';
export interface MockServerOptions<Choices extends ExampleChoiceTable> {
    /** Per endpoint: which saved example it answers with (default: its first 2xx, else its first). */
    readonly examples?: ExamplePicks<Choices>;
    /** A path the app's base URL puts before every endpoint path (`/v1`); none by default. */
    readonly basePath?: string;
    /** 0 (the default): any free port. */
    readonly port?: number;
    readonly onUnmatched?: UnmatchedReporter;
}
export interface MockServer<Choices extends ExampleChoiceTable> {
    /** `http://127.0.0.1:<port>`, plus the base path: pass it to createClient({ baseUrl }). */
    readonly url: string;
    /** Switches examples from now on (endpoints not named go back to their default). */
    use(examples: ExamplePicks<Choices>): void;
    /** `GET /path: why`, one per refused request, oldest first. */
    readonly unmatched: readonly string[];
    close(): Promise<void>;
}
export declare function startMockServer<Choices extends ExampleChoiceTable>(endpoints: readonly MockEndpoint[], options?: MockServerOptions<Choices>): Promise<MockServer<Choices>>;
