// Request bodies in the urlencoded, formdata, file and graphql modes -> the endpoint model, for the
// item's own request and for each example's originalRequest.
import { describe, expect, it } from 'vitest';
import type { ExampleRequestBody, FormField, RequestBody } from '../../generator/model/types.js';
import { collection, writeTemp, type JsonObject } from '../helpers/collection.js';
import { codes, normalized } from '../helpers/pipeline.js';

const URL_ = 'https://api.test/v1/things';

/** An item whose request (and each example's originalRequest) has the given Postman body. */
function itemWith(
  body: JsonObject | null,
  options: { header?: JsonObject[]; examples?: Array<JsonObject | null>; method?: string } = {},
): JsonObject {
  const request = (b: JsonObject | null): JsonObject => ({
    method: options.method ?? 'POST',
    header: options.header ?? [],
    url: URL_,
    ...(b ? { body: b } : {}),
  });
  return {
    name: 'Create thing',
    request: request(body),
    response: (options.examples ?? []).map((b, i) => ({
      name: `example ${i + 1}`,
      originalRequest: request(b),
      code: 200,
      status: 'OK',
      header: [],
      body: '',
    })),
  };
}

function only(items: JsonObject[]) {
  const { api, diagnostics } = normalized(writeTemp(collection(items)));
  return { endpoint: api.endpoints[0]!, diagnostics };
}

const field = (name: string, fields: Partial<FormField> = {}): FormField => ({
  kind: 'form-field',
  name,
  type: 'text',
  required: true,
  repeated: false,
  example: null,
  credential: false,
  filename: null,
  contentType: null,
  description: null,
  ...fields,
});

const urlencoded = (fields: JsonObject[]): JsonObject => ({ mode: 'urlencoded', urlencoded: fields });
const formdata = (fields: JsonObject[]): JsonObject => ({ mode: 'formdata', formdata: fields });
const graphql = (query: string, variables: unknown): JsonObject => ({
  mode: 'graphql',
  graphql: { query, variables: variables as string },
});

describe('normalize: urlencoded bodies', () => {
  it('makes one field per key: enabled ones required, disabled ones optional, with descriptions', () => {
    const { endpoint, diagnostics } = only([
      itemWith(
        urlencoded([
          { key: 'amount', value: '<integer>', description: { content: '(Required) In cents.', type: 'text/plain' } },
          { key: 'metadata[order]', value: '{{order_id}}', disabled: true },
          { key: '', value: 'ignored' },
        ]),
        { header: [{ key: 'Content-Type', value: 'application/x-www-form-urlencoded' }] },
      ),
    ]);
    expect(codes(diagnostics)).toEqual([]);
    expect(endpoint.body).toEqual<RequestBody>({
      kind: 'form',
      contentType: 'application/x-www-form-urlencoded',
      fields: [
        field('amount', { example: '<integer>', description: '(Required) In cents.' }),
        field('metadata[order]', { required: false, example: '{{order_id}}' }),
      ],
      source: { file: expect.any(String) as string, itemPath: ['Create thing'], pointer: '/item/0/request/body' },
    });
  });

  it('never copies a credential value: the field stays, marked, without its example', () => {
    const { endpoint } = only([
      itemWith(
        urlencoded([
          { key: 'client_secret', value: '{{client_secret}}' },
          { key: 'password', value: '{{password}}{{secret_token}}' },
        ]),
      ),
    ]);
    expect(endpoint.body.kind === 'form' && endpoint.body.fields).toEqual([
      field('client_secret', { credential: true }),
      field('password', { credential: true }),
    ]);
    expect(JSON.stringify(endpoint)).not.toContain('{{client_secret}}');
  });

  it('merges a key written twice: alternatives are one field, shown by the enabled one; two enabled values repeat', () => {
    const { endpoint } = only([
      itemWith(
        urlencoded([
          { key: 'grant_type', value: 'refresh_token', disabled: true },
          { key: 'grant_type', value: 'client_credentials' },
          { key: 'expand[]', value: 'customer' },
          { key: 'expand[]', value: 'invoice' },
        ]),
      ),
    ]);
    expect(
      endpoint.body.kind === 'form' && endpoint.body.fields.map((f) => [f.name, f.required, f.repeated, f.example]),
    ).toEqual([
      ['grant_type', true, false, 'client_credentials'],
      ['expand[]', true, true, 'customer'],
    ]);
  });

  it('defaults the content type, and adds fields only the examples send as optional', () => {
    const { endpoint } = only([
      itemWith(urlencoded([{ key: 'a', value: '1' }]), {
        examples: [
          urlencoded([
            { key: 'a', value: '2' },
            { key: 'b', value: '3' },
          ]),
        ],
      }),
    ]);
    expect(endpoint.body).toMatchObject({
      kind: 'form',
      contentType: 'application/x-www-form-urlencoded',
      fields: [
        { name: 'a', required: true },
        { name: 'b', required: false, example: '3' },
      ],
    });
  });

  it('keeps what each example sent: enabled fields in order, credentials as null', () => {
    const { endpoint } = only([
      itemWith(urlencoded([{ key: 'a', value: '1' }]), {
        examples: [
          urlencoded([
            { key: 'token', value: '{{access_token}}' },
            { key: 'a', value: '2' },
            { key: 'off', value: 'x', disabled: true },
          ]),
        ],
      }),
    ]);
    expect(endpoint.examples[0]!.request.body).toEqual<ExampleRequestBody>({
      kind: 'form',
      fields: [
        { kind: 'text', name: 'token', value: null },
        { kind: 'text', name: 'a', value: '2' },
      ],
    });
  });
});

describe('normalize: formdata bodies', () => {
  it('types text and file parts; files keep the name of their path only, and are never read', () => {
    const { endpoint } = only([
      itemWith(
        formdata([
          { key: 'purpose', value: 'dispute_evidence', type: 'text' },
          { key: 'file', type: 'file', src: '/Users/someone/secret/evidence.pdf', contentType: 'application/pdf' },
          { key: 'pages', type: 'file', src: ['C:\\scans\\1.png', '/scans/2.png'] },
          { key: 'empty', type: 'file', src: [] },
        ]),
      ),
    ]);
    expect(endpoint.body.kind === 'multipart' && endpoint.body.fields).toEqual([
      field('purpose', { example: 'dispute_evidence' }),
      field('file', { type: 'file', filename: 'evidence.pdf', contentType: 'application/pdf' }),
      field('pages', { type: 'file', filename: '1.png', repeated: true }),
      field('empty', { type: 'file' }),
    ]);
    expect(JSON.stringify(endpoint)).not.toContain('/Users/someone');
  });

  it('drops the saved content type, which would lose the boundary fetch writes', () => {
    const { endpoint } = only([
      itemWith(formdata([{ key: 'a', value: '1', type: 'text' }]), {
        header: [
          { key: 'Content-Type', value: 'multipart/form-data' },
          { key: 'Accept', value: 'application/json' },
        ],
      }),
    ]);
    expect(endpoint.headers.map((h) => h.name)).toEqual(['Accept']);
  });

  it('an example file part per saved path, by name', () => {
    const { endpoint } = only([
      itemWith(formdata([{ key: 'f', type: 'file' }]), {
        examples: [
          formdata([
            { key: 'f', type: 'file', src: ['/a/x.txt', '/a/y.txt'] },
            { key: 'note', value: 'hi', type: 'text' },
          ]),
        ],
      }),
    ]);
    expect(endpoint.examples[0]!.request.body).toEqual<ExampleRequestBody>({
      kind: 'multipart',
      fields: [
        { kind: 'file', name: 'f', filename: 'x.txt', contentType: null },
        { kind: 'file', name: 'f', filename: 'y.txt', contentType: null },
        { kind: 'text', name: 'note', value: 'hi' },
      ],
    });
    expect(
      endpoint.body.kind === 'multipart' && endpoint.body.fields.map((f) => [f.name, f.required, f.repeated]),
    ).toEqual([
      ['f', true, true],
      ['note', false, false],
    ]);
  });
});

describe('normalize: file bodies', () => {
  it.each<[string, JsonObject[], string | null]>([
    ['with a content-type header', [{ key: 'Content-Type', value: 'text/csv' }], 'text/csv'],
    ['without one', [], null],
  ])('is one Blob, %s', (_, header, contentType) => {
    const { endpoint } = only([
      itemWith(
        { mode: 'file', file: { src: '/Users/x/data.csv' } },
        { header, examples: [{ mode: 'file', file: { src: '/Users/x/other.csv' } }] },
      ),
    ]);
    expect(endpoint.body).toMatchObject({ kind: 'binary', contentType, source: { pointer: '/item/0/request/body' } });
    expect(endpoint.examples[0]!.request.body).toEqual({ kind: 'binary', filename: 'other.csv' });
  });
});

describe('normalize: graphql bodies', () => {
  const query = 'query ($id: String!) { product(uid: $id) { title } }';

  it('keeps the query as written and samples variables from the request and every example', () => {
    const { endpoint, diagnostics } = only([
      itemWith(graphql(query, '{\n  "id": "{{entry_uid}}"\n}'), {
        examples: [graphql(query, '{"id":"blt1","locale":"en-us"}'), graphql(query, '')],
      }),
    ]);
    expect(codes(diagnostics)).toEqual([]);
    expect(endpoint.body).toMatchObject({ kind: 'graphql', query, source: { pointer: '/item/0/request/body' } });
    expect(endpoint.body.kind === 'graphql' && endpoint.body.variables.map((s) => [s.value, s.source.pointer])).toEqual(
      [
        [{ id: '{{entry_uid}}' }, '/item/0/request/body/graphql/variables'],
        [{ id: 'blt1', locale: 'en-us' }, '/item/0/response/0/originalRequest/body/graphql/variables'],
      ],
    );
    expect(endpoint.examples.map((e) => e.request.body)).toEqual([
      { kind: 'graphql', query, variables: { id: 'blt1', locale: 'en-us' } },
      { kind: 'graphql', query, variables: null },
    ]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an empty string', ''],
    ['an object already parsed', { id: 'x' }],
  ])('reads variables given as %s without a warning', (_, variables) => {
    const { endpoint, diagnostics } = only([itemWith(graphql('{ a }', variables))]);
    expect(codes(diagnostics)).toEqual([]);
    expect(endpoint.body.kind === 'graphql' && endpoint.body.variables.length).toBe(
      variables && typeof variables === 'object' ? 1 : 0,
    );
  });

  it.each<[string, string]>([
    ['not JSON', '{ id: 1 }'],
    ['JSON but not an object', '[1]'],
  ])(
    'warns PF101 when the variables are %s; they do not feed the type, and such an example is text',
    (_, variables) => {
      const { endpoint, diagnostics } = only([
        itemWith(graphql('{ a }', variables), { examples: [graphql('{ a }', variables)] }),
      ]);
      expect(diagnostics.all.map((d) => [d.code, d.pointer])).toEqual([
        ['PF101', '/item/0/response/0/originalRequest/body/graphql/variables'],
        ['PF101', '/item/0/request/body/graphql/variables'],
      ]);
      expect(endpoint.body.kind === 'graphql' && endpoint.body.variables).toEqual([]);
      expect(endpoint.examples[0]!.request.body).toEqual({
        kind: 'text',
        raw: variables,
        contentType: 'application/json',
      });
    },
  );
});

describe('normalize: a mode saved with nothing in it sends no body', () => {
  it.each<[string, JsonObject, string]>([
    ['an empty urlencoded list (Stripe GETs)', urlencoded([]), 'GET'],
    ['urlencoded fields without keys', urlencoded([{ key: '', value: 'x' }]), 'POST'],
    ['an empty formdata list', formdata([]), 'POST'],
    ['a file body naming no file on GET', { mode: 'file', file: {} }, 'GET'],
  ])('%s', (_, body, method) => {
    const { endpoint } = only([itemWith(body, { method, examples: [body] })]);
    expect(endpoint.body).toEqual({ kind: 'none' });
    expect(endpoint.examples[0]!.request.body).toEqual({ kind: 'empty' });
  });

  it('a file body naming no file is still an upload on PUT', () => {
    expect(only([itemWith({ mode: 'file', file: { src: '' } }, { method: 'PUT' })]).endpoint.body).toMatchObject({
      kind: 'binary',
    });
  });
});

describe('normalize: a request saved without a body', () => {
  it('takes the body from examples that sent form fields: fields every example sends are required', () => {
    const { endpoint } = only([
      itemWith(null, {
        examples: [
          urlencoded([
            { key: 'a', value: '1' },
            { key: 'b', value: '2' },
          ]),
          urlencoded([{ key: 'a', value: '3' }]),
        ],
      }),
    ]);
    expect(endpoint.body).toMatchObject({
      kind: 'form',
      fields: [
        { name: 'a', required: true, example: '1' },
        { name: 'b', required: false },
      ],
    });
  });

  it('takes a GraphQL query and variables from its examples', () => {
    const { endpoint } = only([itemWith(null, { examples: [graphql('{ a }', '{"x":1}')] })]);
    expect(endpoint.body).toMatchObject({ kind: 'graphql', query: '{ a }', variables: [{ value: { x: 1 } }] });
  });

  it('is none when no example sent one either', () => {
    expect(only([itemWith(null, { examples: [null] })]).endpoint.body).toEqual({ kind: 'none' });
  });
});
