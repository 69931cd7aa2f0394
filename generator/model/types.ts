// The endpoint model: plain data, `kind` first, no classes and no rendered code.
// Every node that came from the collection keeps where it came from.

/** Where a node came from: the file, the item path (folder names and item name) and a JSON pointer. */
export interface SourceRef {
  file: string;
  itemPath: readonly string[];
  pointer: string;
}

export interface ApiModel {
  kind: 'api';
  /** The collection's own name (`info.name`). */
  title: string;
  description: string | null;
  source: SourceRef;
  /** The variable the base URL comes from (`api-domain` for `{{api-domain}}`), if the hosts use one. */
  baseUrl: BaseUrlModel;
  environments: EnvironmentModel[];
  /** Auth schemes used by at least one endpoint, deduplicated, in first-use order. */
  authSchemes: AuthScheme[];
  folders: FolderModel[];
  endpoints: EndpointModel[];
}

export interface BaseUrlModel {
  kind: 'baseUrl';
  /** `{{api-domain}}` or `https://api.example.com`: the raw host part shared by the endpoints. */
  template: string;
  variable: string | null;
  /** The collection variable's value, if it has one. */
  defaultValue: string | null;
}

export interface EnvironmentModel {
  kind: 'environment';
  name: string;
  baseUrl: string;
  source: SourceRef;
}

export interface FolderModel {
  kind: 'folder';
  /** Folder names from the collection root down to this folder. */
  path: readonly string[];
  description: string | null;
  source: SourceRef;
}

export interface EndpointModel {
  kind: 'endpoint';
  /** The item's id, or a deterministic key from its position when it has none. */
  id: string;
  name: string;
  /** Folder names from the root to the item's parent. */
  folderPath: readonly string[];
  description: string | null;
  method: string;
  path: PathSegment[];
  query: QueryParam[];
  headers: HeaderParam[];
  auth: AuthRef;
  body: RequestBody;
  examples: ExampleModel[];
  source: SourceRef;
}

export type PathSegment =
  | { kind: 'literal'; value: string }
  | {
      kind: 'param';
      /** The name as written: `record-id` for `{{record-id}}`, `module_api_name` for `:module_api_name`. */
      name: string;
      /** `:id`, `{{id}}`, or a placeholder someone typed by hand: `<id>` or `{id}`. */
      style: 'colon' | 'variable' | 'placeholder';
      /** Literal text around the parameter in its segment: `users('` and `')` for `users('{{UserName}}')`. */
      prefix: string;
      suffix: string;
      /** A value to use in docs and fixtures: the param's or variable's value, when the collection gives one. */
      example: string | null;
      description: string | null;
    };

export interface QueryParam {
  kind: 'query';
  name: string;
  /** Disabled in the collection: the client may send it; it is never required. */
  required: boolean;
  example: string | null;
  description: string | null;
  /** A value that holds a credential variable: sent by the auth layer, not by callers. */
  credential: boolean;
}

export interface HeaderParam {
  kind: 'header';
  name: string;
  /** `fixed`: always sent with this value; `param`: the caller passes it; `credential`: a secret the auth layer owns. */
  role: 'fixed' | 'param' | 'credential';
  value: string;
  required: boolean;
  description: string | null;
}

/** An endpoint's auth: a scheme from `ApiModel.authSchemes`, by its key, or none. */
export type AuthRef = { kind: 'none' } | { kind: 'scheme'; key: string };

export type AuthScheme =
  | { kind: 'bearer'; key: string; prefix: string; source: SourceRef }
  | { kind: 'oauth2'; key: string; prefix: string; addTo: 'header' | 'query'; source: SourceRef }
  | { kind: 'basic'; key: string; source: SourceRef }
  | { kind: 'apikey'; key: string; name: string; addTo: 'header' | 'query'; source: SourceRef }
  | { kind: 'unsupported'; key: string; type: string; source: SourceRef };

export type RequestBody =
  | { kind: 'none' }
  | {
      kind: 'json';
      contentType: string;
      /** The request's own body first, then each example's originalRequest body that parsed. */
      samples: JsonSample[];
    }
  | { kind: 'text'; contentType: string; sample: string | null };

/** A parsed JSON document and where it was read from. */
export interface JsonSample {
  kind: 'json-sample';
  value: JsonValue;
  source: SourceRef;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface ExampleModel {
  kind: 'example';
  name: string;
  status: number;
  statusText: string;
  headers: Array<{ key: string; value: string }>;
  body: ExampleBody;
  request: ExampleRequest;
  source: SourceRef;
}

export type ExampleBody =
  | { kind: 'empty' }
  | { kind: 'json'; raw: string; value: JsonValue }
  | { kind: 'text'; raw: string; contentType: string | null };

/** What the example's originalRequest sent, resolved against the endpoint. */
export interface ExampleRequest {
  kind: 'example-request';
  method: string;
  /** The path as the example wrote it, variables resolved, without the base URL. */
  path: string;
  query: Array<{ key: string; value: string }>;
  headers: Array<{ key: string; value: string }>;
  body: ExampleBody;
  /** Whether this endpoint can make that request, and the path params that make it. */
  match: ExampleMatch;
}

export type ExampleMatch =
  | { kind: 'match'; pathParams: Record<string, string> }
  | { kind: 'mismatch'; reason: string };
