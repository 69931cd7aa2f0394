// One decision for every mock transport (MSW, node:http): what a request is answered with.
import type { EndpointSpec } from '../runtime/index.js';
import { resolveRequest, type Root } from './match.js';
import { chooseExamples, type ExamplePick, type MockEndpoint } from './saved-example.js';
import { servedResponse, type ServedResponse } from './served-response.js';

export type Answer =
  | { readonly kind: 'outside' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'serve'; readonly operation: string; readonly served: ServedResponse };

/** How an unmatched request is reported besides failing it; console.error by default. */
export type UnmatchedReporter = (message: string) => void;

/** `headers`: the request's, to tell apart endpoints on the same method and path (see resolveRequest). */
export type Responder = (method: string, url: URL, headers?: Headers) => Answer;

/** Picks are checked now (see chooseExamples); the answers are built once. */
export function mockResponder(
  endpoints: readonly MockEndpoint[],
  picks: Readonly<Record<string, ExamplePick | undefined>> | undefined,
  rootFor: (spec: EndpointSpec) => Root,
): Responder {
  const chosen = chooseExamples(endpoints, picks);
  const served = new Map(
    [...chosen].map(([operation, example]) => [
      operation,
      example && servedResponse(example, `${operation}: example ${JSON.stringify(example.name)}`),
    ]),
  );
  const picked = new Set(Object.entries(picks ?? {}).flatMap(([operation, pick]) => (pick ? [operation] : [])));
  const servable = new Set([...served].flatMap(([operation, response]) => (response ? [operation] : [])));
  return (method, url, headers) => {
    const resolution = resolveRequest(endpoints, method, url, rootFor, { headers, picked, served: servable });
    if (resolution.kind !== 'match') return resolution;
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
