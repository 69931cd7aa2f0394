"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mockResponder = mockResponder;
const match_js_1 = require("./match.js");
const saved_example_js_1 = require("./saved-example.js");
const served_response_js_1 = require("./served-response.js");
/** Picks are checked now (see chooseExamples); the answers are built once. */
function mockResponder(endpoints, picks, rootFor) {
    const chosen = (0, saved_example_js_1.chooseExamples)(endpoints, picks);
    const served = new Map([...chosen].map(([operation, example]) => [
        operation,
        example && (0, served_response_js_1.servedResponse)(example, `${operation}: example ${JSON.stringify(example.name)}`),
    ]));
    const picked = new Set(Object.entries(picks ?? {}).flatMap(([operation, pick]) => (pick ? [operation] : [])));
    const servable = new Set([...served].flatMap(([operation, response]) => (response ? [operation] : [])));
    return (method, url, headers) => {
        const resolution = (0, match_js_1.resolveRequest)(endpoints, method, url, rootFor, { headers, picked, served: servable });
        if (resolution.kind !== 'match')
            return resolution;
        const { operation } = resolution.endpoint;
        const response = served.get(operation);
        if (!response) {
            return {
                kind: 'refused',
                message: `postforge mocks: ${method.toUpperCase()} ${url.pathname} is ${operation}, which has no saved example to answer with.`,
            };
        }
        return { kind: 'serve', operation, served: response };
    };
}
