// The shape of the JSON fixture files the generator writes under test/fixtures/, one file per
// endpoint. Expectations come from the saved example, never from running the client.
//
// Files cannot be JSON: wherever the client takes a Blob, the fixture's input holds
// `{ "$blob": { "text": "...", "type": "...", "filename"?: "..." } }`, which the harness turns into a
// Blob (a File when it has a filename) before calling the client. Files Postman saved by path are
// never read: their fixtures carry a small placeholder text and the file's name only.

/** A fixture file as loaded by the harness. */
export interface FixtureFile {
  /** The endpoint's exported function name. */
  readonly operation: string;
  readonly fixtures: readonly Fixture[];
}

/**
 * A fixture file as written: fixtures keyed by their index (`"0"`, `"1"`, ...), not in an array,
 * so a typed JSON import keeps each fixture's own type and test/types.check.ts can check every
 * saved body against the type of its status.
 */
export interface FixtureFileJson {
  readonly operation: string;
  readonly fixtures: Readonly<Record<string, FixtureJson>>;
}

/**
 * A fixture as written: instead of the response, the position of the saved example it serves among
 * the endpoint's examples in src/mocks/examples.ts (null: no saved example, the endpoint's own
 * request is tested), so the saved responses are written once, for the tests and the mocks.
 */
export type FixtureJson = Omit<Fixture, 'response'>;

export interface Fixture {
  /** The saved example's name. */
  readonly name: string;
  /** Its position among the endpoint's saved examples (src/mocks/examples.ts); null: none saved, the endpoint's own request is tested. */
  readonly example: number | null;
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
    readonly body: ExpectedBody | null;
  };
  /** The response to serve, as saved (credentials redacted): joined in from src/mocks/examples.ts. */
  readonly response: {
    readonly status: number;
    readonly headers: ReadonlyArray<readonly [string, string]>;
    readonly body: string;
  };
  /** What the client must return as `data`: the parsed JSON body, the text, or null when empty. */
  readonly data: unknown;
}

/** The body that must go out. */
export type ExpectedBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly value: string }
  /** `application/x-www-form-urlencoded`: the fields as name/value pairs, in order. */
  | { readonly kind: 'form'; readonly value: ReadonlyArray<readonly [string, string]> }
  /** `multipart/form-data`: the parts in order, text or file. */
  | { readonly kind: 'multipart'; readonly value: readonly MultipartPart[] }
  /** A file sent as the whole body: its size in bytes and the content type it goes out with. */
  | { readonly kind: 'binary'; readonly value: { readonly size: number; readonly type: string } };

export type MultipartPart =
  | { readonly name: string; readonly text: string }
  | {
      readonly name: string;
      readonly file: { readonly filename: string; readonly type: string; readonly size: number };
    };

/** A file in a fixture's input (see the top of this file). */
export interface BlobInput {
  readonly $blob: { readonly text: string; readonly type: string; readonly filename?: string };
}
