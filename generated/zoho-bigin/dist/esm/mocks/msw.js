// The package's mocks as MSW handlers (msw 2, an optional peer dependency: only this file imports
// it). One handler answers everything under the API's base URL (and endpoints' own origins): a
// known request gets its endpoint's saved example, any other fails as a network error, reported
// with its method and path. Requests elsewhere fall through to the app's other handlers.
import { http, HttpResponse } from 'msw';
import { rootOf } from './match.js';
import { mockResponder } from './responder.js';
import { toFetchResponse } from './served-response.js';
export function mswHandlers(endpoints, options) {
    const base = rootOf(options.baseUrl);
    const respond = mockResponder(endpoints, options.examples, (spec) => (spec.origin ? rootOf(spec.origin) : base));
    const report = options.onUnmatched ?? ((message) => console.error(message));
    return [
        http.all('*', ({ request }) => {
            const answer = respond(request.method, new URL(request.url));
            if (answer.kind === 'outside')
                return undefined;
            if (answer.kind === 'refused') {
                report(answer.message);
                // A network error, not a status: the client call rejects, so no test passes on it unawares.
                return HttpResponse.error();
            }
            return toFetchResponse(answer.served);
        }),
    ];
}
