// fast-check arbitraries for random Postman v2.1 collections: folder trees, requests of every
// method, URLs with query and path variables, headers, bodies of every mode, auth blocks and saved
// examples, with hostile strings and planted secrets in every field. `InputClasses` turns off the
// classes the generator cannot handle yet (see known-failing.ts), so the lead can turn them on.
import fc from 'fast-check';
import { BREAKOUTS, CANARY_PAYLOADS } from '../helpers/output-checks.js';

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
type Obj = Record<string, unknown>;

/** Secrets of well-known shapes: they must never reach output, wherever they are planted. */
export const SHAPED_SECRETS = [
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmdXp6LXBsYW50ZWQifQ.ZnV6elNpZ25hdHVyZVBsYW50ZWQxMjM0NTY3OA',
  'sk_live_51FuzzPlantedSecretAbcdefGhijkl',
  'ghp_FuzzPlantedSecret0123456789abcdefABCD',
  'xoxb-210987654321-FuzzPlantedSlackToken',
  'AIzaSyFuzzPlantedSecret_0123456789abcdef',
  'AKIAFUZZPLANTED12345',
] as const;
/**
 * Plain-looking values: secrets only because of the key they sit under (password, client_secret, ...),
 * so they are planted only under secret keys and in auth blocks; anywhere else they would be data.
 */
export const KEYED_SECRETS = ['fuzz-planted-password-8c7b6a5d', 'fuzz-planted-client-secret-1f2e3d4c'] as const;
export const PLANTED_SECRETS: readonly string[] = [...SHAPED_SECRETS, ...KEYED_SECRETS];
const SECRET_KEYS = ['password', 'client_secret', 'api_key', 'access_token', 'secret', 'token', 'Authorization', 'X-API-Key'];

/** Classes of input the arbitraries produce; each is on unless turned off (while its fix is pending). */
export interface InputClasses {
  /** Names and keys with non-ASCII letters, NUL, lone surrogates, bidi and line separators. */
  unicodeText: boolean;
  /** Methods that are not HTTP tokens (`GET /x`, quotes), and lower case. */
  oddMethods: boolean;
  /** Header names that are not tokens, and values fetch rejects (CR/LF, non-Latin-1). */
  oddHeaders: boolean;
  /** Bodies on GET and HEAD requests. */
  getBodies: boolean;
  /** `1e400`, `-0`, `1e-400` in JSON bodies. */
  oddNumbers: boolean;
  /** `__proto__`, `constructor`, `prototype` as keys and names. */
  protoKeys: boolean;
  /** Reserved words and names the generated files declare (`class`, `Specs`, `Options`, ...) as item names. */
  reservedNames: boolean;
  /** Item names that differ only in case or punctuation, and type-name suffixes. */
  collidingNames: boolean;
  /** Names of 200+ characters. */
  longNames: boolean;
  /** awsv4 auth blocks (signed with a fixed clock in the fixtures). */
  awsv4: boolean;
  /** URLs given as free text (no host, `https://:8080/x`, userinfo, hostile characters). */
  oddUrls: boolean;
  /** Saved statuses outside the usual set: 3xx redirects, and any number 0-999. */
  oddStatuses: boolean;
  /** Saved bodies whose content type says something else (JSON text without a JSON type, non-JSON text with one), top-level JSON scalars, empty bodies. */
  mislabelledBodies: boolean;
  /** GraphQL request bodies. */
  graphql: boolean;
  /** The same header name twice in one request (any case). */
  repeatedHeaders: boolean;
  /** HEAD requests (their examples save a body, which HEAD never carries over HTTP). */
  head: boolean;
  /** Backslashes in text (a string ending in one, then `/*`, confuses the code writer). */
  backslashes: boolean;
}

export const ALL_CLASSES: InputClasses = { unicodeText: true, oddMethods: true, oddHeaders: true, getBodies: true, oddNumbers: true, protoKeys: true, reservedNames: true, collidingNames: true, longNames: true, awsv4: true, oddUrls: true, oddStatuses: true, mislabelledBodies: true, graphql: true, repeatedHeaders: true, head: true, backslashes: true };

const RESERVED = ['class', 'default', 'delete', 'new', 'function', 'let', 'await', 'yield', 'enum', 'eval', 'arguments', 'undefined', 'Object', 'Promise', 'Specs', 'Options', 'Params', 'Client', 'Runtime', 'fetch', 'then', 'toString'];
const PROTO = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', '__defineGetter__'];
const HOSTILE_TEXTS: readonly string[] = CANARY_PAYLOADS.flatMap((p) => BREAKOUTS.map((b) => b(p)));

export function arbitraries(classes: InputClasses = ALL_CLASSES) {
  const asciiFragment = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
    { weight: 3, arbitrary: fc.constantFrom('"', "'", '`', '${', '}', '*/', '/*', '//', '\\', '\n', '\r\n', '</script>', '../', '..\\', '/', '.', '-', '_', '{{', '}}', ':id', '?', '&', '=', '#', '%', '%00', ' ') },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    // Planted as a whole token: shapes are matched at word boundaries, so `x` + `ghp_…` glued into one word is not a GitHub token.
    { weight: 1, arbitrary: fc.constantFrom(...SHAPED_SECRETS).map((secret) => ` ${secret} `) },
  );
  const unicodeFragment = fc.oneof(
    fc.constantFrom('\u2028', '\u2029', '\u0000', '\u202e', '\u202d', '\u200b', '\ufeff', '\ud800', '\udfff', 'm²', 'é', 'É', 'ß', '日本', '🦄', 'ǅ', 'İ', '\u0301'),
    fc.string({ unit: 'binary', maxLength: 4 }),
    fc.nat(0xffff).map((n) => String.fromCharCode(n)),
  );
  const anyFragment = classes.unicodeText ? fc.oneof({ weight: 5, arbitrary: asciiFragment }, { weight: 2, arbitrary: unicodeFragment }) : asciiFragment;
  const fragment = classes.backslashes ? anyFragment : anyFragment.map((f) => f.replace(/\\/g, '/'));
  const specialWords = [...(classes.reservedNames ? RESERVED : []), ...(classes.protoKeys ? PROTO : [])];
  /** Any text: fragments joined, sometimes a special word, sometimes very long. */
  const text = fc.oneof(
    { weight: 8, arbitrary: fc.array(fragment, { maxLength: 5 }).map((parts) => parts.join('')) },
    ...(specialWords.length ? [{ weight: 2, arbitrary: fc.constantFrom(...specialWords) }] : []),
    ...(classes.longNames ? [{ weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'Name ', 'é', '../'), fc.integer({ min: 60, max: 120 })).map(([s, n]) => s.repeat(n)) }] : []),
  );
  const name = classes.collidingNames ? fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('Get User', 'get_user', 'GET-USER', 'Get User Params', '24hr Stats', 'T 24hr Stats', 'Users', 'users') }) : text;
  /** Header and query keys: mostly plain, sometimes secret-looking, sometimes hostile. */
  const key = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,11}$/) }, { weight: 1, arbitrary: fc.constantFrom(...SECRET_KEYS) }, { weight: 2, arbitrary: text });
  const variableRef = fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/).map((v) => `{{${v}}}`);
  const value = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: variableRef }, { weight: 1, arbitrary: fc.constantFrom(...SHAPED_SECRETS) });

  const description = fc.option(text, { nil: undefined });
  const numberText = classes.oddNumbers ? fc.constantFrom('1e400', '-1e400', '-0', '1e-400', '123456789012345678901234567890', '0.1', '42') : fc.constantFrom('0.1', '42', '123456789012345678901234567890');
  const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      value,
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.oneof(key, fc.constantFrom(...SECRET_KEYS, ...(classes.protoKeys ? PROTO : []))), tie('v'), { maxKeys: 4 }),
    ),
  })).v;
  /** JSON text, sometimes with a number JSON.stringify cannot write, sometimes broken. */
  const jsonText = fc.oneof(
    { weight: 6, arbitrary: jsonValue.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.tuple(key, numberText).map(([k, n]) => `{${JSON.stringify(k)}: ${n}, "list": [${n}]}`) },
    { weight: 1, arbitrary: text },
  );
  const secretField = fc.tuple(fc.constantFrom(...SECRET_KEYS), fc.constantFrom(...PLANTED_SECRETS));
  const jsonBody = fc.oneof(jsonText, fc.tuple(secretField, jsonValue).map(([[k, s], v]) => JSON.stringify({ [k]: s, data: v })));

  const headerName = classes.oddHeaders
    ? fc.oneof({ weight: 4, arbitrary: key }, { weight: 1, arbitrary: fc.constantFrom('disabled header', 'X-"Q"', 'X-`T`', '', 'Content-Type', 'Cookie', 'Authorization') })
    : fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,11}$/), fc.constantFrom('Content-Type', 'Cookie', 'Authorization', 'X-API-Key'));
  const header = fc.record(
    {
      key: headerName,
      value: classes.oddHeaders ? value : fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 12 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')), variableRef, fc.constantFrom(...SHAPED_SECRETS)),
      disabled: fc.option(fc.boolean(), { nil: undefined }),
      description,
    },
    { requiredKeys: ['key', 'value'] },
  );
  const query = fc.record({ key, value, disabled: fc.option(fc.boolean(), { nil: undefined }), description }, { requiredKeys: ['key', 'value'] });
  const segment = fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_.-]{1,10}$/) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z_]{0,6}$/).map((v) => `:${v}`) }, { weight: 1, arbitrary: variableRef }, { weight: 1, arbitrary: text.map((t) => encodeURIComponent(t.replace(/[\ud800-\udfff]/g, '\ufffd'))) });
  const url = fc.oneof(
    { weight: 4, arbitrary: fc.record({ host: fc.constantFrom(['api', 'test'], ['{{baseUrl}}'], ['{{base}}', 'example'], ['files', 'api', 'test']), path: fc.array(segment, { maxLength: 4 }), query: fc.array(query, { maxLength: 3 }) }).map(({ host, path, query }) => {
      const search = query.length ? '?' + query.map((q) => `${q.key}=${q.value}`).join('&') : '';
      const variable = path.filter((p) => p.startsWith(':')).map((p) => ({ key: p.slice(1), value: '7' }));
      return { raw: `https://${host.join('.')}/${path.join('/')}${search}`, protocol: 'https', host, path, query, ...(variable.length ? { variable } : {}) };
    }) },
    ...(classes.oddUrls ? [{ weight: 1, arbitrary: fc.oneof(text, fc.constantFrom('https://:8080/x', 'https://user:fuzz-planted-password-8c7b6a5d@api.test/u', '/relative', '{{baseUrl}}', '')) }] : []),
  );
  const body = fc.oneof(
    fc.constant(undefined),
    jsonBody.map((raw) => ({ mode: 'raw', raw, options: { raw: { language: 'json' } } })),
    text.map((raw) => ({ mode: 'raw', raw })),
    fc.array(fc.oneof(fc.record({ key, value }), secretField.map(([k, v]) => ({ key: k, value: v }))), { maxLength: 3 }).map((urlencoded) => ({ mode: 'urlencoded', urlencoded })),
    fc.array(fc.oneof(fc.record({ key, value, type: fc.constant('text') }), fc.record({ key, src: fc.constantFrom('/etc/passwd', '../../secret.txt', 'C:\\x'), type: fc.constant('file') })), { maxLength: 3 }).map((formdata) => ({ mode: 'formdata', formdata })),
    fc.constantFrom('/etc/passwd', '../x.bin').map((src) => ({ mode: 'file', file: { src } })),
    ...(classes.graphql ? [fc.tuple(text, jsonText).map(([q, variables]) => ({ mode: 'graphql', graphql: { query: `query { ${q} }`, variables } }))] : []),
  );
  const credential = fc.oneof(variableRef, fc.constantFrom(...PLANTED_SECRETS));
  const auth = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    fc.constant({ type: 'noauth' }),
    credential.map((token) => ({ type: 'bearer', bearer: [{ key: 'token', value: token }] })),
    fc.tuple(text, credential).map(([username, password]) => ({ type: 'basic', basic: [{ key: 'username', value: username }, { key: 'password', value: password }] })),
    fc.tuple(headerName, credential, fc.constantFrom('header', 'query')).map(([k, v, where]) => ({ type: 'apikey', apikey: [{ key: 'key', value: k }, { key: 'value', value: v }, { key: 'in', value: where }] })),
    credential.map((accessToken) => ({ type: 'oauth2', oauth2: [{ key: 'accessToken', value: accessToken }, { key: 'addTokenTo', value: 'header' }] })),
    ...(classes.awsv4 ? [fc.tuple(credential, credential).map(([a, s]) => ({ type: 'awsv4', awsv4: [{ key: 'accessKey', value: a }, { key: 'secretKey', value: s }, { key: 'region', value: 'us-east-1' }, { key: 'service', value: 's3' }] }))] : []),
    fc.constantFrom('digest', 'ntlm', 'hawk', 'edgegrid', 'oauth1', 'jwt', 'unknown-kind').map((type) => ({ type })),
  );
  const plainMethod = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', ...(classes.head ? ['HEAD'] : []));
  const method = classes.oddMethods ? fc.oneof({ weight: 8, arbitrary: plainMethod }, { weight: 1, arbitrary: fc.constantFrom('get', 'Patch', 'GET /admin', "P'OST", 'PURGE', 'COPY', '') }) : plainMethod;
  const request = fc.record({ method, url, header: fc.array(header, { maxLength: 3 }), body, auth, description }).map((r) => {
    const seen = new Set<string>();
    const headers = classes.repeatedHeaders ? r.header : r.header.filter((h) => !seen.has(h.key.toLowerCase()) && seen.add(h.key.toLowerCase()));
    const out: Obj = { method: r.method, url: r.url, header: headers };
    const bodyAllowed = classes.getBodies || !['GET', 'HEAD', 'get'].includes(r.method);
    if (r.body && bodyAllowed) out['body'] = r.body;
    if (r.auth) out['auth'] = r.auth;
    if (r.description !== undefined) out['description'] = r.description;
    return out;
  });
  const status = classes.oddStatuses
    ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(200, 201, 202, 204, 301, 302, 304, 400, 401, 404, 422, 500) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }) })
    : fc.constantFrom(200, 201, 202, 204, 400, 401, 404, 422, 500);
  const parses = (t: string) => {
    try {
      JSON.parse(t);
      return true;
    } catch {
      return false;
    }
  };
  const container = jsonValue.filter((v) => typeof v === 'object' && v !== null);
  const exampleBody = (json: boolean) =>
    classes.mislabelledBodies ? fc.oneof(jsonBody, text) : json ? container.map((v) => JSON.stringify(v)) : text.filter((t) => t.trim() !== '' && !parses(t.trim()));
  const example = (req: Obj) =>
    fc.boolean().chain((json) => fc.record({ name: text, status: text, code: status, json: fc.constant(json), body: exampleBody(json), header: fc.array(header, { maxLength: 2 }), own: fc.boolean() })).map((e) => ({
      name: e.name,
      ...(e.own ? { originalRequest: req } : {}),
      status: e.status,
      code: e.code,
      ...(e.json ? { _postman_previewlanguage: 'json' } : {}),
      header: [...(e.json ? [{ key: 'Content-Type', value: 'application/json' }] : []), ...e.header.filter((h) => classes.mislabelledBodies || h.key.toLowerCase() !== 'content-type')],
      body: e.body,
    }));
  const requestItem = fc
    .tuple(name, description, request)
    .chain(([n, d, req]) => fc.array(example(req), { maxLength: 2 }).map((response) => ({ name: n, ...(d !== undefined ? { description: d } : {}), request: req, response })));
  const item: fc.Arbitrary<Obj> = fc.letrec<{ node: Obj }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true, maxDepth: 3 },
      requestItem,
      fc.record({ name, description, item: fc.array(tie('node'), { minLength: 1, maxLength: 2 }), auth }).map((f) => {
        const out: Obj = { name: f.name, item: f.item };
        if (f.description !== undefined) out['description'] = f.description;
        if (f.auth) out['auth'] = f.auth;
        return out;
      }),
    ),
  })).node;
  const hostVariable = fc.record({ key: fc.constantFrom('baseUrl', 'base'), value: classes.oddUrls ? value : fc.constantFrom('https://api.test', 'https://api.test/v1', 'http://localhost:8080/base') });
  const variable = fc.oneof(fc.record({ key: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), fc.constantFrom('token', 'password', 'api-key')), value }), hostVariable);
  const collection = fc.record({ name: text, description, item: fc.array(item, { minLength: 1, maxLength: 3 }), variable: fc.array(variable, { maxLength: 3 }), auth }).map((c) => {
    const out: Obj = { info: { name: c.name, schema: V21, ...(c.description !== undefined ? { description: c.description } : {}) }, item: c.item, variable: c.variable };
    if (c.auth) out['auth'] = c.auth;
    return out;
  });
  return { text, collection };
}
