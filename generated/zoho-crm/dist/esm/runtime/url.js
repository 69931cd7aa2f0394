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
        return `${part.prefix ?? ''}${encodeURIComponent(String(value))}${part.suffix ?? ''}`;
    });
    return `${trimBaseUrl(spec.origin ?? baseUrl)}/${parts.join('/')}`;
}
export function buildQuery(query) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
        if (value === undefined)
            continue;
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
