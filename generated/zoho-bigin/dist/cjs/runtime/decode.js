"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isJsonContentType = isJsonContentType;
exports.decodeText = decodeText;
exports.decodeBody = decodeBody;
// Response decoding: JSON when the server says so (or says nothing and the text parses),
// text otherwise, null for an empty body. A malformed JSON body is returned as text, not thrown,
// so callers can still inspect what came back. Numbers a double cannot hold (int64 ids beyond
// 2^53) arrive as strings of their exact digits (see json.ts).
const json_js_1 = require("./json.js");
function isJsonContentType(contentType) {
    const essence = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    return essence === 'application/json' || essence === 'text/json' || essence.endsWith('+json');
}
function decodeText(text, contentType) {
    if (text === '')
        return null;
    if (contentType !== null && !isJsonContentType(contentType))
        return text;
    try {
        return (0, json_js_1.parseJson)(text);
    }
    catch {
        return text;
    }
}
async function decodeBody(response) {
    return decodeText(await response.text(), response.headers.get('content-type'));
}
