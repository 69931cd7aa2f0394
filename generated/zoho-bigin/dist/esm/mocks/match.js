import { describeEndpoint } from '../runtime/url.js';
export function rootOf(baseUrl) {
    const url = new URL(baseUrl);
    return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
}
/** `rootFor(spec)`: the root the client sends that endpoint to (its own origin, or the base URL). */
export function resolveRequest(endpoints, method, url, rootFor) {
    const target = `${method.toUpperCase()} ${url.pathname}`;
    let inside = false;
    const samePath = [];
    for (const endpoint of endpoints) {
        const root = rootFor(endpoint.spec);
        if (url.origin !== root.origin || !url.pathname.startsWith(root.basePath + '/'))
            continue;
        inside = true;
        const path = matchPath(endpoint.spec, url.pathname.slice(root.basePath.length));
        if (path)
            samePath.push({ endpoint, path, literals: endpoint.spec.path.filter((p) => typeof p === 'string').length });
    }
    if (!inside)
        return { kind: 'outside' };
    if (samePath.length === 0) {
        return {
            kind: 'refused',
            message: `postforge mocks: no endpoint matches ${target}. Endpoints: ${listed(endpoints)}.`,
        };
    }
    const sameMethod = samePath.filter((c) => c.endpoint.spec.method.toUpperCase() === method.toUpperCase());
    if (sameMethod.length === 0) {
        const them = samePath.map((c) => `${c.endpoint.operation} (${describeEndpoint(c.endpoint.spec)})`).join(', ');
        return { kind: 'refused', message: `postforge mocks: ${target} has the path of ${them}, but not its method.` };
    }
    // `/Leads/actions` before `/Leads/{id}`: the template with more literal segments wins, then the first.
    const best = sameMethod.reduce((a, b) => (b.literals > a.literals ? b : a));
    const missing = best.endpoint.requiredQuery.filter((name) => !url.searchParams.has(name));
    if (missing.length > 0) {
        return {
            kind: 'refused',
            message: `postforge mocks: ${target} is ${best.endpoint.operation} (${describeEndpoint(best.endpoint.spec)}), but lacks its query parameter${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.`,
        };
    }
    return { kind: 'match', endpoint: best.endpoint, path: best.path };
}
/** The path parameters, decoded, when `pathname` (after the base path, from its `/`) is this template. */
export function matchPath(spec, pathname) {
    const names = [];
    const source = spec.path
        .map((part) => {
        if (typeof part === 'string')
            return escapeRegExp(normalised(part));
        names.push(part.param);
        return `${escapeRegExp(normalised(part.prefix ?? ''))}([^/]+?)${escapeRegExp(normalised(part.suffix ?? ''))}`;
    })
        .join('/');
    const found = new RegExp(`^/${source}$`).exec(pathname);
    if (!found)
        return null;
    const values = Object.create(null);
    try {
        names.forEach((name, i) => (values[name] = decodeURIComponent(found[i + 1] ?? '')));
    }
    catch {
        return null; // a malformed escape: no client encodes a value that way
    }
    return values;
}
/** A literal as it arrives on the wire: the client's Request has put it through the URL parser. */
function normalised(text) {
    return new URL(`http://h/${text}`).pathname.slice(1);
}
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
function listed(endpoints) {
    const shown = endpoints.slice(0, 10).map((e) => describeEndpoint(e.spec));
    return endpoints.length > 10 ? `${shown.join(', ')} and ${endpoints.length - 10} more` : shown.join(', ') || 'none';
}
