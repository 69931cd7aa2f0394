// The shape of the JSON fixture files the generator writes under test/fixtures/, one file per
// endpoint. Expectations come from the saved example, never from running the client.

export interface FixtureFile {
  /** The endpoint's exported function name. */
  readonly operation: string;
  readonly fixtures: readonly Fixture[];
}

export interface Fixture {
  /** The saved example's name. */
  readonly name: string;
  /** `Folder / Item` path and JSON pointer of the example in the collection, for failure messages. */
  readonly source: string;
  /** `request`: the example's own request can be made by this endpoint, so it is asserted; `response-only`: it cannot (see `note`). */
  readonly mode: 'request' | 'response-only';
  readonly note: string | null;
  /** The params passed to the generated function. */
  readonly input: {
    readonly path?: Readonly<Record<string, string>>;
    readonly query?: Readonly<Record<string, string | readonly string[]>>;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: unknown;
  };
  /** The request that must go out; headers are lower-cased and only those listed are checked. */
  readonly request: {
    readonly method: string;
    /** Path without the base URL, as sent on the wire. */
    readonly path: string;
    readonly query: ReadonlyArray<readonly [string, string]>;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: { readonly kind: 'json'; readonly value: unknown } | { readonly kind: 'text'; readonly value: string } | null;
  };
  /** The response to serve, as saved (credentials redacted). */
  readonly response: {
    readonly status: number;
    readonly headers: ReadonlyArray<readonly [string, string]>;
    readonly body: string;
  };
  /** What the client must return as `data`: the parsed JSON body, the text, or null when empty. */
  readonly data: unknown;
}
