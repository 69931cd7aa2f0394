// The runtime every generated endpoint function calls: it turns an EndpointSpec plus the
// caller's params into one fetch, and the response into { status, data, headers }.
// Non-2xx statuses are returned, never thrown: endpoint result unions type them.
import { applyPlacement, placeAuth, type AnyCredential } from './auth.js';
import { encodeBody } from './body.js';
import { decodeBody } from './decode.js';
import { PostforgeError } from './errors.js';
import { mergeHeaders } from './headers.js';
import type {
  ApiResponse,
  AuthSchemes,
  AuthSchemeSpec,
  CallParams,
  EndpointSpec,
  RequestOptions,
  TypedEndpointSpec,
} from './spec.js';
import { buildPath, buildQuery, describeEndpoint, withQuery } from './url.js';

export interface RuntimeConfig {
  /** e.g. `https://www.zohoapis.com`; a trailing `/` is ignored. */
  readonly baseUrl: string;
  /** The package's scheme table. */
  readonly schemes: AuthSchemes;
  /** Credentials keyed by scheme key. */
  readonly credentials?: Readonly<Record<string, AnyCredential>>;
  /** Defaults to `globalThis.fetch`, looked up at call time (so test stubs installed later apply). */
  readonly fetch?: typeof fetch;
  /** Sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Signs requests for schemes the runtime cannot sign (type `custom`), given that scheme's credential; not called for other schemes. */
  readonly sign?: (
    request: Request,
    scheme: { key: string; spec: AuthSchemeSpec; credential: AnyCredential },
  ) => Request | Promise<Request>;
  /** The time signed into oauth1, awsv4, hawk and edgegrid requests; defaults to now (tests fix it). */
  readonly clock?: () => Date;
  /** The nonce signed into oauth1, hawk and edgegrid requests; defaults to a random one per request (tests fix it). */
  readonly nonce?: () => string;
}

export interface Runtime {
  /**
   * Sends one request. `Params` and `Result` come from the spec (a plain EndpointSpec takes any
   * CallParams and gives `ApiResponse<number, unknown>`). `data` is what the server sent, typed as the
   * endpoint's result: it is not checked at run time (the fixture tests check every saved example).
   */
  call<Params extends CallParams | undefined, Result extends ApiResponse<number, unknown>>(
    spec: TypedEndpointSpec<Params, Result>,
    params: NoInfer<Params>,
    options?: RequestOptions,
  ): Promise<Result>;
}

export function createRuntime(config: RuntimeConfig): Runtime {
  // Overloaded: callers see Runtime's typed signature, the body works on any spec.
  function call<Params extends CallParams | undefined, Result extends ApiResponse<number, unknown>>(
    spec: TypedEndpointSpec<Params, Result>,
    params: NoInfer<Params>,
    options?: RequestOptions,
  ): Promise<Result>;
  async function call(
    spec: EndpointSpec,
    params: CallParams | undefined,
    options?: RequestOptions,
  ): Promise<ApiResponse<number, unknown>> {
    const request = await buildRequest(config, spec, params, options);
    // Copied to a local first: calling `config.fetch(...)` would bind `this` to config, which browsers reject.
    const fetchFn = config.fetch ?? globalThis.fetch;
    const response = await fetchFn(request);
    return { status: response.status, data: await decodeBody(response), headers: response.headers };
  }
  return { call };
}

async function buildRequest(
  config: RuntimeConfig,
  spec: EndpointSpec,
  params: CallParams | undefined,
  options: RequestOptions | undefined,
): Promise<Request> {
  const endpoint = describeEndpoint(spec);
  const path = buildPath(config.baseUrl, spec, params?.path);
  const query = buildQuery(params?.query);
  const headers = mergeHeaders(config.headers, spec.headers, params?.headers, options?.headers);
  const body = encodeBody(spec, params?.body, headers);

  const scheme =
    spec.auth === null ? null : { key: spec.auth, spec: lookupScheme(config.schemes, spec.auth, endpoint) };
  const credential = scheme && config.credentials?.[scheme.key];
  const context = {
    method: spec.method,
    url: withQuery(path, query),
    headers,
    body,
    clock: config.clock,
    nonce: config.nonce,
  };
  const placement = scheme && (await placeAuth(scheme.key, scheme.spec, credential, endpoint, context));
  if (placement) applyPlacement(placement, headers, query);

  const init: RequestInit = { method: spec.method.toUpperCase(), headers };
  if (body !== undefined) init.body = body;
  if (options?.signal) init.signal = options.signal;
  const request = new Request(withQuery(path, query), init);

  if (scheme === null || placement?.in !== 'hook') return request;
  if (!config.sign) throw missingSignHook(scheme.key, scheme.spec, endpoint);
  return config.sign(request, { ...scheme, credential });
}

function lookupScheme(schemes: AuthSchemes, key: string, endpoint: string): AuthSchemeSpec {
  const scheme = schemes[key];
  if (!scheme)
    throw new PostforgeError(
      'unknown_auth_scheme',
      `${endpoint} uses auth scheme "${key}", which is not in the scheme table.`,
    );
  return scheme;
}

function missingSignHook(key: string, scheme: AuthSchemeSpec, endpoint: string): PostforgeError {
  const kind = scheme.type === 'custom' ? scheme.postmanType : scheme.type;
  return new PostforgeError(
    'missing_sign_hook',
    `Auth scheme "${key}" (used by ${endpoint}) is Postman "${kind}" auth, which the runtime cannot sign: pass createClient({ sign: (request, scheme) => signedRequest }).`,
  );
}
