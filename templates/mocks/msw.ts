// The package's mocks as MSW handlers (msw 2, an optional peer dependency: only this file imports
// it). One handler answers everything under the API's base URL (and endpoints' own origins): a
// known request gets its endpoint's saved example, any other fails as a network error, reported
// with its method and path. Requests elsewhere fall through to the app's other handlers.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { rootOf } from './match.js';
import { mockResponder, type UnmatchedReporter } from './responder.js';
import type { ExampleChoiceTable, ExamplePicks, MockEndpoint } from './saved-example.js';
import { toFetchResponse } from './served-response.js';

export interface MswMockOptions<Choices extends ExampleChoiceTable> {
  /** The base URL the app's client is made with, e.g. `https://www.zohoapis.com`. */
  readonly baseUrl: string;
  /** Per endpoint: which saved example it answers with (default: its first 2xx, else its first). */
  readonly examples?: ExamplePicks<Choices>;
  readonly onUnmatched?: UnmatchedReporter;
}

/** The statuses MSW's fetch interceptor follows as redirects. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

// Every URL, matched as a RegExp: a path string would make MSW decode the URL first, and answer
// 500 for a path with a malformed %-escape instead of letting this handler decide.
const EVERY_URL = /^/;

export function mswHandlers<Choices extends ExampleChoiceTable>(
  endpoints: readonly MockEndpoint[],
  options: MswMockOptions<Choices>,
): HttpHandler[] {
  const base = rootOf(options.baseUrl);
  const respond = mockResponder(endpoints, options.examples, (spec) => (spec.origin ? rootOf(spec.origin) : base));
  const report = options.onUnmatched ?? ((message: string) => console.error(message));
  const refuse = (message: string) => {
    report(message);
    // A network error, not a status: the client call rejects, so no test passes on it unawares.
    return HttpResponse.error();
  };
  return [
    http.all(EVERY_URL, ({ request }) => {
      const url = new URL(request.url);
      const answer = respond(request.method, url, request.headers);
      if (answer.kind === 'outside') return undefined;
      if (answer.kind === 'refused') return refuse(answer.message);
      const { status } = answer.served;
      // fetch returns a redirect without a Location (the mocks drop it) as it is; MSW's interceptor
      // follows it anyway, to a URL made of `null`. Refused, so no other example is served for it.
      if (REDIRECTS.has(status) && request.redirect === 'follow') {
        return refuse(
          `postforge mocks: ${request.method} ${url.pathname} is ${answer.operation}, whose example is a ${status} redirect, which MSW follows instead of returning: pick another example, send the request with redirect: 'manual', or use the node:http mock server.`,
        );
      }
      return toFetchResponse(answer.served);
    }),
  ];
}
