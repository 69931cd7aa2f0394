// The package's mocks as a small fixture server on node:http (127.0.0.1), for apps that test over a
// real socket or from another process. A known request gets its endpoint's saved example; any other
// has its connection dropped (the client call rejects), is reported with its method and path, and
// is kept in `unmatched`.
import { startHttpServer } from './http-server.js';
import { rootOf, type Root } from './match.js';
import { mockResponder, type Responder, type UnmatchedReporter } from './responder.js';
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

export async function startMockServer<Choices extends ExampleChoiceTable>(
  endpoints: readonly MockEndpoint[],
  options: MockServerOptions<Choices> = {},
): Promise<MockServer<Choices>> {
  const report = options.onUnmatched ?? ((message: string) => console.error(message));
  const unmatched: string[] = [];
  let root: Root | null = null;
  let respond: Responder | null = null;
  // Requests reach this server whatever host the client addressed: an endpoint with an origin of
  // its own is looked for under that origin's path, rebased onto this server.
  const make = (examples: ExamplePicks<Choices> | undefined): Responder =>
    mockResponder(endpoints, examples, (spec) =>
      spec.origin ? { origin: root!.origin, basePath: rootOf(spec.origin).basePath } : root!,
    );
  respond = make(options.examples);

  const server = await startHttpServer(({ method, target, headers }) => {
    const url = requestUrl(target, root!.origin);
    const answer = url ? respond!(method, url, headers) : ({ kind: 'outside' } as const);
    if (answer.kind === 'serve') return answer.served;
    const message =
      answer.kind === 'refused' ? answer.message : `postforge mocks: ${method} ${target} is outside the API.`;
    unmatched.push(message);
    report(message);
    return null;
  }, options.port);
  root = rootOf(server.origin + normalisedBasePath(options.basePath));
  return {
    url: root.origin + root.basePath,
    use(examples) {
      respond = make(examples);
    },
    unmatched,
    close: () => server.close(),
  };
}

/** `/v1` from `v1`, `/v1/` or `/v1`; '' for none. */
function normalisedBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '' : `/${trimmed}`;
}

/**
 * The URL of a request target (`/a//b?x`), on this server. Not `new URL(target, origin)`: that
 * reads a target starting `//` as another host. null for a target that is no path (`*`).
 */
function requestUrl(target: string, origin: string): URL | null {
  if (!target.startsWith('/')) return null;
  try {
    return new URL(origin + target);
  } catch {
    return null;
  }
}
