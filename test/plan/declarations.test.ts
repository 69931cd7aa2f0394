// Every declaration and file an endpoint adds (types, fixture files, type-check names, types
// chunks) is decided by the plan and reserved in its scope: none collide, whatever the config says.
import { describe, expect, it } from 'vitest';
import type { EndpointModel, ExampleModel } from '../../generator/model/types.js';
import { MAX_FILE_NAME_BYTES } from '../../generator/plan/file-names.js';
import { RESERVED_EXPORTS } from '../../generator/plan/naming.js';
import { plan, type EndpointPlan } from '../../generator/plan/plan.js';
import { api, endpoint } from '../helpers/model.js';
import { invalidIdentifiers } from '../helpers/typescript.js';

const withStatuses = (e: EndpointModel, ...statuses: number[]): EndpointModel => ({
  ...e,
  examples: statuses.map((status): ExampleModel => ({ kind: 'example', name: `e${status}`, status, statusText: '', headers: [], body: { kind: 'empty' }, request: { kind: 'example-request', method: 'GET', path: '', query: [], headers: [], body: { kind: 'empty' }, match: { kind: 'match', pathParams: {} } }, source: e.source })),
});

/** Every name the endpoint declares in src/ (which src/index.ts re-exports together). */
const declared = (p: EndpointPlan) => [p.functionName, p.types.params, p.types.body, p.types.result, ...[...new Set(p.endpoint.examples.map((e) => e.status))].map(p.types.response)];
/** How Windows and macOS compare file names. */
const fileKey = (name: string) => name.normalize('NFC').toLowerCase();

/** The hostile names of the issue, in one collection. */
const HOSTILE = [
  ['24hr Stats'],
  ['T 24hr Stats'],
  ['Area m²'],
  ['🚀 Launch 🚀'],
  ['😀'],
  ['Cafe\u0301'],
  ['Caf\u00e9'],
  ['שלום עולם'],
  ['مرحبا'],
  ['x\u0303 combining'],
  ['class'],
  ['Folder', 'delete'],
  ['CON'],
  ['nul'],
  ['Get User'],
  ['get user'],
  ['a'.repeat(300)],
  ['a'.repeat(300) + ' b'],
  ['../../etc/passwd'],
  ['.github', 'workflows'],
  ['Create Client'],
  ['用户'],
  ['T用户'],
  ['Get User Params'],
  ['get user result'],
];

describe('plan: declarations and files', () => {
  const p = plan(api(HOSTILE.map((path) => withStatuses(endpoint(path), 200, 404))), 'pkg');

  it('every declared name is a valid identifier, and none is declared twice or reserved', () => {
    const names = p.endpoints.flatMap(declared);
    expect(invalidIdentifiers(names)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    for (const reserved of RESERVED_EXPORTS) expect(names).not.toContain(reserved);
  });

  it('fixture files are bounded, portable and unique however the file system compares names', () => {
    const files = p.endpoints.map((e) => e.fixtureFile);
    expect(new Set(files.map(fileKey)).size).toBe(files.length);
    for (const file of files) {
      expect(Buffer.byteLength(file)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(file).toMatch(/^[\p{L}\p{N}\p{M}-]+_?(-\d+)?\.json$/u);
      expect(file).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)\./i);
    }
  });

  it('test/types.check.ts names are valid and unique', () => {
    const names = p.endpoints.flatMap((e) => [e.checks.fixtures, e.checks.check]);
    expect(invalidIdentifiers(names)).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('T');
    expect(names).not.toContain('Accepts');
  });

  it('types chunk files: one per top-level group, bounded and unique', () => {
    const byGroup = new Map(p.endpoints.map((e) => [e.memberPath.length > 1 ? e.memberPath[0] : '', e.typesFile]));
    const files = [...byGroup.values()];
    expect(new Set(files.map(fileKey)).size).toBe(files.length);
    expect(byGroup.get('')).toBe('_requests');
  });

  it('"24hr Stats" and "T 24hr Stats" do not share `T24hrStatsParams`', () => {
    const [a, b] = p.endpoints;
    expect(a!.types.params).not.toBe(b!.types.params);
  });
});

describe('plan: config names beside derived names', () => {
  const ids = (p: ReturnType<typeof plan>) => p.endpoints.map((e) => [e.functionName, e.types.params, e.fixtureFile]);

  it('a config `get_user` beside a derived `getUser`: two functions, two type families, two fixture files', () => {
    const endpoints = [endpoint(['Get User']), endpoint(['Other'])];
    const p = plan(api(endpoints), 'pkg', { [endpoints[1]!.id]: 'get_user' });
    expect(ids(p)).toEqual([
      ['getUser', 'GetUserParams', 'get-user-2.json'],
      ['get_user', 'Get_userParams', 'get-user.json'],
    ]);
    // The pinned name claims its file first; the derived one gives way, and that is reported.
    expect(p.renamed.map((r) => [r.endpoint.name, r.what, r.wanted, r.got])).toEqual([['Get User', 'fixture file', 'get-user.json', 'get-user-2.json']]);
  });

  it('a config name that is another endpoint\'s type name: that endpoint\'s types give way, as a family', () => {
    const endpoints = withStatuses(endpoint(['Get User']), 200);
    const other = endpoint(['Other']);
    const p = plan(api([endpoints, other]), 'pkg', { [other.id]: 'GetUserParams' });
    const [getUser, pinned] = p.endpoints;
    expect(pinned!.functionName).toBe('GetUserParams');
    expect(getUser!.types).toMatchObject({ params: 'GetUser2Params', body: 'GetUser2Body', result: 'GetUser2Result' });
    expect(getUser!.types.response(200)).toBe('GetUser2Response200');
    expect(p.renamed.map((r) => [r.what, r.wanted, r.got])).toEqual([['types', 'GetUserParams', 'GetUser2Params']]);
  });

  it('a request whose function name spells another\'s type name in another case renames nothing: TypeScript tells them apart', () => {
    const before = plan(api([endpoint(['Get User'])]), 'pkg');
    const after = plan(api([endpoint(['Get User']), endpoint(['Get User Params'])]), 'pkg');
    expect(after.endpoints.map((e) => [e.functionName, e.types.params])).toEqual([
      ['getUser', 'GetUserParams'],
      ['getUserParams', 'GetUserParamsParams'],
    ]);
    expect(after.endpoints[0]!.types.params).toBe(before.endpoints[0]!.types.params);
    expect(after.renamed).toEqual([]);
  });

  // The lock is a file in the output folder, so it is input too: its names are checked like the config's.
  it.each([
    ['a reserved word', 'class'],
    ['`then`', 'then'],
    ['a name the package exports', 'createClient'],
    ['not an identifier', 'areaM²'],
    ['a bidi override', 'get\u202eUser'],
  ])('a locked function name that is %s is derived afresh', (_, locked) => {
    const e = endpoint(['Get User']);
    const p = plan(api([e]), 'pkg', {}, { functions: new Map([[e.id, locked]]), members: new Map([[e.id, locked]]) });
    expect(p.endpoints[0]!.functionName).toBe('getUser');
  });

  it.each(['__proto__', 'then', 'a-b', 'x\u200by'])('a locked member name %j is derived afresh', (locked) => {
    const e = endpoint(['Get User']);
    const p = plan(api([e]), 'pkg', {}, { functions: new Map(), members: new Map([[e.id, locked]]) });
    expect(p.endpoints[0]!.memberPath).toEqual(['getUser']);
  });

  it('adding a request renames no existing type or fixture file (names lock)', () => {
    const before = [endpoint(['A', 'get user']), endpoint(['B', 'Get User'])];
    const first = plan(api(before), 'pkg');
    const lock = { functions: new Map(first.endpoints.map((e) => [e.endpoint.id, e.functionName])), members: new Map<string, string>() };
    const grown = [endpoint(['C', 'get_user']), ...before];
    const second = plan(api(grown), 'pkg', {}, lock);
    expect(ids(second).slice(1)).toEqual(ids(first));
  });
});
