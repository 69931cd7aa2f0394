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
/** The statuses MSW's fetch interceptor follows as redirects. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Every URL, matched as a RegExp: a path string would make MSW decode the URL first, and answer
// 500 for a path with a malformed %-escape instead of letting this handler decide.
const EVERY_URL = /^/;
function mswHandlers(endpoints, options) {
    const base = (0, match_js_1.rootOf)(options.baseUrl);
    const respond = (0, responder_js_1.mockResponder)(endpoints, options.examples, (spec) => (spec.origin ? (0, match_js_1.rootOf)(spec.origin) : base));
    const report = options.onUnmatched ?? ((message) => console.error(message));
    const refuse = (message) => {
        report(message);
        // A network error, not a status: the client call rejects, so no test passes on it unawares.
        return msw_1.HttpResponse.error();
    };
    return [
        msw_1.http.all(EVERY_URL, ({ request }) => {
            const url = new URL(request.url);
            const answer = respond(request.method, url, request.headers);
            if (answer.kind === 'outside')
                return undefined;
            if (answer.kind === 'refused')
                return refuse(answer.message);
            const { status } = answer.served;
            // fetch returns a redirect without a Location (the mocks drop it) as it is; MSW's interceptor
            // follows it anyway, to a URL made of `null`. Refused, so no other example is served for it.
            if (REDIRECTS.has(status) && request.redirect === 'follow') {
                return refuse(`postforge mocks: ${request.method} ${url.pathname} is ${answer.operation}, whose example is a ${status} redirect, which MSW follows instead of returning: pick another example, send the request with redirect: 'manual', or use the node:http mock server.`);
            }
            return (0, served_response_js_1.toFetchResponse)(answer.served);
        }),
    ];
}
