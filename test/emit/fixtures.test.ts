// Saved examples -> test/fixtures/*.json: what the generated fixture tests replay and expect.
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../generator/emit/emit.js';
import type { Fixture, FixtureFile, FixtureFileJson } from '../../templates/test/fixture.js';
import { servedResponse } from '../../templates/mocks/served-response.js';
import { joinedFixtureFile, MOCK_EXAMPLES_PATH, parseMockExamples } from '../helpers/mock-examples.js';
import { bearer, example, folder, item, writeCollection, type ExampleSpec, type JsonObject, type RequestSpec } from '../helpers/collection.js';
import { generateInMemory } from '../helpers/pipeline.js';
import type { FormatCache } from '../../generator/format/format.js';

const SECRET = 'sk_live_0123456789abcdef';
const JSON_HEADERS = [{ key: 'Content-Type', value: 'application/json;charset=utf-8' }];

const update: RequestSpec = {
  method: 'PUT',
  url: '{{api-domain}}/crm/v2/Leads/{{record-id}}',
  header: [{ key: 'Content-Type', value: 'application/json' }],
  body: { raw: '{"data":[{"Last_Name":"A"}]}', language: 'json' },
};
const sentTo = (path: string, fields: Partial<RequestSpec> = {}): RequestSpec => ({ ...update, url: `{{api-domain}}${path}`, header: [...update.header!, { key: 'Authorization', value: 'Zoho-oauthtoken {{access-token}}' }], ...fields });

const vars: JsonObject = {
  auth: bearer(),
  variable: [
    { key: 'api-domain', value: 'https://www.zohoapis.com' },
    { key: 'access-token', value: SECRET },
    { key: 'record-id', value: '111' },
  ],
};

function fixtureFiles(files: readonly OutputFile[]): Map<string, FixtureFile> {
  const examples = parseMockExamples(files.find((f) => f.path === MOCK_EXAMPLES_PATH)?.content ?? '');
  return new Map(
    files
      .filter((f) => f.path.startsWith('test/fixtures/'))
      .map((f) => [f.path.slice('test/fixtures/'.length), joinedFixtureFile(f.content, examples)]),
  );
}

/** Shared by this file's runs, so the copied runtime files are formatted once. */
const formatCache: FormatCache = new Map();

async function fixturesOf(items: JsonObject[], extra: JsonObject = vars) {
  const { files, diagnostics } = await generateInMemory(writeCollection(items, extra), formatCache);
  return { files, fixtures: fixtureFiles(files), diagnostics };
}

describe('emit: fixtures', () => {
  it('an example this endpoint can make is replayed in request mode, with its own values', async () => {
    const { fixtures } = await fixturesOf([
      folder('Update Records', [
        item('Leads', update, [
          example({
            name: 'SUCCESS',
            code: 200,
            header: JSON_HEADERS,
            body: '{"data":[{"code":"SUCCESS"}]}',
            originalRequest: sentTo('/crm/v2/Leads/738964000002148061', { body: { raw: '{"data":[{"Last_Name":"B"}]}', language: 'json' } }),
          }),
        ]),
      ]),
    ]);
    expect([...fixtures.keys()]).toEqual(['leads.json']);
    const file = fixtures.get('leads.json')!;
    expect(file.operation).toBe('leads');
    expect(file.fixtures).toEqual<Fixture[]>([
      {
        name: 'SUCCESS',
        example: 0,
        source: 'Update Records / Leads #/item/0/item/0/response/0',
        mode: 'request',
        note: null,
        input: { path: { recordId: '738964000002148061' }, body: { data: [{ Last_Name: 'B' }] } },
        request: {
          method: 'PUT',
          path: '/crm/v2/Leads/738964000002148061',
          query: [],
          headers: { 'content-type': 'application/json', authorization: 'Bearer test-bearer-credential' },
          body: { kind: 'json', value: { data: [{ Last_Name: 'B' }] } },
        },
        response: { status: 200, headers: [['Content-Type', 'application/json;charset=utf-8']], body: '{"data":[{"code":"SUCCESS"}]}' },
        data: { data: [{ code: 'SUCCESS' }] },
      },
    ]);
  });

  it('an example on another path checks the response only, and says why', async () => {
    const { fixtures } = await fixturesOf([
      item('Leads', update, [example({ name: 'INVALID_MODULE', code: 400, header: JSON_HEADERS, body: '{"code":"INVALID_MODULE"}', originalRequest: sentTo('/crm/v2/Lead/5') })]),
    ]);
    const [fx] = fixtures.get('leads.json')!.fixtures;
    expect(fx).toMatchObject({ mode: 'response-only', input: { path: { recordId: '111' } }, request: { path: '/crm/v2/Leads/111' }, data: { code: 'INVALID_MODULE' } });
    expect(fx!.note).toMatch(/\/crm\/v2\/Lead\/5 is not \/crm\/v2\/Leads\/\{record-id\}/);
  });

  it('percent-encodes path param values as the wire carries them', async () => {
    const { fixtures } = await fixturesOf([item('Leads', update, [example({ name: 'odd id', code: 200, originalRequest: sentTo('/crm/v2/Leads/a b%2Fc') })])]);
    expect(fixtures.get('leads.json')!.fixtures[0]).toMatchObject({ mode: 'request', input: { path: { recordId: 'a b%2Fc' } }, request: { path: '/crm/v2/Leads/a%20b%252Fc' } });
  });

  it('an endpoint without saved examples still gets one fixture: its own request, answered 200 with no body', async () => {
    const { fixtures } = await fixturesOf([item('Leads', update)]);
    expect(fixtures.get('leads.json')!.fixtures).toMatchObject([
      { mode: 'request', input: { path: { recordId: '111' } }, request: { method: 'PUT', path: '/crm/v2/Leads/111', body: { kind: 'json', value: { data: [{ Last_Name: 'A' }] } } }, response: { status: 200, body: '' }, data: null },
    ]);
  });

  it('no credential reaches any generated file, and secret response headers are redacted', async () => {
    const { files, fixtures } = await fixturesOf([
      item('Leads', { ...update, header: [...update.header!, { key: 'X-Api-Key', value: SECRET }] }, [
        example({
          name: 'with cookies',
          code: 200,
          header: [...JSON_HEADERS, { key: 'Set-Cookie', value: `session=${SECRET}` }, { key: 'X-Refresh-Token', value: SECRET }, { key: 'X-Trace', value: 'kept' }],
          body: '{}',
          originalRequest: sentTo('/crm/v2/Leads/1', { header: [{ key: 'Authorization', value: `Bearer ${SECRET}` }] }),
        }),
      ]),
    ]);
    for (const file of files) expect(file.content, file.path).not.toContain(SECRET);
    // Placeholders from normalize's redactor (normalize/redact.ts); other headers as saved.
    expect(fixtures.get('leads.json')!.fixtures[0]!.response.headers).toEqual([
      ['Content-Type', 'application/json;charset=utf-8'],
      ['Set-Cookie', expect.stringMatching(/^redacted-\d+$/)],
      ['X-Refresh-Token', expect.stringMatching(/^redacted-\d+$/)],
      ['X-Trace', 'kept'],
    ]);
  });
});

describe('emit: every fixture can be served by the generated test harness', () => {
  const respond = (spec: Omit<ExampleSpec, 'name'>, name = `${spec.code ?? 200}`) => example({ name, header: JSON_HEADERS, body: '{"a":1}', ...spec });
  type Case = [string, { given: JsonObject[] }];
  const servable: Case[] = [
    ['200, 201, 400, 500', { given: [respond({ code: 200 }), respond({ code: 201 }), respond({ code: 400 }), respond({ code: 500 })] }],
    ['204 and 304 with a saved body', { given: [respond({ code: 204 }), respond({ code: 304 })] }],
    ['a redirect with a Location', { given: [respond({ code: 302, header: [{ key: 'Location', value: 'https://elsewhere.test/' }] })] }],
    ['framing headers from the original wire', { given: [respond({ code: 200, header: [...JSON_HEADERS, { key: 'Content-Encoding', value: 'gzip' }, { key: 'Content-Length', value: '9999' }] })] }],
    ['a Latin-1 header value', { given: [respond({ code: 200, header: [...JSON_HEADERS, { key: 'Content-Disposition', value: 'attachment; filename=résumé.pdf' }] })] }],
  ];
  // Regression: examples the harness cannot serve still become fixtures, so the generated package's own
  // tests fail: a status outside 200-599 (Postman saves what it was given), a header value outside
  // Latin-1, a header name with a space. The generator now skips or sanitises them, with PF112.
  const unservable: Case[] = [
    ['status 101', { given: [respond({ code: 101, body: '' })] }],
    ['status 999', { given: [respond({ code: 999 })] }],
    ['a header value with an emoji', { given: [respond({ code: 200, header: [...JSON_HEADERS, { key: 'X-Note', value: 'ok 😀' }] })] }],
    ['a header name with a space', { given: [respond({ code: 200, header: [...JSON_HEADERS, { key: 'Bad Name', value: 'x' }] })] }],
  ];

  const serveAll = async (examples: JsonObject[]) => {
    const { fixtures } = await fixturesOf([item('Get', { url: 'https://api.test/x' }, examples)], {});
    const all = [...fixtures.values()].flatMap((f) => f.fixtures);
    expect(all).toHaveLength(examples.length);
    for (const fx of all) expect(() => servedResponse(fx.response, fx.source), fx.name).not.toThrow();
  };
  it.each(servable)('%s', async (_, { given }) => serveAll(given));
  it.each(unservable)('%s', async (_, { given }) => serveAll(given));
});
