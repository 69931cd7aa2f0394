// Response decoding: JSON when the server says so (or says nothing and the text parses),
// text otherwise, null for an empty body. A malformed JSON body is returned as text, not thrown,
// so callers can still inspect what came back. Numbers a double cannot hold (int64 ids beyond
// 2^53) arrive as strings of their exact digits (see json.ts).
import { parseJson } from './json.js';
export function isJsonContentType(contentType) {
    const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    return essence === 'application/json' || essence === 'text/json' || essence.endsWith('+json');
}
export function decodeText(text, contentType) {
    if (text === '')
        return null;
    if (contentType !== null && !isJsonContentType(contentType))
        return text;
    try {
        return parseJson(text);
    }
    catch {
        return text;
    }
}
export async function decodeBody(response) {
    return decodeText(await response.text(), response.headers.get('content-type'));
}
