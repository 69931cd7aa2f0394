// URL building: literal path parts are sent as written in the collection, parameters are
// percent-encoded, query keys keep the order the caller gave.
import { PostforgeError } from './errors.js';
/** `PUT /crm/v2/{module}`: names an endpoint in error messages. */
export function describeEndpoint(spec) {
    const path = spec.path
        .map((part) => (typeof part === 'string' ? part : `${part.prefix ?? ''}{${part.param}}${part.suffix ?? ''}`))
        .join('/');
    return `${spec.method.toUpperCase()} /${path}`;
}
/**
 * A lone surrogate (half of a UTF-16 pair, legal in a JS string) becomes U+FFFD, as URLSearchParams
 * and UTF-8 write it; encodeURIComponent would throw a URIError. The generator expects what goes out by the same rule.
 */
export function wellFormed(text) {
    return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
/** Strips trailing slashes so joining with `/` never doubles one. */
export function trimBaseUrl(baseUrl) {
    return baseUrl.replace(/\/+$/, '');
}
export function buildPath(baseUrl, spec, pathParams) {
    const parts = spec.path.map((part) => {
        if (typeof part === 'string')
            return part;
        const value = pathParams?.[part.param];
        if (value === undefined || value === '') {
            throw new PostforgeError('missing_path_param', `Missing path parameter "${part.param}" for ${describeEndpoint(spec)}: pass it as { path: { ${JSON.stringify(part.param)}: ... } }.`);
        }
        const segment = `${part.prefix ?? ''}${encodeURIComponent(wellFormed(String(value)))}${part.suffix ?? ''}`;
        // `/`, `?`, `#` and `%` are percent-encoded above; `.` and `..` cannot be: URL parsers resolve
        // `%2e` as a dot too, so such a segment would still climb the path. It is refused instead.
        if (/^(\.|%2e){1,2}$/i.test(segment)) {
            throw new PostforgeError('invalid_path_param', `Path parameter "${part.param}" for ${describeEndpoint(spec)} is a dot segment (\`.\` or \`..\`), which would change the path.`);
        }
        return segment;
    });
    const url = `${trimBaseUrl(spec.origin ?? baseUrl)}/${parts.join('/')}`;
    checkUrl(url, spec);
    return url;
}
/** fetch's own refusal of such a URL prints it, credentials and all: refuse it first, without the URL. */
function checkUrl(url, spec) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new PostforgeError('invalid_url', `${describeEndpoint(spec)}: the base URL is not an absolute URL.`);
    }
    if (parsed.username !== '' || parsed.password !== '')
        throw new PostforgeError('invalid_url', `${describeEndpoint(spec)}: the base URL holds a username or password, which fetch cannot send; pass credentials as auth.`);
}
export function buildQuery(query) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
        if (value === undefined || typeof value === 'function')
            continue; // see InheritedMember
        // Arrays repeat the key (`?id=1&id=2`), the form Postman collections write.
        const values = Array.isArray(value) ? value : [value];
        for (const item of values)
            search.append(key, String(item));
    }
    return search;
}
export function withQuery(url, query) {
    const search = query.toString();
    return search === '' ? url : `${url}?${search}`;
}
