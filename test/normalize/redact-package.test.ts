// End to end: secrets planted in every place a collection can hold one never appear in any file of
// the generated package; request and response placeholders line up, so the package's own tsc and
// fixture tests pass; and values that only look near secrets (author, token_type, …) stay as written.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { resolveCollection } from '../../generator/config.js';
import { run, type RunResult } from '../../generator/pipeline.js';
import { collection, example, item, url, type JsonObject } from '../helpers/collection.js';
import { removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

/** Each planted secret, by the class of place it stands in. None may reach output. */
const SECRETS = {
  jsonPassword: 'S3cret-Pass!word',
  formClientSecret: 'CS-0a1b2c3d4e5f6789',
  queryApiKey: 'QK-abcdef123456',
  amzSignature: 'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f',
  formdataToken: 'FT-9z8y7x6w5v4u',
  accessToken: 'at-9f8e7d6c5b4a3210ffee',
  refreshToken: 'rt-1122334455667788',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  stripe: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  github: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  slack: 'xoxb-123456789012-abcdefABCDEF',
  google: 'AIzaSyA-1234567890abcdefghijklmnopqrstu',
  aws: 'AKIAIOSFODNN7EXAMPLE',
  pem: 'MIIEpAIBAAKCAQEA1b2c3d4e5f6g7h8i9j0',
  cookie: 'SC-abc123def456',
  setCookie: 'sess-77aa88bb99cc',
  userinfo: 'PW-url-pass-99',
  bearerText: 'Zx81-kq77-Lm55-Pp33',
  textBody: 'tb-secret-5566778899',
  graphqlToken: 'gq-55aa66bb77cc',
  pathSession: 'ps-0099887766',
  variableDefault: 'VD-pass-4242',
  environmentUserinfo: 'ENV-pass-8181',
  secretVariable: 'SV-token-9090abcd',
};

const JSON_HEADER = [{ key: 'Content-Type', value: 'application/json' }];
const USER_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';

const login = (): JsonObject => {
  const request = {
    method: 'POST',
    url: '{{baseUrl}}/login',
    header: JSON_HEADER,
    body: { raw: JSON.stringify({ username: 'ann', password: SECRETS.jsonPassword, meta: { author: 'ann', authorId: 'a-1' } }), language: 'json' },
  };
  const response = JSON.stringify({
    access_token: SECRETS.accessToken,
    refresh_token: SECRETS.refreshToken,
    id_token: SECRETS.jwt,
    token_type: 'bearer',
    expires_in: 3600,
    id: USER_ID,
    status: 'ok',
    author: 'ann',
    authorId: 'a-1',
    echo: { password: SECRETS.jsonPassword },
    webhook: `https://hooks.test/notify?via=${SECRETS.slack}`,
    note: `key ${SECRETS.stripe} and ${SECRETS.github}`,
  });
  return item('Log in', request, [
    example({
      name: 'logged in',
      originalRequest: { ...request, header: [...JSON_HEADER, { key: 'Cookie', value: `session=${SECRETS.cookie}` }] },
      header: [...JSON_HEADER, { key: 'Set-Cookie', value: `sid=${SECRETS.setCookie}; HttpOnly` }],
      body: response,
    }),
  ]);
};

const token = (): JsonObject => {
  const body = {
    mode: 'urlencoded',
    urlencoded: [
      { key: 'grant_type', value: 'client_credentials' },
      { key: 'client_id', value: 'app-1' },
      { key: 'client_secret', value: SECRETS.formClientSecret },
    ],
  };
  const request = { method: 'POST', header: [{ key: 'Content-Type', value: 'application/x-www-form-urlencoded' }], url: '{{baseUrl}}/oauth/token', body };
  return {
    name: 'Get token',
    request,
    response: [{ name: 'token', originalRequest: request, code: 200, status: 'OK', header: JSON_HEADER, body: JSON.stringify({ access_token: SECRETS.accessToken, token_type: 'bearer' }) }],
  };
};

const search = (): JsonObject => {
  const query = [
    { key: 'q', value: 'shoes' },
    { key: 'api_key', value: SECRETS.queryApiKey },
    { key: 'X-Amz-Signature', value: SECRETS.amzSignature },
    { key: 'X-Amz-Credential', value: `${SECRETS.aws}/20200101/us-east-1/s3/aws4_request` },
  ];
  const raw = '{{baseUrl}}/search?' + query.map((q) => `${q.key}=${q.value}`).join('&');
  const request = { method: 'GET', url: url(raw, { query }) };
  return item('Search', request, [example({ name: 'found', originalRequest: request, header: [{ key: 'Content-Type', value: 'text/plain' }], body: `results for ${SECRETS.google}; password=${SECRETS.textBody}` })], {
    description: `Pass \`Authorization: Bearer ${SECRETS.bearerText}\`. Old URL: https://admin:${SECRETS.userinfo}@api.test/search.\n-----BEGIN RSA PRIVATE KEY-----\n${SECRETS.pem}\n-----END RSA PRIVATE KEY-----`,
  });
};

const upload = (): JsonObject => {
  const request = {
    method: 'POST',
    url: '{{baseUrl}}/upload',
    body: { mode: 'formdata', formdata: [{ key: 'title', value: 'cat', type: 'text' }, { key: 'upload_token', value: SECRETS.formdataToken, type: 'text' }] },
  };
  return { name: 'Upload', request, response: [{ name: 'uploaded', originalRequest: request, code: 201, status: 'Created', header: JSON_HEADER, body: '{"ok":true}' }] };
};

const graphql = (): JsonObject => {
  const request = { method: 'POST', url: '{{baseUrl}}/graphql', body: { mode: 'graphql', graphql: { query: 'query { me { id } }', variables: JSON.stringify({ apiToken: SECRETS.graphqlToken, first: 2 }) } } };
  return { name: 'Graphql', request, response: [{ name: 'me', originalRequest: request, code: 200, status: 'OK', header: JSON_HEADER, body: '{"data":{"me":{"id":"1"}}}' }] };
};

const session = (): JsonObject => {
  const request = { method: 'GET', url: url('{{baseUrl}}/sessions/:session_id', { variable: [{ key: 'session_id', value: SECRETS.pathSession }] }), header: [{ key: 'X-Debug', value: '{{debugToken}}' }] };
  return item('Session', request, [example({ name: 'session', originalRequest: request, header: JSON_HEADER, body: JSON.stringify({ ok: true, debug: SECRETS.secretVariable }) })]);
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('secrets planted in a collection, end to end', () => {
  let root: string;
  let dir: string;
  let result: RunResult;
  beforeAll(async () => {
    root = repoTempDir('redact-');
    dir = path.join(root, 'secrets');
    const variable = [
      { key: 'baseUrl', value: `https://svc:${SECRETS.variableDefault}@api.test` },
      { key: 'debugToken', value: SECRETS.secretVariable },
    ];
    const environment = path.join(root, 'secrets.eu.postman_environment.json');
    writeFileSync(environment, JSON.stringify({ name: 'eu', values: [{ key: 'baseUrl', value: `https://eu:${SECRETS.environmentUserinfo}@eu.api.test`, enabled: true }] }));
    const input = path.join(root, 'secrets.postman_collection.json');
    writeFileSync(input, JSON.stringify(collection([login(), token(), search(), upload(), graphql(), session()], { variable, auth: { type: 'bearer', bearer: [{ key: 'token', value: SECRETS.accessToken, type: 'string' }] } })));
    result = await run(resolveCollection({ input, environments: [environment], out: dir, name: 'secrets' }, root), { check: false, formatCache: new Map() });
  }, 30_000);
  afterAll(() => removeDir(root));
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

  it('generates without errors and reports counts and places, never the values', () => {
    expect(result.diagnostics.all.filter((d) => d.severity === 'error')).toEqual([]);
    const report = result.diagnostics.all.filter((d) => d.code === 'PF120');
    expect(report).toHaveLength(1);
    expect(report[0]!.message).toMatch(/^\d+ secret values replaced at \d+ places \(/);
    for (const kind of ['field', 'stripe key', 'github token', 'url userinfo', 'private key', 'bearer token']) expect(report[0]!.message).toMatch(new RegExp(`[(,] ?${kind} \\d+`));
    for (const secret of Object.values(SECRETS)) expect(report[0]!.message).not.toContain(secret);
    expect(result.secrets).toBeGreaterThanOrEqual(Object.keys(SECRETS).length - 2);
  });

  it.each(Object.entries(SECRETS))('%s never appears in any output file', (_name, secret) => {
    const leaks = filesUnder(dir).filter((file) => readFileSync(file, 'utf8').includes(secret));
    expect(leaks.map((f) => path.relative(dir, f))).toEqual([]);
  });

  it('puts placeholders where the secrets stood, so the places still exist', () => {
    expect(read('src/client.ts')).toMatch(/https:\/\/redacted-\d+@eu\.api\.test/);
    expect(read('src/client.ts')).toMatch(/https:\/\/redacted-\d+@api\.test/);
    expect(read('test/fixtures/session.json')).toMatch(/"sessionId": "redacted-\d+"/);
    expect(read('test/fixtures/graphql.json')).toMatch(/"apiToken": "redacted-\d+"/);
    expect(read('test/fixtures/session.json')).toMatch(/"debug": "redacted-\d+"/);
  });

  it('keeps what only looks near a secret', () => {
    const fixture = read('test/fixtures/log-in.json');
    for (const kept of ['"token_type": "bearer"', '"expires_in": 3600', `"id": "${USER_ID}"`, '"status": "ok"', '"author": "ann"', '"authorId": "a-1"', '"grant_type"', '"client_credentials"']) {
      expect(fixture + read('test/fixtures/get-token.json')).toContain(kept);
    }
    expect(read('src/types.ts')).toContain("token_type: 'bearer' | (string & {});");
  });

  it('gives one value one placeholder, in the request sent and the response served', () => {
    const fixture = (JSON.parse(read('test/fixtures/log-in.json')) as { fixtures: Record<string, { input: { body: { password: string } }; request: { body: { value: { password: string } } }; data: { echo: { password: string }; access_token: string } }> }).fixtures['0']!;
    const placeholder = fixture.input.body.password;
    expect(placeholder).toMatch(/^redacted-\d+$/);
    expect(fixture.request.body.value.password).toBe(placeholder);
    expect(fixture.data.echo.password).toBe(placeholder);
    const tokenFixture = (JSON.parse(read('test/fixtures/get-token.json')) as { fixtures: Record<string, { data: { access_token: string } }> }).fixtures['0']!;
    expect(tokenFixture.data.access_token).toBe(fixture.data.access_token);
  });

  it('type-checks, and its fixture tests pass', () => {
    expect(typeErrors([dir])).toEqual([]);
    const output = execFileSync('npx', ['vitest', 'run', '--root', dir, '--reporter=dot'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/\d+ passed/);
    expect(output).not.toMatch(/failed/);
  }, 90_000);
});
