import { describe, expect, it } from 'vitest';
import type { AuthScheme } from '../../generator/model/types.js';
import { plan, type GroupNode } from '../../generator/plan/plan.js';
import { api, endpoint, literal, param } from '../helpers/model.js';
import { invalidIdentifiers } from '../helpers/typescript.js';

const SOURCE = { file: 'c.json', itemPath: [], pointer: '' };

describe('plan: the client tree', () => {
  it('groups members by folder: memberPath is the folder groups, then the member', () => {
    const p = plan(
      api([
        endpoint(['V2', 'Records API', 'Update Records', 'Leads'], { method: 'PUT' }),
        endpoint(['V2', 'Records API', 'Mass Update Records', 'Leads'], { method: 'POST' }),
        endpoint(['V2.1', 'Records API', 'Mass Update Records', 'Leads'], { method: 'POST' }),
        endpoint(['Ping']),
      ]),
      'zoho-crm',
    );
    expect(p.endpoints.map((e) => [e.functionName, e.memberPath.join('.')])).toEqual([
      ['updateRecordsLeads', 'v2.recordsApi.updateRecords.leads'],
      ['v2MassUpdateRecordsLeads', 'v2.recordsApi.massUpdateRecords.leads'],
      ['v21MassUpdateRecordsLeads', 'v21.recordsApi.massUpdateRecords.leads'],
      ['ping', 'ping'],
    ]);
    expect(p.packageName).toBe('zoho-crm');
  });

  it('builds one group per folder title, keeping collection order', () => {
    const p = plan(api([endpoint(['B', 'x']), endpoint(['A', 'y']), endpoint(['B', 'z'])]), 'pkg');
    const shape = (g: GroupNode): unknown => g.children.map((c) => (c.kind === 'group' ? { [c.name]: shape(c) } : c.name));
    expect(shape(p.root)).toEqual([{ b: ['x', 'z'] }, { a: ['y'] }]);
  });

  type Case = [string, { given: string[][]; want: string[] }];
  const clashes: Case[] = [
    ['a folder and a request with one name in one group stay apart', { given: [['Leads', 'List'], ['Leads']], want: ['leads.list', 'leads2'] }],
    ['folders whose names differ only in punctuation get distinct groups', { given: [['V2', 'a'], ['V-2', 'b']], want: ['v2.a', 'v22.b'] }],
    ['requests with one name in one folder get distinct members', { given: [['F', 'Get'], ['F', 'get']], want: ['f.get', 'f.get2'] }],
    ['a folder named with a leading digit', { given: [['2024 API', 'List']], want: ['_2024Api.list'] }],
    ['a punctuation-only folder and request', { given: [['***', '!!!']], want: ['folder.request'] }],
  ];
  // Regression: a request named "Then" at the root becomes `client.then(...)`: the client is a thenable, so
  // `async function make() { return createClient(...) }` calls the endpoint (with resolve/reject as
  // params) and never resolves. Root members (and groups) should never be named `then`.
  it('never names a root member `then`', () => {
    const p = plan(api([endpoint(['Then']), endpoint(['then', 'List'])]), 'pkg');
    expect(p.endpoints.map((e) => e.memberPath[0])).not.toContain('then');
  });
  it.each(clashes)('%s', (_, { given, want }) => {
    const p = plan(api(given.map((path) => endpoint(path))), 'pkg');
    expect(p.endpoints.map((e) => e.memberPath.join('.'))).toEqual(want);
  });
});

describe('plan: per endpoint', () => {
  it('camelCases path params and keeps them unique within the endpoint', () => {
    const p = plan(api([endpoint(['R'], { path: [literal('crm'), param('record-id'), param('record_id'), param('module_api_name'), param('record-id'), param('class')] })]), 'pkg');
    expect([...p.endpoints[0]!.pathParams]).toEqual([
      ['record-id', 'recordId'],
      ['record_id', 'recordId2'],
      ['module_api_name', 'moduleApiName'],
      ['class', 'class_'],
    ]);
  });

  it('gives every endpoint its type names from its function name (the shared "Update Records" folder is skipped)', () => {
    const p = plan(api([endpoint(['V2', 'Update Records', 'Leads']), endpoint(['V2.1', 'Update Records', 'Leads'])]), 'pkg');
    expect(p.endpoints.map((e) => [e.functionName, e.types.params, e.types.body, e.types.result, e.types.response(202)])).toEqual([
      ['v2Leads', 'V2LeadsParams', 'V2LeadsBody', 'V2LeadsResult', 'V2LeadsResponse202'],
      ['v21Leads', 'V21LeadsParams', 'V21LeadsBody', 'V21LeadsResult', 'V21LeadsResponse202'],
    ]);
  });

  it('makes valid type names when the function name starts with `_` ("24hr ticker")', () => {
    const p = plan(api([endpoint(['Market', '24hr ticker']), endpoint(['1']), endpoint(['***'])]), 'pkg');
    const names = p.endpoints.flatMap((e) => [e.types.params, e.types.body, e.types.result, e.types.response(200)]);
    expect(p.endpoints[0]!.functionName).toMatch(/24hrTicker/);
    expect(invalidIdentifiers(names, 'type')).toEqual([]);
    expect(invalidIdentifiers(p.endpoints.map((e) => e.functionName))).toEqual([]);
  });

  it('names fixture files after the function', () => {
    const p = plan(api([endpoint(['V2.1', 'Records API', 'Mass Update Records', 'Leads']), endpoint(['V2', 'Records API', 'Update Records', 'Leads'])]), 'pkg');
    expect(p.endpoints.map((e) => e.fixtureFile)).toEqual(['mass-update-records-leads.json', 'update-records-leads.json']);
  });

  it('maps each endpoint\'s scheme to the key callers pass credentials under', () => {
    const schemes: AuthScheme[] = [
      { kind: 'oauth2', key: 'scheme1', prefix: 'Zoho-oauthtoken', addTo: 'header', source: SOURCE },
      { kind: 'apikey', key: 'scheme2', name: 'X-API-Key', addTo: 'header', source: SOURCE },
      { kind: 'apikey', key: 'scheme3', name: 'api_key', addTo: 'query', source: SOURCE },
      { kind: 'unsupported', key: 'scheme4', type: 'ntlm', hook: 'run the NTLM handshake', source: SOURCE },
    ];
    const p = plan(
      api(
        [
          endpoint(['a'], { auth: { kind: 'scheme', key: 'scheme1' } }),
          endpoint(['b'], { auth: { kind: 'scheme', key: 'scheme2' } }),
          endpoint(['c'], { auth: { kind: 'scheme', key: 'scheme3' } }),
          endpoint(['d'], { auth: { kind: 'scheme', key: 'scheme4' } }),
          endpoint(['e']),
        ],
        { authSchemes: schemes },
      ),
      'pkg',
    );
    expect(p.endpoints.map((e) => e.schemeKey)).toEqual(['oauth2', 'apiKey', 'apiKey2', 'ntlm', null]);
  });

  it('names environments as valid, distinct keys', () => {
    const env = (name: string) => ({ kind: 'environment' as const, name, baseUrl: 'https://x.test', source: SOURCE });
    const p = plan(api([endpoint(['a'])], { environments: [env('EU'), env('Zoho US'), env('eu'), env('1st'), env('***')] }), 'pkg');
    expect(p.environmentKeys).toEqual(['eu', 'zohoUs', 'eu2', '_1st', 'environment']);
  });
});
