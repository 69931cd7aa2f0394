import type { EndpointSpec } from '../runtime/index.js';
import { type Root } from './match.js';
import { type ExamplePick, type MockEndpoint } from './saved-example.js';
import { type ServedResponse } from './served-response.js';
export type Answer = {
    readonly kind: 'outside';
} | {
    readonly kind: 'refused';
    readonly message: string;
} | {
    readonly kind: 'serve';
    readonly operation: string;
    readonly served: ServedResponse;
};
/** How an unmatched request is reported besides failing it; console.error by default. */
export type UnmatchedReporter = (message: string) => void;
/** `headers`: the request's, to tell apart endpoints on the same method and path (see resolveRequest). */
export type Responder = (method: string, url: URL, headers?: Headers) => Answer;
/** Picks are checked now (see chooseExamples); the answers are built once. */
export declare function mockResponder(endpoints: readonly MockEndpoint[], picks: Readonly<Record<string, ExamplePick | undefined>> | undefined, rootFor: (spec: EndpointSpec) => Root): Responder;
