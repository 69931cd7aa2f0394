"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeEndpoint = describeEndpoint;
exports.trimBaseUrl = trimBaseUrl;
exports.buildPath = buildPath;
exports.buildQuery = buildQuery;
exports.withQuery = withQuery;
// URL building: literal path parts are sent as written in the collection, parameters are
// percent-encoded, query keys keep the order the caller gave.
const errors_js_1 = require("./errors.js");
/** `PUT /crm/v2/{module}`: names an endpoint in error messages. */
function describeEndpoint(spec) {
    const path = spec.path
        .map((part) => (typeof part === 'string' ? part : `${part.prefix ?? ''}{${part.param}}${part.suffix ?? ''}`))
        .join('/');
    return `${spec.method.toUpperCase()} /${path}`;
}
/** Strips trailing slashes so joining with `/` never doubles one. */
function trimBaseUrl(baseUrl) {
    return baseUrl.replace(/\/+$/, '');
}
function buildPath(baseUrl, spec, pathParams) {
    const parts = spec.path.map((part) => {
        if (typeof part === 'string')
            return part;
        const value = pathParams?.[part.param];
        if (value === undefined || value === '') {
            throw new errors_js_1.PostforgeError('missing_path_param', `Missing path parameter "${part.param}" for ${describeEndpoint(spec)}: pass it as { path: { ${JSON.stringify(part.param)}: ... } }.`);
        }
        return `${part.prefix ?? ''}${encodeURIComponent(String(value))}${part.suffix ?? ''}`;
    });
    return `${trimBaseUrl(spec.origin ?? baseUrl)}/${parts.join('/')}`;
}
function buildQuery(query) {
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
function withQuery(url, query) {
    const search = query.toString();
    return search === '' ? url : `${url}?${search}`;
}
