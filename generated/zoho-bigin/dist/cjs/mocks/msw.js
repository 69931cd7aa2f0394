"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mswHandlers = mswHandlers;
// The package's mocks as MSW handlers (msw 2, an optional peer dependency: only this file imports
// it). One handler answers everything under the API's base URL (and endpoints' own origins): a
// known request gets its endpoint's saved example, any other fails as a network error, reported
// with its method and path. Requests elsewhere fall through to the app's other handlers.
const msw_1 = require("msw");
const match_js_1 = require("./match.js");
const responder_js_1 = require("./responder.js");
const served_response_js_1 = require("./served-response.js");
function mswHandlers(endpoints, options) {
    const base = (0, match_js_1.rootOf)(options.baseUrl);
    const respond = (0, responder_js_1.mockResponder)(endpoints, options.examples, (spec) => (spec.origin ? (0, match_js_1.rootOf)(spec.origin) : base));
    const report = options.onUnmatched ?? ((message) => console.error(message));
    return [
        msw_1.http.all('*', ({ request }) => {
            const answer = respond(request.method, new URL(request.url));
            if (answer.kind === 'outside')
                return undefined;
            if (answer.kind === 'refused') {
                report(answer.message);
                // A network error, not a status: the client call rejects, so no test passes on it unawares.
                return msw_1.HttpResponse.error();
            }
            return (0, served_response_js_1.toFetchResponse)(answer.served);
        }),
    ];
}
