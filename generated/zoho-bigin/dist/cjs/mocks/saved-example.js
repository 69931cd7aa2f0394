"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mockEndpoint = mockEndpoint;
exports.chooseExamples = chooseExamples;
exports.chooseExample = chooseExample;
/**
 * One entry of the mocks' endpoint table. Each entry is made by this call rather than written as an
 * object literal, so the table is typed `MockEndpoint` entry by entry: an array literal of a
 * thousand distinct spec types makes TypeScript compare each with every other (seconds per build).
 */
function mockEndpoint(operation, spec, requiredQuery, examples) {
    return { operation, spec, requiredQuery, examples };
}
/**
 * The example each endpoint answers with. A pick that names no saved example throws here, when the
 * mocks are made, listing what there is: a typo fails the test setup, not a request later.
 */
function chooseExamples(endpoints, picks = {}) {
    const known = new Set(endpoints.map((e) => e.operation));
    for (const operation of Object.keys(picks)) {
        if (!known.has(operation))
            throw new Error(`postforge mocks: no endpoint is called "${operation}".`);
    }
    // Own keys only: an endpoint called `constructor` must not pick up Object.prototype's.
    return new Map(endpoints.map((e) => [
        e.operation,
        chooseExample(e, Object.hasOwn(picks, e.operation) ? picks[e.operation] : undefined),
    ]));
}
/** null: the endpoint has no saved example, and no pick asked for one. */
function chooseExample(endpoint, pick) {
    const { examples } = endpoint;
    if (pick === undefined)
        return examples.find((e) => e.status >= 200 && e.status < 300) ?? examples[0] ?? null;
    const found = 'index' in pick
        ? examples[pick.index]
        : 'name' in pick
            ? examples.find((e) => e.name === pick.name)
            : examples.find((e) => e.status === pick.status);
    if (found)
        return found;
    const saved = examples.length === 0 ? 'none' : examples.map((e, i) => `[${i}] ${e.status} ${JSON.stringify(e.name)}`).join(', ');
    throw new Error(`postforge mocks: ${endpoint.operation} has no saved example ${JSON.stringify(pick)}; saved: ${saved}.`);
}
