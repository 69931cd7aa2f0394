// Requests Postman sends but fetch cannot: normalize leaves out what fetch rejects (a GET body, a
// header it refuses, a method it forbids, a host-less URL's origin) and says where, once each.
import { describe, expect, it } from 'vitest';
import { example, item, url, writeCollection, type JsonObject } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

const J = [{ key: 'Content-Type', value: 'application/json' }];
const warnings = (d: { all: ReadonlyArray<{ code: string; pointer: string }> }) => d.all.map((x) => `${x.code} ${x.pointer}`);

describe('normalize: GET and HEAD bodies', () => {
  it.each(['GET', 'HEAD', 'get'])('%s: the request body and the examples\' bodies are left out, each said with its pointer', (method) => {
    const request = { method, url: 'https://api.test/search', header: J, body: { raw: '{"q":"x"}', language: 'json' } };
    const { api, diagnostics } = normalized(writeCollection([item('Search', request, [example({ name: 'e', originalRequest: { ...request, body: { raw: '{"q":"y"}', language: 'json' } } })])]));
    const endpoint = api.endpoints[0]!;
    expect(endpoint.body).toEqual({ kind: 'none' });
    expect(endpoint.examples[0]!.request.body).toEqual({ kind: 'empty' });
    expect(warnings(diagnostics)).toEqual(['PF115 /item/0/response/0/originalRequest/body', 'PF115 /item/0/request/body']);
  });

  it('other body modes too, and a POST example of a GET endpoint does not give it a body', () => {
    const form: JsonObject = { mode: 'urlencoded', urlencoded: [{ key: 'a', value: '1' }] };
    const coll = writeCollection([
      { name: 'Form', request: { method: 'GET', url: 'https://api.test/f', header: [], body: form }, response: [] },
      item('Mixed', { method: 'GET', url: 'https://api.test/m' }, [example({ name: 'post', originalRequest: { method: 'POST', url: 'https://api.test/m', header: J, body: { raw: '{"a":1}', language: 'json' } } })]),
    ]);
    const { api, diagnostics } = normalized(coll);
    expect(api.endpoints.map((e) => e.body.kind)).toEqual(['none', 'none']);
    expect(warnings(diagnostics)).toEqual(['PF115 /item/0/request/body']);
  });

  it('an empty saved body is no body: no warning', () => {
    const { diagnostics } = normalized(writeCollection([item('Get', { method: 'GET', url: 'https://api.test/g', body: { raw: '  ' } })]));
    expect(warnings(diagnostics)).toEqual([]);
  });
});

describe('normalize: request headers fetch cannot send', () => {
  const header = [
    { key: 'disabled header', value: 'x', disabled: true },
    { key: 'X-"q"', value: 'a' },
    { key: 'X-Crlf', value: 'a\r\nb' },
    { key: 'X-Euro', value: '5 €' },
    { key: 'X-Ok', value: 'fine' },
    { key: 'X-Pad', value: '  padded  ' },
    { key: 'X-Param', value: '{{p}}' },
  ];
  it('are left out with a warning each; the rest are kept, values as fetch sends them', () => {
    const request = { method: 'GET', url: 'https://api.test/h', header };
    const exampleHeaders = [{ key: 'X-"q"', value: 'a' }, { key: 'X-Param', value: ' v\u2028' }, { key: 'X-Ok', value: 'fine ' }];
    const { api, diagnostics } = normalized(writeCollection([item('H', request, [example({ name: 'e', originalRequest: { ...request, header: exampleHeaders } })])]));
    const endpoint = api.endpoints[0]!;
    expect(endpoint.headers.map((h) => [h.name, h.role, h.value])).toEqual([
      ['X-Ok', 'fixed', 'fine'],
      ['X-Pad', 'fixed', 'padded'],
      ['X-Param', 'param', '{{p}}'],
    ]);
    expect(endpoint.examples[0]!.request.headers).toEqual([{ key: 'X-Ok', value: 'fine' }]);
    expect(warnings(diagnostics)).toEqual([
      'PF116 /item/0/request/header/0',
      'PF116 /item/0/request/header/1',
      'PF116 /item/0/request/header/2',
      'PF116 /item/0/request/header/3',
      'PF116 /item/0/response/0/originalRequest/header/0',
      'PF116 /item/0/response/0/originalRequest/header/1',
    ]);
  });

  it('an apikey auth block writing a header fetch cannot send is left out', () => {
    const auth = { type: 'apikey', apikey: [{ key: 'key', value: 'X API Key' }, { key: 'value', value: '{{k}}' }, { key: 'in', value: 'header' }] };
    const { api, diagnostics } = normalized(writeCollection([item('K', { method: 'GET', url: 'https://api.test/k', auth })]));
    expect(api.endpoints[0]!.auth).toEqual({ kind: 'none' });
    expect(api.authSchemes).toEqual([]);
    expect(warnings(diagnostics)).toEqual(['PF116 /item/0']);
  });

  it('a credential header fetch cannot send does not become an auth scheme', () => {
    const { api } = normalized(writeCollection([item('C', { method: 'GET', url: 'https://api.test/c', header: [{ key: 'X Api Key', value: '{{api_key}}' }] })]));
    expect(api.authSchemes).toEqual([]);
    expect(api.endpoints[0]!.headers).toEqual([]);
  });
});

describe('normalize: methods', () => {
  it('methods fetch cannot send are left out with a warning; the others are upper-cased as Postman sends them', () => {
    const methods = ['patch', 'Purge', 'GE T', 'CONNECT', 'trace', 'TRACK', 'GET'];
    const { api, diagnostics } = normalized(writeCollection(methods.map((method, i) => item(`R${i}`, { method, url: `https://api.test/r${i}` }))));
    expect(api.endpoints.map((e) => e.method)).toEqual(['PATCH', 'PURGE', 'GET']);
    expect(warnings(diagnostics)).toEqual(['PF114 /item/2/request/method', 'PF114 /item/3/request/method', 'PF114 /item/4/request/method', 'PF114 /item/5/request/method']);
  });
});

describe('normalize: a URL with a port but no host', () => {
  it('is sent to the client\'s base URL, never to an origin no URL parser takes', () => {
    const hostless = { raw: 'https://:8080/x', protocol: 'https', host: [''], port: '8080', path: ['x'] };
    const { api, diagnostics } = normalized(writeCollection([item('A', { url: 'https://api.test/a' }), item('B', { url: 'https://api.test/b' }), item('X', { url: hostless }), item('Y', { url: 'https://:8080/y' })]));
    expect(api.baseUrl.template).toBe('https://api.test');
    expect(api.endpoints.map((e) => e.origin)).toEqual([null, null, null, null]);
    expect(warnings(diagnostics)).toEqual(['PF117 /item/2/request/url', 'PF117 /item/3/request/url']);
  });
});

describe('normalize: literal path text', () => {
  it('# and ? in a literal segment are escaped, so they cannot end the path; examples match the same way', () => {
    const u = (path: string[]): JsonObject => ({ raw: 'x', protocol: 'https', host: ['api', 'test'], path, query: [{ key: 'x', value: '1' }] });
    const { api } = normalized(writeCollection([item('H', { url: u(['a#b', 'c?d', 'e']) }, [example({ name: 'e', originalRequest: { method: 'GET', url: u(['a#b', 'c?d', 'e']) } })])]));
    const endpoint = api.endpoints[0]!;
    expect(endpoint.path).toEqual([{ kind: 'literal', value: 'a%23b' }, { kind: 'literal', value: 'c%3Fd' }, { kind: 'literal', value: 'e' }]);
    expect(endpoint.examples[0]!.request.match.kind).toBe('match');
  });
});

describe('normalize: keys named like Object.prototype members', () => {
  it('path params named __proto__ and constructor are plain keys', () => {
    const request = { method: 'GET', url: url('https://api.test/:__proto__/:constructor', { variable: [{ key: '__proto__', value: '1' }, { key: 'constructor', value: '2' }] }) };
    const { api } = normalized(writeCollection([item('P', request, [example({ name: 'e', originalRequest: { method: 'GET', url: 'https://api.test/7/8' } })])]));
    const match = api.endpoints[0]!.examples[0]!.request.match;
    expect(match.kind === 'match' && Object.entries(match.pathParams)).toEqual([['__proto__', '7'], ['constructor', '8']]);
  });
});
