import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../generator/config.js';
import { createDiagnostics } from '../../generator/diagnostics.js';
import { load } from '../../generator/load/load.js';
import { SCHEMA_V21, writeTemp } from '../helpers/collection.js';

const ok = { name: 'Ok', request: { method: 'GET', url: 'https://x.test/ok' } };
const doc = (item: unknown, extra: Record<string, unknown> = {}) => ({ info: { name: 'T', schema: SCHEMA_V21 }, item, ...extra });
const req = (request: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ name: 'R', request: { method: 'GET', url: 'https://x.test/r', ...request }, ...extra });

/** One expected diagnostic: code, pointer and item path (joined by ' / '). */
type Want = [code: string, pointer: string, itemPath?: string];

/** load() on the JSON; it must not throw, whatever the input. */
function loadJson(content: unknown, limits: Partial<Limits> = {}) {
  const file = writeTemp(content);
  const diagnostics = createDiagnostics();
  const loaded = load({ file, environments: [], limits: { ...DEFAULT_LIMITS, ...limits } }, diagnostics);
  return { loaded, diagnostics, found: diagnostics.all.map((d): Want => [d.code, d.pointer, d.itemPath.join(' / ')]) };
}

describe('load: malformed parts are named at their pointer, and the good items still load', () => {
  type Case = [string, { given: unknown; want: Want[]; requests?: string[] }];
  const cases: Case[] = [
    ['`items` instead of `item` at the top, and no info', { given: { items: [ok] }, want: [['PF012', '/info', ''], ['PF011', '/items', '']] }],
    ['`items` in a folder', { given: doc([{ name: 'F', items: [ok] }]), want: [['PF011', '/item/0/items', 'F']] }],
    ['info without a name', { given: { info: { schema: SCHEMA_V21 }, item: [ok] }, want: [['PF012', '/info/name', '']] }],
    ['info that is a string', { given: { info: 'x', item: [ok] }, want: [['PF012', '/info', '']] }],
    ['a request without a method', { given: doc([ok, { name: 'P', request: { url: 'https://x.test/p' } }]), want: [['PF013', '/item/1/request/method', 'P']], requests: ['Ok', 'P'] }],
    ['a method that is a number', { given: doc([req({ method: 5 })]), want: [['PF013', '/item/0/request/method', 'R']] }],
    ['a request given as a URL string', { given: doc([{ name: 'S', request: 'https://x.test/s' }]), want: [['PF014', '/item/0/request', 'S']], requests: ['S'] }],
    ['null, number and array items', { given: doc([null, ok, 5, []]), want: [['PF016', '/item/0', ''], ['PF016', '/item/2', ''], ['PF016', '/item/3', '']], requests: ['Ok'] }],
    ['a request that is null or a number', { given: doc([{ name: 'N', request: null }, { name: 'M', request: 7 }, ok]), want: [['PF016', '/item/0/request', 'N'], ['PF016', '/item/1/request', 'M']], requests: ['Ok'] }],
    ['an item that is neither request nor folder', { given: doc([{ name: 'X', response: [] }, ok]), want: [['PF016', '/item/0', 'X']], requests: ['Ok'] }],
    ['a folder whose item is not a list', { given: doc([{ name: 'F', item: { a: 1 } }, ok]), want: [['PF015', '/item/0/item', 'F']], requests: ['Ok'] }],
    ['a url that is a number', { given: doc([req({ url: 42 })]), want: [['PF015', '/item/0/request/url', 'R']] }],
    ['a url host that is an object', { given: doc([req({ url: { raw: 'https://x.test/r', host: { a: 1 }, path: ['r'] } })]), want: [['PF015', '/item/0/request/url/host', 'R']] }],
    ['headers that are a number, and a null header', { given: doc([req({ header: 3 }), { ...req({ header: [null, { key: 'A', value: 'b' }] }), name: 'Q' }]), want: [['PF015', '/item/0/request/header', 'R'], ['PF015', '/item/1/request/header/0', 'Q']], requests: ['R', 'Q'] }],
    ['a header value that is an object', { given: doc([req({ header: [{ key: 'A', value: { x: 1 } }] })]), want: [['PF015', '/item/0/request/header/0/value', 'R']] }],
    ['a disabled flag that is a number', { given: doc([req({ header: [{ key: 'A', value: 'b', disabled: 1 }] })]), want: [['PF015', '/item/0/request/header/0/disabled', 'R']] }],
    ['a body that is a string, and one without a mode', { given: doc([req({ body: 'x' }), { ...req({ body: { raw: '{}' } }), name: 'Q' }]), want: [['PF015', '/item/0/request/body', 'R'], ['PF015', '/item/1/request/body/mode', 'Q']], requests: ['R', 'Q'] }],
    ['an empty body object, as Postman saves "none": nothing to say', { given: doc([req({ body: {} }), { ...req({ body: { options: { raw: { language: 'json' } } } }), name: 'Q' }]), want: [], requests: ['R', 'Q'] }],
    ['a body whose mode is a number', { given: doc([req({ body: { mode: 3, raw: 'x' } })]), want: [['PF015', '/item/0/request/body/mode', 'R']] }],
    ['an auth block that is a string, and one without a type', { given: doc([req({ auth: 'bearer' }), { ...req({ auth: { bearer: [] } }), name: 'Q' }]), want: [['PF015', '/item/0/request/auth', 'R'], ['PF015', '/item/1/request/auth/type', 'Q']], requests: ['R', 'Q'] }],
    ['auth parameters that are a number', { given: doc([req({ auth: { type: 'bearer', bearer: 5 } })]), want: [['PF015', '/item/0/request/auth/bearer', 'R']] }],
    ['collection variables that are an object, and a variable without a key', { given: doc([ok], { variable: { a: 1 } }), want: [['PF015', '/variable', '']] }],
    ['a variable without a key', { given: doc([ok], { variable: [{ value: 'x' }, { key: 'k', value: 'v' }] }), want: [['PF015', '/variable/0', '']] }],
    ['events that are a string', { given: doc([{ ...ok, event: 'x' }]), want: [['PF015', '/item/0/event', 'Ok']] }],
    ['responses that are an object', { given: doc([{ ...ok, response: { code: 200 } }]), want: [['PF015', '/item/0/response', 'Ok']] }],
    [
      'null and wrongly typed responses',
      {
        given: doc([{ ...ok, response: [null, { name: 'A', code: 'abc', header: 7, body: { x: 1 } }, { name: 'B', code: '201', originalRequest: 9 }] }]),
        want: [
          ['PF015', '/item/0/response/0', 'Ok'],
          ['PF015', '/item/0/response/1/code', 'Ok'],
          ['PF015', '/item/0/response/1/header', 'Ok'],
          ['PF015', '/item/0/response/1/body', 'Ok'],
          ['PF015', '/item/0/response/2/originalRequest', 'Ok'],
        ],
      },
    ],
    ['an item with both request and item: a folder', { given: doc([{ name: 'F', request: { url: 'https://x.test/f' }, item: [ok] }]), want: [['PF015', '/item/0/request', 'F']], requests: ['Ok'] }],
    ['a name that is an object', { given: doc([{ ...ok, name: { a: 1 } }]), want: [['PF015', '/item/0/name', '']], requests: ['Untitled 1'] }],
  ];
  it.each(cases)('%s', (_, { given, want, requests }) => {
    const { loaded, found } = loadJson(given);
    expect(found).toEqual(want);
    expect(loaded).not.toBeNull();
    if (requests) expect(loaded!.collection.items.all().flatMap((i) => ('items' in i ? (i.items as { all(): Array<{ name: string }> }).all() : [i])).map((i) => i.name || 'Untitled 1')).toEqual(requests);
  });

  it('maps each kept item and example to its pointer in the file, past the ones left out', () => {
    const { loaded } = loadJson(doc([null, { name: 'F', items: [5, { ...ok, response: [null, { name: 'E', code: 200 }] }] }]));
    const folder = (loaded!.raw.item as Array<Record<string, unknown>>)[0]!;
    const item = (folder['item'] as Array<Record<string, unknown>>)[0]!;
    const example = (item['response'] as object[])[0]!;
    expect([loaded!.origins.get(folder), loaded!.origins.get(item), loaded!.origins.get(example)]).toEqual(['/item/1', '/item/1/items/1', '/item/1/items/1/response/1']);
  });
});

describe('load: limits', () => {
  it('leaves folders deeper than maxDepth out, with their request count, and keeps the rest', () => {
    let deep: unknown = ok;
    for (let i = 0; i < 4; i++) deep = { name: `f${i}`, item: [deep, ok] };
    const { loaded, found } = loadJson(doc([deep, ok]), { maxDepth: 2 });
    // f3 > f2 > f1 > f0: f1 is the third level, left out with the two requests under it.
    expect(found).toEqual([['PF017', '/item/0/item/0/item/0', 'f3 / f2 / f1']]);
    expect(loaded!.raw.item).toMatchObject([{ name: 'f3', item: [{ name: 'f2', item: [{ name: 'Ok' }] }, { name: 'Ok' }] }, { name: 'Ok' }]);
  });

  it('refuses more requests than maxRequests, before building anything', () => {
    const { loaded, found } = loadJson(doc([ok, ok, ok]), { maxRequests: 2 });
    expect(loaded).toBeNull();
    expect(found).toEqual([['PF008', '/item', '']]);
  });

  it('leaves a body over maxBodyBytes out: the request keeps its other parts, an example is left out', () => {
    const big = 'x'.repeat(101);
    const { loaded, found } = loadJson(doc([req({ method: 'POST', body: { mode: 'raw', raw: big } }, { response: [{ name: 'A', body: big }, { name: 'B', originalRequest: { method: 'POST', url: 'https://x.test/r', body: { mode: 'raw', raw: big } } }, { name: 'C', body: 'small' }] })]), { maxBodyBytes: 100 });
    expect(found).toEqual([
      ['PF018', '/item/0/request/body', 'R'],
      ['PF018', '/item/0/response/0/body', 'R'],
      ['PF018', '/item/0/response/1/originalRequest/body', 'R'],
    ]);
    const [item] = loaded!.raw.item as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ request: { method: 'POST', url: 'https://x.test/r' }, response: [{ name: 'C' }] });
    expect((item!['request'] as object)).not.toHaveProperty('body');
  });

  it('counts UTF-8 bytes, not characters, against maxBodyBytes', () => {
    const { found } = loadJson(doc([{ ...ok, response: [{ name: 'A', body: 'é'.repeat(60) }] }]), { maxBodyBytes: 100 });
    expect(found).toEqual([['PF018', '/item/0/response/0/body', 'Ok']]);
  });

  it('drops a variable value nested deeper than maxJsonDepth', () => {
    const { found } = loadJson(doc([ok], { variable: [{ key: 'v', value: { a: { b: { c: 1 } } } }] }), { maxJsonDepth: 2 });
    expect(found).toEqual([['PF015', '/variable/0/value', '']]);
  });
});
