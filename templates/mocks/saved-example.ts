// The saved example responses the package's mocks serve (and its own tests serve too), and how an
// app picks one per endpoint: by name, by status, or by position; by default the first 2xx.
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
export function mockEndpoint(
  operation: string,
  spec: EndpointSpec,
  requiredQuery: readonly string[],
  examples: readonly SavedExample[],
): MockEndpoint {
  return { operation, spec, requiredQuery, examples };
}

/** Which saved example an endpoint answers with. */
export type ExamplePick<Name extends string = string, Status extends number = number> =
  | { readonly name: Name }
  | { readonly status: Status }
  /** Position among the endpoint's saved examples, from 0, as `examples.<operation>` lists them. */
  | { readonly index: number };

/** Per endpoint (by function name), the example's names and statuses, for typed picks. */
export type ExampleChoiceTable = { readonly [operation: string]: { readonly name: string; readonly status: number } };

export type ExamplePicks<Choices extends ExampleChoiceTable> = {
  readonly [Operation in keyof Choices]?: ExamplePick<Choices[Operation]['name'], Choices[Operation]['status']>;
};

/**
 * The example each endpoint answers with. A pick that names no saved example throws here, when the
 * mocks are made, listing what there is: a typo fails the test setup, not a request later.
 */
export function chooseExamples(
  endpoints: readonly MockEndpoint[],
  picks: Readonly<Record<string, ExamplePick | undefined>> = {},
): Map<string, SavedExample | null> {
  const known = new Set(endpoints.map((e) => e.operation));
  for (const operation of Object.keys(picks)) {
    if (!known.has(operation)) throw new Error(`postforge mocks: no endpoint is called "${operation}".`);
  }
  // Own keys only: an endpoint called `constructor` must not pick up Object.prototype's.
  return new Map(
    endpoints.map((e) => [
      e.operation,
      chooseExample(e, Object.hasOwn(picks, e.operation) ? picks[e.operation] : undefined),
    ]),
  );
}

/** null: the endpoint has no saved example, and no pick asked for one. */
export function chooseExample(endpoint: MockEndpoint, pick: ExamplePick | undefined): SavedExample | null {
  const { examples } = endpoint;
  if (pick === undefined) return examples.find((e) => e.status >= 200 && e.status < 300) ?? examples[0] ?? null;
  const found =
    'index' in pick
      ? examples[pick.index]
      : 'name' in pick
        ? examples.find((e) => e.name === pick.name)
        : examples.find((e) => e.status === pick.status);
  if (found) return found;
  const saved =
    examples.length === 0 ? 'none' : examples.map((e, i) => `[${i}] ${e.status} ${JSON.stringify(e.name)}`).join(', ');
  throw new Error(
    `postforge mocks: ${endpoint.operation} has no saved example ${JSON.stringify(pick)}; saved: ${saved}.`,
  );
}
