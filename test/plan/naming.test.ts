import { describe, expect, it } from 'vitest';
import { isUsableFunctionName, operationNames, RESERVED_EXPORTS, TYPE_SUFFIXES, typeStem } from '../../generator/plan/naming.js';
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
    'Area m²',
    '\u0303 starts with a combining mark',
    'שלום עולם',
    'مرحبا بالعالم',
    'Caf\u00e9',
    'Cafe\u0301',
    '\u202eevil\u202c override',
    'zero\u200bwidth',
    'CON',
    'x'.repeat(300),
    'T 24hr ticker',
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
    // `then`: a module exporting it is a thenable namespace, so `await import('pkg')` would call the endpoint.
    const taken = ['specs', 'createRuntime', 'runtime', 'params', 'options', 'fetch', 'then'];
    const names = operationNames(endpoints(['Specs', 'Create runtime', 'Runtime', 'Params', 'Options', 'Fetch', 'Then']));
    for (const name of names) expect(taken).not.toContain(name);
  });

  // Regression: "24hr ticker params" becomes the function `_24hrTickerParams`, the type name of "24hr
  // ticker"'s params: `safeIdentifier` and `typeName` both add `_` before a digit, into one namespace.
  it('never gives a function the name of another endpoint\'s type', () => {
    const names = operationNames(endpoints(['24hr ticker', '24hr ticker params', '1', '1 body']));
    const types = new Set(names.flatMap((n) => ['Params', 'Body', 'Result', 'Response200'].map((suffix) => typeStem(n) + suffix)));
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

describe('typeStem', () => {
  type Case = [string, { given: string; want: string }];
  const cases: Case[] = [
    ['the function name with a capital', { given: 'updateRecordsLeads', want: 'UpdateRecordsLeads' }],
    ['keeps digits inside', { given: 'v21MassUpdateRecordsLeads', want: 'V21MassUpdateRecordsLeads' }],
    ['keeps underscores, so `get_user` and `getUser` stay apart', { given: 'get_user', want: 'Get_user' }],
    ['a leading `_` (before a digit) gets `T`', { given: '_24hrStats', want: 'T_24hrStats' }],
    ['a first letter without a capital gets `T`', { given: '用户列表', want: 'T用户列表' }],
    ['non-ASCII capitals', { given: 'éditer', want: 'Éditer' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(typeStem(given)).toBe(want);
  });

  it('"24hr Stats" and "T 24hr Stats" get different types (the issue\'s `T24hrStatsParams` twice)', () => {
    const [a, b] = operationNames(endpoints(['24hr Stats', 'T 24hr Stats']));
    expect(typeStem(a!)).not.toBe(typeStem(b!));
  });

  it('is a valid type name for every operation name, and no two operations share one', () => {
    const operations = operationNames(endpoints(['24hr ticker', '1', '2FA setup', '!!!', 'class', 'Usuário', '\u0661 x', 'Area m²', '用户', 'T 24hr ticker']));
    const types = operations.flatMap((op) => [TYPE_SUFFIXES.params, TYPE_SUFFIXES.body, TYPE_SUFFIXES.result, TYPE_SUFFIXES.response(200)].map((suffix) => typeStem(op) + suffix));
    expect(invalidIdentifiers(types, 'type')).toEqual([]);
    expect(new Set(types).size).toBe(types.length);
    // Derived function names never start with a capital, so they never meet a type name.
    expect(operations.filter((op) => types.includes(op))).toEqual([]);
  });
});

describe('isUsableFunctionName (config `names` and the names lock)', () => {
  type Case = [string, { given: string; want: boolean }];
  const cases: Case[] = [
    ['an identifier', { given: 'updateLead', want: true }],
    ['snake_case', { given: 'get_user', want: true }],
    ['Unicode letters', { given: 'usuário', want: true }],
    ['a superscript is not an identifier character', { given: 'areaM²', want: false }],
    ['a reserved word', { given: 'class', want: false }],
    ['a strict-mode reserved word', { given: 'let', want: false }],
    ['a name the package exports', { given: 'createClient', want: false }],
    ['a leading digit', { given: '1abc', want: false }],
    ['an invisible joiner', { given: 'get\u200dUser', want: false }],
    ['a bidi override', { given: 'get\u202eUser', want: false }],
    ['a dash', { given: 'get-user', want: false }],
    ['empty', { given: '', want: false }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(isUsableFunctionName(given)).toBe(want);
  });
});
