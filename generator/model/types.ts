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
  /** How many secret values normalize replaced with placeholders, and at how many places. */
  redacted?: { values: number; places: number };
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
  /** A fixed base URL of the endpoint's own (`https://upload.box.com`) where its host differs from the client's; else null. */
  origin: string | null;
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
  /** Signed per request by the runtime. Secrets are never in the model: the caller passes them as the scheme's credential. */
  | {
      kind: 'oauth1';
      key: string;
      signatureMethod: 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT';
      addTo: 'header' | 'query';
      /** `oauth_version`; empty: not sent. */
      version: string;
      realm: string | null;
      includeBodyHash: boolean;
      addEmptyParamsToSign: boolean;
      source: SourceRef;
    }
  | {
      kind: 'jwt';
      key: string;
      algorithm: 'HS256' | 'HS384' | 'HS512';
      addTo: 'header' | 'query';
      /** Header mode: `Authorization: <prefix> <jwt>` (empty: the bare JWT). */
      prefix: string;
      /** Query mode: the parameter's name. */
      queryParam: string;
      /** Extra JOSE header fields as JSON text ('' for none). */
      header: string;
      /** The claims as JSON text, variables resolved; null when a variable has no value (the caller passes the payload). */
      payload: string | null;
      secretBase64: boolean;
      source: SourceRef;
    }
  /** region/service null: a variable without a value, which the caller must pass with the credential. */
  | { kind: 'awsv4'; key: string; region: string | null; service: string | null; source: SourceRef }
  | { kind: 'hawk'; key: string; algorithm: 'sha1' | 'sha256'; ext: string | null; app: string | null; dlg: string | null; includePayloadHash: boolean; source: SourceRef }
  | { kind: 'edgegrid'; key: string; headersToSign: string[]; baseUrl: string | null; maxBodySize: number; source: SourceRef }
  /** `hook`: what the client's `sign` hook must do instead, for the warning and the generated docs. */
  | { kind: 'unsupported'; key: string; type: string; hook: string; source: SourceRef };

export type RequestBody =
  | { kind: 'none' }
  | {
      kind: 'json';
      contentType: string;
      /** The request's own body first, then each example's originalRequest body that parsed. */
      samples: JsonSample[];
    }
  | { kind: 'text'; contentType: string; sample: string | null }
  /** `urlencoded`: one string field per key. */
  | { kind: 'form'; contentType: string; fields: FormField[]; source: SourceRef }
  /** `formdata`: text and file parts. No content type: fetch sets `multipart/form-data` with its boundary. */
  | { kind: 'multipart'; fields: FormField[]; source: SourceRef }
  /** `file`: one Blob sent as is; the content type is the request's header, if it has one. */
  | { kind: 'binary'; contentType: string | null; source: SourceRef }
  | {
      kind: 'graphql';
      /** The query document as written; the client sends it unless the caller passes another. */
      query: string;
      /** The request's own `variables`, then each example's, that parsed to a JSON object. */
      variables: JsonSample[];
      source: SourceRef;
    };

/** A field of a form or multipart body; keys written more than once are one field. */
export interface FormField {
  kind: 'form-field';
  name: string;
  /** `file` only in multipart bodies: the caller passes a Blob. */
  type: 'text' | 'file';
  /** Enabled in the collection; disabled fields are optional. */
  required: boolean;
  /** Enabled more than once: the caller may pass several values. */
  repeated: boolean;
  /** The value as written (`{{var}}` kept); null for files and for credentials, which are never copied. */
  example: string | null;
  /** The value holds a credential variable (`{{client_secret}}`): callers pass it, fixtures get a placeholder. */
  credential: boolean;
  /** Files: the file name of the path Postman saved. The file itself is never read. */
  filename: string | null;
  /** Files: the part's own content type, if Postman saved one. */
  contentType: string | null;
  description: string | null;
}

/** A parsed JSON document and where it was read from. */
export interface JsonSample {
  kind: 'json-sample';
  value: JsonValue;
  /** The text it was parsed from, if any: inference re-reads it to tell numbers beyond 2^53 from strings. */
  raw?: string;
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

/** A request body as an example sent it: raw bodies as read, the other modes by their parts. */
export type ExampleRequestBody =
  | ExampleBody
  /** Enabled fields only, in order, as sent. */
  | { kind: 'form'; fields: ExampleField[] }
  | { kind: 'multipart'; fields: ExampleField[] }
  | { kind: 'binary'; filename: string | null }
  /** `variables` null: none were given. */
  | { kind: 'graphql'; query: string; variables: JsonValue | null };

/** A text value (null for a credential, never copied) or a file, known by its name only. */
export type ExampleField =
  | { kind: 'text'; name: string; value: string | null }
  | { kind: 'file'; name: string; filename: string | null; contentType: string | null };

/** What the example's originalRequest sent, resolved against the endpoint. */
export interface ExampleRequest {
  kind: 'example-request';
  method: string;
  /** The path as the example wrote it, variables resolved, without the base URL. */
  path: string;
  query: Array<{ key: string; value: string }>;
  headers: Array<{ key: string; value: string }>;
  body: ExampleRequestBody;
  /** Whether this endpoint can make that request, and the path params that make it. */
  match: ExampleMatch;
}

export type ExampleMatch =
  | { kind: 'match'; pathParams: Record<string, string> }
  | { kind: 'mismatch'; reason: string };
