"use strict";
// Header layers merged in order, later layers winning; `Headers` compares names case-insensitively.
Object.defineProperty(exports, "__esModule", { value: true });
exports.mergeHeaders = mergeHeaders;
function mergeHeaders(...layers) {
    const headers = new Headers();
    for (const layer of layers) {
        for (const [name, value] of Object.entries(layer ?? {})) {
            if (value !== undefined)
                headers.set(name, value);
        }
    }
    return headers;
}
