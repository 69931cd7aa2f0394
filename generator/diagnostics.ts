// Diagnostics are collected, never thrown one by one: every stage reports into one collector,
// and the CLI prints them together and turns errors into the exit code.
import type { SourceRef } from './model/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** The catalogue: every code postforge can report, its severity and a help line (documented in the README). */
export const CODES = {
  PF001: { severity: 'error', title: 'input file cannot be read', help: 'Check the path given on the command line or in postforge.config.*.' },
  PF002: { severity: 'error', title: 'input is not valid JSON', help: 'Re-export the collection from Postman (Export > Collection v2.1).' },
  PF003: { severity: 'error', title: 'not a Postman collection v2.0 or v2.1', help: 'In Postman, use Export and choose "Collection v2.1 (recommended)".' },
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
  PF109: { severity: 'info', title: 'saved body of a status that has none', help: 'Responses with status 101, 103, 204, 205 or 304 carry no body; the example is typed and tested as empty.' },
  PF110: { severity: 'info', title: 'converted from collection v1', help: 'Re-export the collection from Postman as v2.1 to keep pointers in diagnostics identical to the file.' },
  PF111: { severity: 'info', title: 'auth setting is a variable without a value', help: 'The generated `Auth` type asks the caller for it with the credential (e.g. `awsv4: { accessKey, secretKey, region }`); give the variable a value to make it the default.' },
  PF112: { severity: 'warning', title: 'part of a saved example cannot be served', help: 'fetch only returns statuses 200-599 and headers with token names and Latin-1 values; fix the example in Postman.' },
  PF113: { severity: 'warning', title: 'names lock cannot be read', help: 'Delete the package\'s postforge.names.json to derive every name afresh, or restore it from version control.' },
  PF108: { severity: 'error', title: 'output folder cannot be written', help: 'Check the --out folder: postforge writes only inside it.' },
  PF901: { severity: 'error', title: 'internal: generated code does not format', help: 'A postforge bug: please report it with the collection that triggers it.' },
  PF107: { severity: 'warning', title: 'response body says JSON but does not parse', help: 'The fixture serves the text as is and the status is typed `string`.' },
  // redaction: secrets never reach output (normalize/secrets.ts, normalize/redact.ts, write/secret-scan.ts)
  PF120: { severity: 'info', title: 'secret values replaced with placeholders', help: 'Credentials from the collection (auth values, tokens, passwords, keys) became `redacted-<n>` placeholders; the same value gets the same placeholder. See "What is redacted" in the README.' },
  PF121: { severity: 'error', title: 'a secret would be written', help: 'A postforge bug: an output file still holds a secret. Nothing was written; please report it with the rule named (never the value).' },
} as const satisfies Record<string, { severity: Severity; title: string; help: string }>;

export type DiagnosticCode = keyof typeof CODES;

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  itemPath: readonly string[];
  pointer: string;
  help: string;
}

export interface Diagnostics {
  report(code: DiagnosticCode, message: string, where: SourceRef | { file: string; itemPath?: readonly string[]; pointer?: string }): void;
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
        help: entry.help,
      });
    },
    hasErrors: () => all.some((d) => d.severity === 'error'),
  };
}

/** One diagnostic as the CLI prints it: `warning PF101 file > Item / Path #/pointer: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.itemPath.length ? d.itemPath.join(' / ') : null, d.pointer ? `#${d.pointer}` : null]
    .filter((part) => part !== null)
    .join(' ');
  return `${d.severity} ${d.code} ${where}: ${d.message}\n    help: ${d.help}`;
}

/** RFC 6901 pointer from path tokens. */
export function pointerOf(...tokens: Array<string | number>): string {
  return tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
