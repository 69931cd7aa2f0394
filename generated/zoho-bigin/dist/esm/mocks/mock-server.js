// The package's mocks as a small fixture server on node:http (127.0.0.1), for apps that test over a
// real socket or from another process. A known request gets its endpoint's saved example; any other
// has its connection dropped (the client call rejects), is reported with its method and path, and
// is kept in `unmatched`.
import { startHttpServer } from './http-server.js';
import { rootOf } from './match.js';
import { mockResponder } from './responder.js';
export async function startMockServer(endpoints, options = {}) {
    const report = options.onUnmatched ?? ((message) => console.error(message));
    const unmatched = [];
    let root = null;
    let respond = null;
    // Requests reach this server whatever host the client addressed: an endpoint with an origin of
    // its own is looked for under that origin's path, rebased onto this server.
    const make = (examples) => mockResponder(endpoints, examples, (spec) => spec.origin ? { origin: root.origin, basePath: rootOf(spec.origin).basePath } : root);
    respond = make(options.examples);
    const server = await startHttpServer(({ method, target, headers }) => {
        const url = requestUrl(target, root.origin);
        const answer = url ? respond(method, url, headers) : { kind: 'outside' };
        if (answer.kind === 'serve')
            return answer.served;
        const message = answer.kind === 'refused' ? answer.message : `postforge mocks: ${method} ${target} is outside the API.`;
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
function normalisedBasePath(basePath) {
    const trimmed = (basePath ?? '').replace(/^\/+|\/+$/g, '');
    return trimmed === '' ? '' : `/${trimmed}`;
}
/**
 * The URL of a request target (`/a//b?x`), on this server. Not `new URL(target, origin)`: that
 * reads a target starting `//` as another host. null for a target that is no path (`*`).
 */
function requestUrl(target, origin) {
    if (!target.startsWith('/'))
        return null;
    try {
        return new URL(origin + target);
    }
    catch {
        return null;
    }
}
