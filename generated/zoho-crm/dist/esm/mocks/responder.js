import { resolveRequest } from './match.js';
import { chooseExamples } from './saved-example.js';
import { servedResponse } from './served-response.js';
/** Picks are checked now (see chooseExamples); the answers are built once. */
export function mockResponder(endpoints, picks, rootFor) {
    const chosen = chooseExamples(endpoints, picks);
    const served = new Map([...chosen].map(([operation, example]) => [
        operation,
        example && servedResponse(example, `${operation}: example ${JSON.stringify(example.name)}`),
    ]));
    const picked = new Set(Object.entries(picks ?? {}).flatMap(([operation, pick]) => (pick ? [operation] : [])));
    const servable = new Set([...served].flatMap(([operation, response]) => (response ? [operation] : [])));
    return (method, url, headers) => {
        const resolution = resolveRequest(endpoints, method, url, rootFor, { headers, picked, served: servable });
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
