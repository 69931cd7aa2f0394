// Every Postman body mode end to end: one request per mode, each with a saved example, through the
// whole pipeline into a package on disk; the real compiler over it; then its own fixture tests,
// over the stub and over HTTP. Also: a wrong form value makes its fixture fail.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture, FixtureDriver, FixtureFile } from '../../templates/test/harness.js';
import type { FixtureFileJson } from '../../templates/test/fixture.js';
import { joinedFixtureFile, MOCK_EXAMPLES_PATH, parseMockExamples } from '../helpers/mock-examples.js';
import { runFixture, runFixturesOverHttp } from '../../templates/test/harness.js';
import type { RunResult } from '../../generator/pipeline.js';
import { collection, type JsonObject } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const URL_ = { raw: 'https://api.test/v1/things', protocol: 'https', host: ['api', 'test'], path: ['v1', 'things'] };
const GRAPHQL_URL = { raw: 'https://api.test/graphql', protocol: 'https', host: ['api', 'test'], path: ['graphql'] };
const QUERY = 'query ($id: String!, $locale: String) {\n  product(uid: $id, locale: $locale) { title }\n}';

/** One request with `body` and one saved example whose originalRequest sends `exampleBody`. */
function request(
  name: string,
  body: JsonObject | null,
  exampleBody: JsonObject | null,
  header: JsonObject[] = [],
  url: JsonObject = URL_,
  method = 'POST',
): JsonObject {
  const req = (b: JsonObject | null): JsonObject => ({ method, header, url, ...(b ? { body: b } : {}) });
  return {
    name,
    request: req(body),
    response: [
      {
        name: `${name} ok`,
        originalRequest: req(exampleBody),
        code: 200,
        status: 'OK',
        _postman_previewlanguage: 'json',
        header: [{ key: 'Content-Type', value: 'application/json' }],
        body: JSON.stringify({ ok: name }),
      },
    ],
  };
}

const raw = (text: string, language: string): JsonObject => ({
  mode: 'raw',
  raw: text,
  options: { raw: { language } },
});
const urlencoded = (fields: JsonObject[]): JsonObject => ({ mode: 'urlencoded', urlencoded: fields });
const formdata = (fields: JsonObject[]): JsonObject => ({ mode: 'formdata', formdata: fields });
const graphql = (variables: string): JsonObject => ({ mode: 'graphql', graphql: { query: QUERY, variables } });

const everyMode = collection([
  request('Create JSON', raw('{"name":"a","tags":["x"]}', 'json'), raw('{"name":"b","tags":[]}', 'json'), [
    { key: 'Content-Type', value: 'application/json' },
  ]),
  request('Send text', raw('hello', 'text'), raw('hello again', 'text'), [
    { key: 'Content-Type', value: 'text/plain' },
  ]),
  request('Send XML', raw('<a>1</a>', 'xml'), raw('<a>2</a>', 'xml'), [
    { key: 'Content-Type', value: 'application/xml' },
  ]),
  request(
    'Get token',
    urlencoded([
      { key: 'grant_type', value: 'client_credentials' },
      { key: 'client_secret', value: '{{client_secret}}' },
      { key: 'scope', value: 'read', disabled: true },
    ]),
    urlencoded([
      { key: 'grant_type', value: 'client_credentials' },
      { key: 'client_secret', value: '{{client_secret}}' },
      { key: 'scope', value: 'read write' },
    ]),
    [{ key: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
  ),
  request(
    'Upload evidence',
    formdata([
      { key: 'purpose', value: 'dispute_evidence', type: 'text' },
      { key: 'file', type: 'file', src: '/Users/someone/evidence.pdf', contentType: 'application/pdf' },
      { key: 'note', value: '', type: 'text', disabled: true },
    ]),
    formdata([
      { key: 'purpose', value: 'identity_document', type: 'text' },
      { key: 'file', type: 'file', src: '/Users/someone/passport.png' },
    ]),
    [{ key: 'Content-Type', value: 'multipart/form-data' }],
  ),
  request(
    'Upload CSV',
    { mode: 'file', file: { src: '/tmp/data.csv' } },
    { mode: 'file', file: { src: '/tmp/other.csv' } },
    [{ key: 'Content-Type', value: 'text/csv' }],
    URL_,
    'PUT',
  ),
  request('Get product', graphql('{"id":"{{entry_uid}}"}'), graphql('{"id":"blt1","locale":"en-us"}'), [], GRAPHQL_URL),
  request('Ping', null, null, [], URL_, 'GET'),
]);

let root: string | undefined;
let dir = '';
let result: RunResult;
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
/** One entry of the spec table, from its name to its `auth`. */
const specOf = (endpoints: string, fn: string) =>
  /^  (\w+): \{[\s\S]*?auth: /m.exec(endpoints.slice(endpoints.indexOf(`  ${fn}: {`)))?.[0] ?? '';
const fixtureFile = (name: string): FixtureFile => joinedFixtureFile(read(`test/fixtures/${name}.json`), parseMockExamples(read(MOCK_EXAMPLES_PATH)));

beforeAll(async () => {
  root = repoTempDir('body-modes-');
  result = await generatePackage(root, 'every-mode', everyMode);
  dir = path.join(root, 'every-mode');
}, 60_000);
afterAll(() => removeDir(root));

describe('generated types and specs', () => {
  it('generates without errors or warnings', () => {
    expect(result.diagnostics.all.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.message}`)).toEqual(
      [],
    );
    expect(result.counts).toEqual({ endpoints: 8, examples: 8, tests: 8 });
  });

  it('types each body by its mode', () => {
    const types = read('src/types.ts');
    expect(types).toContain('export type CreateJsonBody = {\n  name: string;\n  tags: string[];\n};');
    expect(types).toContain('export type SendTextBody = string;');
    expect(types).toContain('export type SendXmlBody = SendTextBody;');
    expect(types).toContain(
      'export type GetTokenBody = {\n  grant_type: string;\n  client_secret: string;\n  scope?: string;\n};',
    );
    expect(types).toContain(
      'export type UploadEvidenceBody = {\n  purpose: string;\n  file: Blob;\n  note?: string;\n};',
    );
    expect(types).toContain('export type UploadCsvBody = Blob;');
    // The variables' own types come from inference (literal unions included); here only their keys matter.
    expect(types).toMatch(
      /export type GetProductBody = \{\n[^}]*query\?: string;\n  variables: \{\n    id: string;\n    locale\?: [^\n]+;\n  \};\n\};/,
    );
    expect(types).not.toContain('PingBody');
  });

  it('declares the encoding in the spec table, with the collection query as the GraphQL default', () => {
    const endpoints = read('src/endpoints.ts');
    for (const [fn, body] of [
      ['createJson', 'json'],
      ['sendText', 'text'],
      ['sendXml', 'text'],
      ['getToken', 'form'],
      ['uploadEvidence', 'multipart'],
      ['uploadCsv', 'binary'],
      ['getProduct', 'graphql'],
    ] as const) {
      expect(specOf(endpoints, fn)).toContain(`body: '${body}'`);
    }
    expect(specOf(endpoints, 'getProduct')).toContain(`graphqlQuery: '${QUERY.replaceAll('\n', '\\n')}'`);
    expect(specOf(endpoints, 'uploadEvidence')).not.toContain('multipart/form-data');
  });

  it('writes form, multipart, file and GraphQL fixtures from the examples, with credentials redacted and files as placeholders', () => {
    const [token] = fixtureFile('get-token').fixtures;
    expect(token).toMatchObject({
      mode: 'request',
      input: { body: { grant_type: 'client_credentials', client_secret: '<redacted>', scope: 'read write' } },
      request: {
        body: {
          kind: 'form',
          value: [
            ['grant_type', 'client_credentials'],
            ['client_secret', '<redacted>'],
            ['scope', 'read write'],
          ],
        },
      },
    });
    const [upload] = fixtureFile('upload-evidence').fixtures;
    expect(upload).toMatchObject({
      input: {
        body: {
          purpose: 'identity_document',
          file: { $blob: { type: 'application/octet-stream', filename: 'passport.png' } },
        },
      },
      request: {
        body: {
          kind: 'multipart',
          value: [
            { name: 'purpose', text: 'identity_document' },
            { name: 'file', file: { filename: 'passport.png', type: 'application/octet-stream' } },
          ],
        },
      },
    });
    expect(fixtureFile('upload-csv').fixtures[0]).toMatchObject({
      input: { body: { $blob: { type: 'text/csv' } } },
      request: { body: { kind: 'binary', value: { type: 'text/csv' } } },
    });
    expect(fixtureFile('get-product').fixtures[0]).toMatchObject({
      input: { body: { variables: { id: 'blt1', locale: 'en-us' } } },
      request: { body: { kind: 'json', value: { query: QUERY, variables: { id: 'blt1', locale: 'en-us' } } } },
    });
    const everything = read('test/fixtures/get-token.json') + read('test/fixtures/upload-evidence.json');
    expect(everything).not.toContain('{{client_secret}}');
    expect(everything).not.toContain('/Users/someone');
  });
});

describe('the generated package', () => {
  it('type-checks under strict settings, and its body types take what each mode needs', () => {
    writeFileSync(
      path.join(dir, 'test', 'consumer.ts'),
      [
        "import { createClient } from '../src/index.js';",
        "const client = createClient({ baseUrl: 'https://api.test' });",
        "void client.getToken({ body: { grant_type: 'client_credentials', client_secret: 's' } });",
        "void client.uploadEvidence({ body: { purpose: 'p', file: new File(['x'], 'a.pdf') } });",
        "void client.uploadCsv({ body: new Blob(['a,b']) });",
        "void client.getProduct({ body: { variables: { id: 'blt1' } } });",
        "void client.getProduct({ body: { query: '{ other }', variables: { id: 'blt1' } } });",
        '// @ts-expect-error a file field takes a Blob',
        "void client.uploadEvidence({ body: { purpose: 'p', file: 'not a file' } });",
        '// @ts-expect-error a required form field is required',
        "void client.getToken({ body: { grant_type: 'client_credentials' } });",
        '// @ts-expect-error GraphQL variables are typed from the examples',
        'void client.getProduct({ body: { variables: { id: 1 } } });',
        '',
      ].join('\n'),
    );
    expect(typeErrors([dir])).toEqual([]);
  }, 60_000);

  it('passes its own fixture tests, over the stub and over HTTP', async () => {
    const { cases } = (await import(pathToFileURL(path.join(dir, 'test', 'cases.ts')).href)) as {
      cases: ReadonlyArray<{ file: FixtureFile; driver: FixtureDriver<unknown> }>;
    };
    expect(cases.map((c) => c.file.fixtures.map((fx) => fx.mode)).flat()).toEqual(Array(8).fill('request'));
    for (const { file, driver } of cases) for (const fx of file.fixtures) await runFixture(fx, driver);
    await runFixturesOverHttp(cases.flatMap(({ file, driver }) => file.fixtures.map((fx) => ({ fx, driver }))));
  }, 30_000);

  it('fails the fixture when a form field goes out with another value', async () => {
    const { cases } = (await import(pathToFileURL(path.join(dir, 'test', 'cases.ts')).href)) as {
      cases: ReadonlyArray<{ file: FixtureFile; driver: FixtureDriver<unknown> }>;
    };
    const token = cases.find((c) => c.file.operation === 'getToken')!;
    const fx = token.file.fixtures[0]!;
    const wrong: Fixture = { ...fx, input: { body: { ...(fx.input.body as object), scope: 'read' } } };
    await expect(runFixture(wrong, token.driver)).rejects.toThrow(`${fx.source}: form request body`);
    await expect(runFixturesOverHttp([{ fx: wrong, driver: token.driver }])).rejects.toThrow(
      `${fx.source}: form request body`,
    );
  });
});
