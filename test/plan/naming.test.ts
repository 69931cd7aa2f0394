import { describe, expect, it } from 'vitest';
import { fixtureFileName, operationNames, RESERVED_EXPORTS, typeName } from '../../generator/plan/naming.js';
import { endpoint } from '../helpers/model.js';
import { invalidIdentifiers } from '../helpers/typescript.js';

/** `'V2 / Records API / Leads'` or `['POST', 'V2 / Leads']` -> an endpoint at that item path. */
type Given = string | [method: string, itemPath: string];
const endpoints = (given: readonly Given[]) =>
  given.map((g) => (typeof g === 'string' ? endpoint(g.split(' / ')) : endpoint(g[1].split(' / '), { method: g[0] })));

describe('operationNames', () => {
  type Case = [string, { given: Given[]; want: string[] }];
  const cases: Case[] = [
    ['unique names are the item names, camelCased', { given: ['Users / List users', 'Users / Create user', 'Get Org'], want: ['listUsers', 'createUser', 'getOrg'] }],
    ['unique names ignore their folders', { given: ['A / B / Convert Lead', 'C / Update'], want: ['convertLead', 'update'] }],
    [
      'the Zoho "Leads": qualified by the nearest folders that tell them apart',
      {
        given: ['V2 / Records API / Update Records / Leads', 'V2 / Records API / Mass Update Records / Leads', 'V2.1 / Records API / Mass Update Records / Leads'],
        want: ['updateRecordsLeads', 'v2MassUpdateRecordsLeads', 'v21MassUpdateRecordsLeads'],
      },
    ],
    [
      'two "Leads" told apart by their parent folders; a unique name next to them stays as it is',
      {
        given: ['V2 / Records API / Update Records / Leads', 'V2.1 / Records API / Convert Lead / Convert Lead', 'V2.1 / Records API / Mass Update Records / Leads'],
        want: ['updateRecordsLeads', 'convertLead', 'massUpdateRecordsLeads'],
      },
    ],
    ['same name and folder, different methods: method prefixes', { given: [['GET', 'Leads / Leads'], ['POST', 'Leads / Leads'], ['DELETE', 'Leads / Leads']], want: ['getLeads', 'postLeads', 'deleteLeads'] }],
    ['same name at the root, different methods', { given: [['GET', 'Record'], ['PUT', 'Record']], want: ['getRecord', 'putRecord'] }],
    ['exact duplicates: numeric suffixes as a last resort', { given: [['POST', 'F / Leads'], ['POST', 'F / Leads']], want: ['postLeads', 'postLeads2'] }],
    ['names that differ only in case collide', { given: ['A / get user', 'B / Get User'], want: ['aGetUser', 'bGetUser'] }],
    ['names that differ only in punctuation collide', { given: ['A / get-user', 'B / get_user'], want: ['aGetUser', 'bGetUser'] }],
    ['names the package exports itself are not taken', { given: ['createClient', 'Client', 'environments'], want: ['createClient2', 'client2', 'environments2'] }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(operationNames(endpoints(given))).toEqual(want);
  });

  const hostile = [
    'class',
    'delete',
    'new',
    'await',
    'yield',
    'let',
    'static',
    'implements',
    'enum',
    'eval',
    'arguments',
    'undefined',
    '24hr ticker',
    '1',
    '2FA setup',
    '!!!',
    '***',
    '',
    '   ',
    'Usuário',
    'Créer un contact',
    '日本語の名前',
    'Ünïcödé Ñame',
    '😀 emoji only 😀',
    '*/ console.log("pwned") /*',
    'a"b\'c`d',
    '__proto__',
    'constructor',
    '\u0661\u0662 arabic digits',
    'Ⅻ roman numeral',
  ];
  it('always gives valid, distinct identifiers, whatever the item is called', () => {
    const names = operationNames(endpoints(hostile.map((h) => `Folder / ${h}`)));
    expect(names).toHaveLength(hostile.length);
    expect(invalidIdentifiers(names)).toEqual([]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const reserved of RESERVED_EXPORTS) expect(names.map((n) => n.toLowerCase())).not.toContain(reserved.toLowerCase());
  });

  // Regression: function names are not kept clear of the identifiers the generated modules declare or use
  // themselves: `specs` (endpoints.ts), `createRuntime` (imported in client.ts), `params` and
  // `options` (the member arrows' parameters in client.ts), `fetch` (`typeof fetch` in ClientOptions).
  // Each of these items makes a package that does not compile (see test/emit/typecheck.test.ts).
  it('never gives a name the generated modules already use', () => {
    const taken = ['specs', 'createRuntime', 'runtime', 'params', 'options', 'fetch'];
    const names = operationNames(endpoints(['Specs', 'Create runtime', 'Runtime', 'Params', 'Options', 'Fetch']));
    for (const name of names) expect(taken).not.toContain(name);
  });

  // Regression: "24hr ticker params" becomes the function `_24hrTickerParams`, the type name of "24hr
  // ticker"'s params: `safeIdentifier` and `typeName` both add `_` before a digit, into one namespace.
  it('never gives a function the name of another endpoint\'s type', () => {
    const names = operationNames(endpoints(['24hr ticker', '24hr ticker params', '1', '1 body']));
    const types = new Set(names.flatMap((n) => ['Params', 'Body', 'Result', 'Response200'].map((suffix) => typeName(n, suffix))));
    expect(names.filter((n) => types.has(n))).toEqual([]);
  });

  it('keeps readable letters from non-ASCII names', () => {
    const [usuario, creer] = operationNames(endpoints(['Usuário', 'Créer un contact']));
    expect(usuario).toBe('usuário');
    expect(creer).toBe('créerUnContact');
  });

  it('is deterministic: the same endpoints give the same names, run after run', () => {
    const given = ['V2 / Records API / Update Records / Leads', 'V2 / Records API / Mass Update Records / Leads', 'X / !!!', 'Y / !!!', 'class', 'class'];
    const first = operationNames(endpoints(given));
    for (let run = 0; run < 3; run += 1) expect(operationNames(endpoints(given))).toEqual(first);
  });

  it('adding an unrelated request renames no other', () => {
    const before = ['V2 / Records API / Update Records / Leads', 'V2 / Records API / Mass Update Records / Leads', 'Contacts / List'];
    const names = operationNames(endpoints(before));
    const after = operationNames(endpoints([...before, 'Deals / Create deal']));
    expect(after.slice(0, before.length)).toEqual(names);
    expect(after[before.length]).toBe('createDeal');
  });
});

describe('typeName', () => {
  type Case = [string, { given: [string, string]; want: string }];
  const cases: Case[] = [
    ['PascalCase plus the suffix', { given: ['updateRecordsLeads', 'Params'], want: 'UpdateRecordsLeadsParams' }],
    ['keeps digits inside', { given: ['v21MassUpdateRecordsLeads', 'Body'], want: 'V21MassUpdateRecordsLeadsBody' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(typeName(...given)).toBe(want);
  });

  it('is a valid type name for every operation name, even one that starts with `_` and a digit', () => {
    const operations = operationNames(endpoints(['24hr ticker', '1', '2FA setup', '!!!', 'class', 'Usuário', '\u0661 x']));
    const types = operations.flatMap((op) => ['Params', 'Body', 'Result', 'Response200'].map((suffix) => typeName(op, suffix)));
    expect(invalidIdentifiers(types, 'type')).toEqual([]);
    expect(new Set(types).size).toBe(types.length);
  });
});

describe('fixtureFileName', () => {
  type Case = [string, { given: string; want: string }];
  const cases: Case[] = [
    ['kebab-case json', { given: 'v21MassUpdateRecordsLeads', want: 'v21-mass-update-records-leads.json' }],
    ['a leading underscore is dropped', { given: '_24hrTicker', want: '24hr-ticker.json' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(fixtureFileName(given)).toBe(want);
  });
});
