// The emitted mocks: src/mocks/examples.ts holds exactly the saved responses the fixtures serve
// (credentials redacted), typed picks per endpoint, the client's own specs for matching, and the
// two entry points; collection text reaches them only as literals.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../generator/paths.js';
import type { OutputFile } from '../../generator/emit/emit.js';
import type { FormatCache } from '../../generator/format/format.js';
import { bearer, example, item, url, writeCollection } from '../helpers/collection.js';
import { joinedFixtureFile, MOCK_EXAMPLES_PATH, parseMockExamples } from '../helpers/mock-examples.js';
import { generateInMemory } from '../helpers/pipeline.js';

const SECRET = 'sk_live_51Hq8aZ2eZvKYlo2C0mHn4Lk3yQ';
const HOSTILE = "it's */ `${x}` \u202e</script>";
const formatCache: FormatCache = new Map();

async function generated(): Promise<OutputFile[]> {
  const { files } = await generateInMemory(
    writeCollection(
      [
        item('Search', { url: url('https://api.test/search?q=lead&page=1&filter=x', { query: [{ key: 'q', value: 'lead' }, { key: 'page', value: '1' }, { key: 'filter', value: 'x', disabled: true }] }) }, [
          example({ name: HOSTILE, code: 404, body: '{"code":"NOT_FOUND"}', language: 'json' }),
          example({ name: 'found', code: 200, body: `{"token":"${SECRET}","id":12345678901234567890}`, language: 'json', header: [{ key: 'Set-Cookie', value: `session=${SECRET}` }, { key: 'X-Trace', value: 'abc' }] }),
        ]),
        item('Ping', { url: 'https://api.test/ping' }),
      ],
      { auth: bearer() },
    ),
    formatCache,
  );
  return files;
}

const text = (files: readonly OutputFile[], path: string) => files.find((f) => f.path === path)?.content ?? '';

describe('src/mocks/examples.ts', () => {
  it('holds each servable saved response once, redacted, in collection order; the fixtures point at them', async () => {
    const files = await generated();
    const source = text(files, MOCK_EXAMPLES_PATH);
    expect(source).not.toContain(SECRET);
    const examples = parseMockExamples(source);
    expect(Object.keys(examples)).toEqual(['search', 'ping']);
    expect(examples['ping']).toEqual([]);
    const [notFound, found] = examples['search']!;
    expect(notFound).toEqual({ name: HOSTILE, status: 404, headers: [], body: '{"code":"NOT_FOUND"}' });
    expect(found!.body).toMatch(/^\{"token":"redacted-\d+","id":12345678901234567890\}$/);
    expect(found!.headers).toEqual([['Set-Cookie', expect.stringMatching(/^redacted-\d+$/)], ['X-Trace', 'abc']]);

    const search = joinedFixtureFile(text(files, 'test/fixtures/search.json'), examples);
    expect(search.fixtures.map((fx) => [fx.example, fx.response])).toEqual([[0, { status: 404, headers: [], body: notFound!.body }], [1, { status: 200, headers: found!.headers, body: found!.body }]]);
    // Written once: the fixture files no longer carry the response.
    expect(text(files, 'test/fixtures/search.json')).not.toContain('"response"');
    const ping = joinedFixtureFile(text(files, 'test/fixtures/ping.json'), examples);
    expect(ping.fixtures.map((fx) => [fx.example, fx.response.status])).toEqual([[null, 200]]);
  });

  it('types the picks: example names as literals, statuses in numeric order, never for none', async () => {
    const source = text(await generated(), MOCK_EXAMPLES_PATH);
    const file = ts.createSourceFile('examples.ts', source, ts.ScriptTarget.ES2022, true);
    const choices = file.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === 'ExampleChoices');
    const members = Object.fromEntries(
      (choices!.type as ts.TypeLiteralNode).members.map((m) => [
        (m.name as ts.Identifier).text,
        Object.fromEntries(((m as ts.PropertySignature).type as ts.TypeLiteralNode).members.map((p) => [(p.name as ts.Identifier).text, (p as ts.PropertySignature).type!.getText()])),
      ]),
    );
    expect(members['ping']).toEqual({ name: 'never', status: 'never' });
    expect(members['search']!['status']).toBe('200 | 404');
    // The hostile name is one string literal that means exactly the name.
    const name = (ts.createSourceFile('n.ts', `type N = ${members['search']!['name']};`, ts.ScriptTarget.ES2022, true).statements[0] as ts.TypeAliasDeclaration).type as ts.UnionTypeNode;
    expect(name.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text)).toEqual([HOSTILE, 'found']);
  });

  it("matches by the client's specs, with the query parameters the endpoint always sends", async () => {
    const files = await generated();
    const source = text(files, MOCK_EXAMPLES_PATH);
    expect(source).toContain("mockEndpoint('search', specs.search, ['q', 'page'], examples.search)");
    expect(text(files, 'src/endpoints.ts')).toMatch(/^export const specs: \{/m);
  });
});

describe('the entry points', () => {
  it('only the MSW entry imports msw; the package entry imports no mocks', async () => {
    const files = await generated();
    const importsOf = (path: string) => [...text(files, path).matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(importsOf('src/mocks/index.ts')).toContain('msw');
    expect(importsOf('src/mocks/server.ts')).not.toContain('msw');
    expect(importsOf('src/mocks/server.ts')).not.toContain('./msw.js');
    const importers = files.filter((f) => f.path.startsWith('src/') && /from 'msw'/.test(f.content)).map((f) => f.path);
    expect(importers.sort()).toEqual(['src/mocks/index.ts', 'src/mocks/msw.ts']);
    expect(importsOf('src/index.ts').some((s) => s!.includes('mocks'))).toBe(false);
  });

  it('package.json exports ./mocks and ./mocks/server, with msw an optional peer (generated/zoho-crm)', () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'generated/zoho-crm/package.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    expect(Object.keys(pkg['exports']!)).toEqual(['.', './mocks', './mocks/server', './package.json']);
    expect(pkg['peerDependencies']).toEqual({ msw: '^2.0.0' });
    expect(pkg['peerDependenciesMeta']).toEqual({ msw: { optional: true } });
    expect(pkg['dependencies']).toBeUndefined();
  });
});
