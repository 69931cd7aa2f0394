"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.examples = void 0;
exports.handlers = handlers;
const examples_js_1 = require("./examples.js");
const msw_js_1 = require("./msw.js");
var examples_js_2 = require("./examples.js");
Object.defineProperty(exports, "examples", { enumerable: true, get: function () { return examples_js_2.examples; } });
/** MSW handlers answering every endpoint under `options.baseUrl` with a saved example (per endpoint: `options.examples`, by name, status or index; default its first 2xx). Any other request under the base URL fails as a network error, reported with its method and path. */
function handlers(options) {
    return (0, msw_js_1.mswHandlers)(examples_js_1.mockEndpoints, options);
}
