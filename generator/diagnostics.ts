// Diagnostics are collected, never thrown one by one: every stage reports into one collector,
// and the CLI prints them together and turns errors into the exit code.
import type { SourceRef } from './model/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** The catalogue: every code postforge can report, its severity and a help line (documented in the README). */
export const CODES = {
  PF001: { severity: 'error', title: 'input file cannot be read', help: 'Check the path given on the command line or in postforge.config.*.' },
  PF002: { severity: 'error', title: 'input is not valid JSON', help: 'Re-export the collection from Postman (Export > Collection v2.1).' },
  PF003: { severity: 'error', title: 'not a Postman collection', help: 'postforge reads Postman collections: a JSON object with an `item` list of requests and folders (v2.0 and v2.1), or a v1 collection with a `requests` list; the message says what this file is instead.' },
  PF004: { severity: 'error', title: 'collection has no requests', help: 'A collection needs at least one item with a request.' },
  PF005: { severity: 'error', title: 'environment file is not a Postman environment', help: 'Export the environment from Postman (Environments > ... > Export).' },
  PF006: { severity: 'warning', title: 'request has no URL', help: 'Give the request a URL such as {{baseUrl}}/path; until then it is left out of the client.' },
  PF007: { severity: 'error', title: 'a name in the config cannot be used', help: 'Each `names` entry maps an item id (its `id` or `_postman_id`) to a valid, unique function name.' },
  PF101: { severity: 'warning', title: 'request body says JSON but does not parse', help: 'It does not feed the body type (a request whose own body is broken gets a `string` body) and its fixture checks the response only; fix the JSON in Postman.' },
  PF102: { severity: 'warning', title: 'explicit Authorization header replaced by the auth block', help: 'Like Postman, the auth block signs the request and the explicit header is dropped; remove one of them to silence this.' },
  PF103: { severity: 'info', title: 'example request cannot be made by this endpoint', help: 'Its fixture test checks the response handling only.' },
  PF104: { severity: 'warning', title: 'auth type the runtime cannot sign', help: 'Pass createClient({ sign: (request, { key, spec, credential }) => signedRequest }); the generated `Auth` docs say what it must do.' },
  PF105: { severity: 'warning', title: 'request depends on a script', help: 'Scripts are never run; do by hand what the script did (the README of the package lists them).' },
  PF106: { severity: 'warning', title: 'requests use different base URLs', help: 'The client takes one base URL; endpoints on another host keep their host as a literal path prefix.' },
  PF109: { severity: 'info', title: 'saved body of a response that has none', help: 'Responses with status 101, 103, 204, 205 or 304, and responses to HEAD, carry no body; the example is typed and tested as empty.' },
  PF110: { severity: 'info', title: 'converted from collection v1', help: 'Re-export the collection from Postman as v2.1 to keep pointers in diagnostics identical to the file.' },
  PF111: { severity: 'info', title: 'auth setting is a variable without a value', help: 'The generated `Auth` type asks the caller for it with the credential (e.g. `awsv4: { accessKey, secretKey, region }`); give the variable a value to make it the default.' },
  PF112: { severity: 'warning', title: 'part of a saved example cannot be served', help: 'fetch only returns statuses 200-599 and headers with token names and Latin-1 values; fix the example in Postman.' },
  PF113: { severity: 'warning', title: 'names lock cannot be read', help: 'Delete the package\'s postforge.names.json to derive every name afresh, or restore it from version control.' },
  // requests: what fetch can send (generator/normalize/fetch-rules.ts)
  PF114: { severity: 'warning', title: 'method fetch cannot send', help: 'Methods must be HTTP tokens, and fetch refuses CONNECT, TRACE and TRACK; the request is left out of the client.' },
  PF115: { severity: 'warning', title: 'GET or HEAD request with a body', help: 'fetch sends no body with GET or HEAD, so the body is left out of the client and the fixtures; use POST (or a query) if the server needs it.' },
  PF116: { severity: 'warning', title: 'request header fetch cannot send', help: 'Header names must be HTTP tokens and values Latin-1 without line breaks or control characters; the header is left out. Fix it in Postman.' },
  PF117: { severity: 'warning', title: 'URL without a host', help: 'A URL like https://:8080/x names no host; the request goes to the client\'s base URL. Write the host (or {{baseUrl}}) in Postman.' },
  PF108: { severity: 'error', title: 'a file cannot be written', help: 'Every write of this run was undone: fix what the message names (a name too long, a full disk, a file where a folder goes, a permission) and run again.' },
  PF901: { severity: 'error', title: 'internal: generated code does not format', help: 'A postforge bug: please report it with the collection that triggers it.' },
  PF107: { severity: 'warning', title: 'response body says JSON but does not parse', help: 'The fixture serves the text as is and the status is typed `string`.' },
  // load: reading any input without crashing, lenient where Postman is
  PF008: { severity: 'error', title: 'input exceeds a limit', help: 'Raise the limit named in the message in postforge.config.* (`limits`), or split the collection.' },
  PF009: { severity: 'error', title: 'input file is not valid UTF-8', help: 'Save the file as UTF-8 (Postman exports UTF-8); the byte offset says where the first invalid byte is.' },
  PF010: { severity: 'warning', title: 'a JSON key is written twice', help: 'The last value is used, as JSON.parse does; remove the other one to be sure which is meant.' },
  PF011: { severity: 'warning', title: '`items` read as `item`', help: 'Postman calls the list of requests and folders `item`; rename it to silence this.' },
  PF012: { severity: 'warning', title: 'collection `info` or its name is missing', help: 'The package is titled after the file; give the collection `info: { name, schema }` to silence this.' },
  PF013: { severity: 'warning', title: 'request without a method: sent as GET', help: 'Postman sends a request without a method as GET; set the method in Postman to silence this.' },
  PF014: { severity: 'info', title: 'request given as a URL string', help: 'Collection v2.1 allows it: the request is a GET of that URL with no headers or body.' },
  PF015: { severity: 'warning', title: 'part of the collection has the wrong type', help: 'The part is left out or read as the message says; the rest of the item is generated. Fix it in the JSON or re-save it in Postman.' },
  PF016: { severity: 'warning', title: 'item cannot be read: left out', help: 'An item is a request (an object with `request`) or a folder (an object with `item`); the other items are still generated.' },
  PF017: { severity: 'warning', title: 'folder nested deeper than limits.maxDepth: left out', help: 'Raise `limits.maxDepth` in postforge.config.* to keep it, or flatten the folders.' },
  PF018: { severity: 'warning', title: 'body over limits.maxBodyBytes (or a response nested deeper than limits.maxJsonDepth): left out', help: 'Raise the limit named in the message in postforge.config.* (`limits`) to keep it, or save a smaller example.' },
  PF019: { severity: 'error', title: 'the Postman SDK cannot read the collection', help: 'A postforge bug (its checks should have caught this): please report it with the collection that triggers it.' },
  // load/v3: collections kept as Postman Collection v3 YAML directories (File System mode, Native Git)
  PF020: { severity: 'error', title: 'a YAML file does not parse', help: 'The message gives the line and column; fix the file (or let Postman rewrite it). The other files are still read and reported, but nothing is written until every file parses.' },
  PF021: { severity: 'error', title: 'a YAML tag or merge key is refused', help: 'postforge reads plain YAML only: no custom or language tags (`!foo`, `!!js/function`) and no `<<` merge keys. Postman never writes them; remove them from the file.' },
  PF022: { severity: 'error', title: 'YAML aliases exceed the bound', help: 'Postman writes no anchors or aliases; a file with many (or aliases that expand hugely, a "YAML bomb") is refused unread. Write the values out.' },
  PF023: { severity: 'warning', title: 'item kind postforge does not generate: left out', help: 'postforge generates HTTP and GraphQL requests (`http-request`, `graphql-request`); WebSocket, gRPC, MQTT, MCP and LLM requests, and unknown `$kind`s, are left out with their examples.' },
  PF024: { severity: 'error', title: 'not a collection v3 directory', help: 'A v3 collection is a folder with `.resources/definition.yaml` (`$kind: collection`) or `*.request.yaml` files; pass that folder (e.g. postman/collections/<Name>).' },
  PF025: { severity: 'warning', title: 'examples without their request, or an examples folder that is missing', help: 'Examples live in `.resources/<Request name>.resources/examples/*.example.yaml` beside `<Request name>.request.yaml`; a renamed request leaves its examples behind. Move or rename the folder to match.' },
  PF026: { severity: 'warning', title: 'a link or path outside the collection folder is not followed', help: 'Symbolic links, and `examples:` paths that climb out of the collection folder (`..`), are never read: keep every file of the collection inside its folder.' },
  PF027: { severity: 'warning', title: '.postman/resources.yaml names a path that does not exist', help: 'The entry is skipped and the others are read; remove it from .postman/resources.yaml (Postman rewrites it when you sync) or restore the folder.' },
  PF028: { severity: 'warning', title: 'part of a v3 file has the wrong shape', help: 'The part is left out or read as the message says; the rest of the file is used. Fix the file, or let Postman rewrite it.' },
  PF029: { severity: 'info', title: 'the collection folder has no .resources/definition.yaml', help: 'The collection is named after its folder and has no collection-wide auth, variables or scripts; Postman writes the file when the collection has any.' },
  // naming (plan/naming.ts, plan/file-names.ts)
  PF140: { severity: 'info', title: 'a generated name was taken: a numeric suffix was added', help: 'Two requests (often a config `names` entry beside a derived name) spell to the same type or file name; rename one in the config or the collection to choose the names yourself.' },
  // write: the output folder and the files written into it
  PF150: { severity: 'error', title: 'the output folder is not a folder', help: 'Give --out (or `out` in the config) a folder, or a path where none exists yet.' },
  PF151: { severity: 'error', title: 'the output folder holds files postforge did not write', help: 'postforge writes only into an empty or missing folder, or one with its postforge.names.json marker (every package it generates has one): choose another --out.' },
  PF152: { severity: 'error', title: 'a file would be written outside the output folder', help: 'Nothing was written. A symbolic link inside the output folder is never written through: replace it with a real folder or file, or remove it.' },
  PF153: { severity: 'warning', title: 'a leftover of the write could not be removed', help: 'The package was written; delete the named `.postforge-*` file or empty folder by hand (the next run removes a leftover file as stale).' },
  // build: the package's dist/, compiled in process (generator/build/)
  PF160: { severity: 'error', title: 'the package does not build', help: 'A postforge bug: the generated src/ does not compile (the TypeScript message names the file and line). Nothing was written; please report it with the collection that triggers it.' },
  // drift: the API compared with the previous generation (generator/drift/)
  PF170: { severity: 'warning', title: 'the previous API summary cannot be read', help: 'postforge.api.json in the package is not one postforge wrote (hand-edited, a merge conflict, another version): no drift report this time; the run writes a fresh one.' },
  // redaction: secrets never reach output (normalize/secrets.ts, normalize/redact.ts, write/secret-scan.ts)
  PF120: { severity: 'info', title: 'secret values replaced with placeholders', help: 'Credentials from the collection (auth values, tokens, passwords, keys) became `redacted-<n>` placeholders; the same value gets the same placeholder. See "What is redacted" in the README.' },
  PF121: { severity: 'error', title: 'a secret would be written', help: 'A postforge bug: an output file still holds a secret. Nothing was written; please report it with the rule named (never the value).' },
  // openapi: what an OpenAPI 3.1 document cannot carry (generator/emit/openapi/)
  PF190: { severity: 'warning', title: 'auth OpenAPI cannot express', help: 'Request signing (OAuth 1.0, JWT, AWS, Hawk, EdgeGrid, hook schemes) is written as an apiKey scheme for where the credential goes, with the scheme\'s settings in `x-postforge-auth` and its description; tools that read the document must sign as the description says.' },
  PF191: { severity: 'warning', title: 'Authorization prefix OpenAPI cannot express', help: 'OpenAPI\'s bearer scheme always sends `Bearer`; a scheme with another prefix (`Zoho-oauthtoken`) is an apiKey `Authorization` header whose description says the prefix.' },
  PF192: { severity: 'warning', title: 'example status OpenAPI cannot name', help: 'OpenAPI names responses 100-599; fix the saved example\'s status in Postman.' },
  PF193: { severity: 'warning', title: 'requests merged into one operation', help: 'OpenAPI has one operation per method and path template (parameter names do not count); the requests\' examples and samples are merged, and the operation takes the first one\'s names.' },
  PF194: { severity: 'warning', title: 'method OpenAPI has no operation for', help: 'OpenAPI 3.1 path items have get, put, post, delete, options, head, patch and trace; readers ignore an operation under another method.' },
} as const satisfies Record<string, { severity: Severity; title: string; help: string }>;

export type DiagnosticCode = keyof typeof CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  itemPath: readonly string[];
  pointer: string;
  /** The 1-based line in `file`, when known (YAML inputs). */
  line?: number;
  help: string;
}

export type Where = SourceRef | { file: string; itemPath?: readonly string[]; pointer?: string; line?: number };

export interface Diagnostics {
  report(code: DiagnosticCode, message: string, where: Where): void;
  readonly all: readonly Diagnostic[];
  hasErrors(): boolean;
}

export function createDiagnostics(): Diagnostics {
  const all: Diagnostic[] = [];
  return {
    all,
    report(code, message, where) {
      const entry = CODES[code];
      all.push({
        code,
        severity: entry.severity,
        message,
        file: where.file,
        itemPath: where.itemPath ?? [],
        pointer: where.pointer ?? '',
        ...('line' in where && typeof where.line === 'number' ? { line: where.line } : {}),
        help: entry.help,
      });
    },
    hasErrors: () => all.some((d) => d.severity === 'error'),
  };
}

/** One diagnostic as the CLI prints it: `warning PF101 file > Item / Path #/pointer: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.line ? `${d.file}:${d.line}` : d.file, d.itemPath.length ? d.itemPath.join(' / ') : null, d.pointer ? `#${d.pointer}` : null]
    .filter((part) => part !== null)
    .join(' ');
  return `${d.severity} ${d.code} ${where}: ${d.message}\n    help: ${d.help}`;
}

/** RFC 6901 pointer from path tokens. */
export function pointerOf(...tokens: Array<string | number>): string {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
