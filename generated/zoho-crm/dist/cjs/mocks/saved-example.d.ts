import type { EndpointSpec } from '../runtime/index.js';
/** One saved example response, as the collection saved it (credentials already redacted). */
export interface SavedExample {
    readonly name: string;
    readonly status: number;
    readonly headers: ReadonlyArray<readonly [string, string]>;
    /** The saved body text, served byte for byte (an int64 keeps every digit). */
    readonly body: string;
}
/** An endpoint as the mocks see it: the client's own spec, so a mock and the client never disagree. */
export interface MockEndpoint {
    /** The endpoint's exported function name. */
    readonly operation: string;
    readonly spec: EndpointSpec;
    /** Query parameters every request of this endpoint carries (credentials aside). */
    readonly requiredQuery: readonly string[];
    readonly examples: readonly SavedExample[];
}
/**
 * One entry of the mocks' endpoint table. Each entry is made by this call rather than written as an
 * object literal, so the table is typed `MockEndpoint` entry by entry: an array literal of a
 * thousand distinct spec types makes TypeScript compare each with every other (seconds per build).
 */
export declare function mockEndpoint(operation: string, spec: EndpointSpec, requiredQuery: readonly string[], examples: readonly SavedExample[]): MockEndpoint;
/** Which saved example an endpoint answers with. */
export type ExamplePick<Name extends string = string, Status extends number = number> = {
    readonly name: Name;
} | {
    readonly status: Status;
}
/** Position among the endpoint's saved examples, from 0, as `examples.<operation>` lists them. */
 | {
    readonly index: number;
};
/** Per endpoint (by function name), the example's names and statuses, for typed picks. */
export type ExampleChoiceTable = {
    readonly [operation: string]: {
        readonly name: string;
        readonly status: number;
    };
};
export type ExamplePicks<Choices extends ExampleChoiceTable> = {
    readonly [Operation in keyof Choices]?: ExamplePick<Choices[Operation]['name'], Choices[Operation]['status']>;
};
/**
 * The example each endpoint answers with. A pick that names no saved example throws here, when the
 * mocks are made, listing what there is: a typo fails the test setup, not a request later.
 */
export declare function chooseExamples(endpoints: readonly MockEndpoint[], picks?: Readonly<Record<string, ExamplePick | undefined>>): Map<string, SavedExample | null>;
/** null: the endpoint has no saved example, and no pick asked for one. */
export declare function chooseExample(endpoint: MockEndpoint, pick: ExamplePick | undefined): SavedExample | null;
