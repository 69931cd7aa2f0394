import { type HttpHandler } from 'msw';
import { type UnmatchedReporter } from './responder.js';
import type { ExampleChoiceTable, ExamplePicks, MockEndpoint } from './saved-example.js';
export interface MswMockOptions<Choices extends ExampleChoiceTable> {
    /** The base URL the app's client is made with, e.g. `https://www.zohoapis.com`. */
    readonly baseUrl: string;
    /** Per endpoint: which saved example it answers with (default: its first 2xx, else its first). */
    readonly examples?: ExamplePicks<Choices>;
    readonly onUnmatched?: UnmatchedReporter;
}
export declare function mswHandlers<Choices extends ExampleChoiceTable>(endpoints: readonly MockEndpoint[], options: MswMockOptions<Choices>): HttpHandler[];
