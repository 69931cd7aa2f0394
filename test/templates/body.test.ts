// encodeBody for every body mode, read back the way a server would read it.
import { describe, expect, it } from 'vitest';
import { encodeBody } from '../../templates/runtime/body.js';
import { createRuntime, PostforgeError } from '../../templates/runtime/index.js';
import type { CallParams, EndpointSpec } from '../../templates/runtime/spec.js';
import type { Fixture } from '../../templates/test/fixture.js';
import { runFixture, runFixturesOverHttp, type FixtureDriver } from '../../templates/test/harness.js';

const post = (body: EndpointSpec['body'], extra: Partial<EndpointSpec> = {}): EndpointSpec => ({
  method: 'POST',
  path: ['x'],
  body,
  auth: null,
  ...extra,
});

/** Encodes `body` and sends it through a Request, as fetch would: what went out, with its headers. */
async function sent(spec: EndpointSpec, body: unknown, headers: Record<string, string> = {}) {
  const h = new Headers(headers);
  const encoded = encodeBody(spec, body, h);
  const init: RequestInit = { method: spec.method, headers: h };
  if (encoded !== undefined) init.body = encoded;
  return new Request('https://api.test/x', init);
}

describe('encodeBody: form', () => {
  it('sends fields in order as application/x-www-form-urlencoded, skipping undefined and null, repeating arrays', async () => {
    const request = await sent(post('form'), {
      'card[number]': '4242 4242',
      tags: ['a', 'b&c'],
      skip: undefined,
      none: null,
      n: 0,
      yes: true,
    });
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    const text = await request.text();
    expect(text).toBe('card%5Bnumber%5D=4242+4242&tags=a&tags=b%26c&n=0&yes=true');
    expect([...new URLSearchParams(text)]).toEqual([
      ['card[number]', '4242 4242'],
      ['tags', 'a'],
      ['tags', 'b&c'],
      ['n', '0'],
      ['yes', 'true'],
    ]);
  });

  it('keeps a content type the collection or caller set', async () => {
    const request = await sent(
      post('form'),
      { a: '1' },
      { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8' },
    );
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded; charset=UTF-8');
  });

  it('sends URLSearchParams as they are', async () => {
    expect(
      await (
        await sent(
          post('form'),
          new URLSearchParams([
            ['a', '1'],
            ['a', '2'],
          ]),
        )
      ).text(),
    ).toBe('a=1&a=2');
  });

  it.each([
    ['a string', 'a=1'],
    ['an array', [['a', '1']]],
  ])('refuses %s, naming the endpoint', (_, body) => {
    expect(() => encodeBody(post('form'), body, new Headers())).toThrow(PostforgeError);
    expect(() => encodeBody(post('form'), body, new Headers())).toThrow(/POST \/x sends form fields/);
  });
});

describe('encodeBody: multipart', () => {
  it('sends text fields and Blob files as parts; a File keeps its name, a Blob is named "blob"', async () => {
    const request = await sent(post('multipart'), {
      purpose: 'dispute_evidence',
      file: new File(['%PDF'], 'evidence.pdf', { type: 'application/pdf' }),
      raw: new Blob(['abc']),
      tags: ['a', 'b'],
      skip: undefined,
    });
    const form = await request.formData();
    expect([...form.keys()]).toEqual(['purpose', 'file', 'raw', 'tags', 'tags']);
    expect(form.get('purpose')).toBe('dispute_evidence');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    const file = form.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['evidence.pdf', 'application/pdf', '%PDF']);
    expect((form.get('raw') as File).name).toBe('blob');
  });

  it('drops any content type so fetch can write the boundary', async () => {
    const request = await sent(post('multipart'), { a: '1' }, { 'Content-Type': 'multipart/form-data' });
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect((await request.formData()).get('a')).toBe('1');
  });
});

describe('encodeBody: binary', () => {
  it.each<[string, unknown, string | null]>([
    ['a Blob, with its own type', new Blob(['a,b\n1,2'], { type: 'text/csv' }), 'text/csv'],
    ['an ArrayBuffer', new TextEncoder().encode('a,b\n1,2').buffer, null],
    ['a Uint8Array', new TextEncoder().encode('a,b\n1,2'), null],
  ])('sends %s as it is', async (_, body, contentType) => {
    const request = await sent(post('binary'), body);
    expect(await request.text()).toBe('a,b\n1,2');
    expect(request.headers.get('content-type')).toBe(contentType);
  });

  it('a content-type header wins over the Blob type', async () => {
    const request = await sent(post('binary'), new Blob(['x'], { type: 'application/octet-stream' }), {
      'Content-Type': 'text/csv',
    });
    expect(request.headers.get('content-type')).toBe('text/csv');
  });

  it('refuses an object', () => {
    expect(() => encodeBody(post('binary'), { a: 1 }, new Headers())).toThrow(/sends a file: pass the body as a Blob/);
  });
});

describe('encodeBody: graphql', () => {
  const spec = post('graphql', { graphqlQuery: 'query ($id: String!) { product(uid: $id) { title } }' });

  it('sends the collection query and the variables as JSON', async () => {
    const request = await sent(spec, { variables: { id: 'blt1' } });
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.json()).toEqual({ query: spec.graphqlQuery, variables: { id: 'blt1' } });
  });

  it('a query of the caller replaces the default', async () => {
    expect(await (await sent(spec, { query: '{ a }' })).json()).toEqual({ query: '{ a }' });
  });

  it('sends the default query when the caller passes no body', async () => {
    expect(await (await sent(spec, undefined)).json()).toEqual({ query: spec.graphqlQuery });
  });
});

describe('encodeBody: every mode', () => {
  it.each(['json', 'text', 'form', 'multipart', 'binary', 'graphql'] as const)(
    '%s: fetch forbids a body on GET, so it fails with a reason',
    (mode) => {
      expect(() =>
        encodeBody(
          { method: 'GET', path: ['x'], body: mode, auth: null },
          mode === 'binary' ? new Blob(['x']) : {},
          new Headers(),
        ),
      ).toThrow(/cannot send a body/);
    },
  );

  it('through the runtime: a multipart call reaches fetch with its boundary and parts', async () => {
    const requests: Request[] = [];
    const runtime = createRuntime({
      baseUrl: 'https://api.test',
      schemes: {},
      headers: { 'Content-Type': 'multipart/form-data' },
      fetch: async (input, init) => (requests.push(new Request(input, init)), new Response(null, { status: 204 })),
    });
    await runtime.call(post('multipart'), { body: { file: new File(['x'], 'a.txt', { type: 'text/plain' }) } });
    const form = await requests[0]!.formData();
    expect((form.get('file') as File).name).toBe('a.txt');
  });
});

describe('the fixture harness: form, multipart and file bodies', () => {
  // A stand-in for a generated client: the real runtime, one spec.
  const driverFor = (
    spec: EndpointSpec,
  ): FixtureDriver<(input: CallParams) => Promise<{ status: number; data: unknown }>> => ({
    makeClient: (fetch, baseUrl) => {
      const runtime = createRuntime({ baseUrl, fetch, schemes: {} });
      return (input) => runtime.call(spec, input);
    },
    call: (call, input) => call(input),
  });
  const base = (body: Fixture['request']['body'], input: unknown): Fixture => ({
    name: 'upload',
    example: 0,
    source: 'Files / Upload #/item/0',
    mode: 'request',
    note: null,
    input: { body: input },
    request: { method: 'POST', path: '/x', query: [], headers: {}, body },
    response: { status: 200, headers: [], body: '' },
    data: null,
  });
  const form = base(
    {
      kind: 'form',
      value: [
        ['grant_type', 'client_credentials'],
        ['scope', 'a b'],
      ],
    },
    { grant_type: 'client_credentials', scope: 'a b' },
  );
  const multipart = base(
    {
      kind: 'multipart',
      value: [
        { name: 'purpose', text: 'evidence' },
        { name: 'file', file: { filename: 'a.pdf', type: 'application/pdf', size: 4 } },
        { name: 'raw', file: { filename: 'blob', type: 'application/octet-stream', size: 1 } },
      ],
    },
    {
      purpose: 'evidence',
      file: { $blob: { text: '%PDF', type: 'application/pdf', filename: 'a.pdf' } },
      raw: { $blob: { text: 'x', type: 'application/octet-stream' } },
    },
  );
  const binary = base(
    { kind: 'binary', value: { size: 7, type: 'text/csv' } },
    { $blob: { text: 'a,b\n1,2', type: 'text/csv' } },
  );

  it('passes over the stub and over HTTP when the client sends what the example did', async () => {
    await runFixture(form, driverFor(post('form')));
    await runFixture(multipart, driverFor(post('multipart')));
    await runFixture(binary, driverFor(post('binary')));
    await runFixturesOverHttp([
      { fx: form, driver: driverFor(post('form')) },
      { fx: multipart, driver: driverFor(post('multipart')) },
      { fx: binary, driver: driverFor(post('binary')) },
    ]);
  });

  it.each<[string, Fixture, EndpointSpec, string]>([
    [
      'a wrong form value',
      { ...form, input: { body: { grant_type: 'password', scope: 'a b' } } },
      post('form'),
      'form request body',
    ],
    ['a form sent as JSON', form, post('json'), 'form content type'],
    [
      'a missing file part',
      { ...multipart, input: { body: { purpose: 'evidence' } } },
      post('multipart'),
      'multipart request body',
    ],
    [
      'a renamed file',
      {
        ...multipart,
        input: {
          body: {
            ...(multipart.input.body as object),
            file: { $blob: { text: '%PDF', type: 'application/pdf', filename: 'b.pdf' } },
          },
        },
      },
      post('multipart'),
      'multipart request body',
    ],
    [
      'a file of another size',
      { ...binary, input: { body: { $blob: { text: 'a,b', type: 'text/csv' } } } },
      post('binary'),
      'file request body',
    ],
  ])('fails for %s, naming the example', async (_, fx, spec, reason) => {
    await expect(runFixture(fx, driverFor(spec))).rejects.toThrow(`Files / Upload #/item/0: ${reason}`);
  });
});
