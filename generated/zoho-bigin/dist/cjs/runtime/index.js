"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PostforgeError = exports.createRuntime = void 0;
// The runtime's public surface, re-exported by the generated package.
var client_js_1 = require("./client.js");
Object.defineProperty(exports, "createRuntime", { enumerable: true, get: function () { return client_js_1.createRuntime; } });
var errors_js_1 = require("./errors.js");
Object.defineProperty(exports, "PostforgeError", { enumerable: true, get: function () { return errors_js_1.PostforgeError; } });
