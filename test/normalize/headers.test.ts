import { describe, expect, it } from 'vitest';
import type { AuthScheme, HeaderParam } from '../../generator/model/types.js';
import { item, writeCollection, type RequestSpec } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';

type Header = NonNullable<RequestSpec['header']>[number];
const h = (name: string, role: HeaderParam['role'], value: string, fields: Partial<HeaderParam> = {}): HeaderParam => ({
  kind: 'header',
  name,
  role,
  value,
  required: false,
  description: null,
  ...fields,
});

describe('normalize: headers by role', () => {
  type Case = [string, { given: Header[]; want: { headers: HeaderParam[]; auth: Array<Partial<AuthScheme>> } }];
  const cases: Case[] = [
    ['a header with a fixed value is fixed', { given: [{ key: 'Content-Type', value: 'application/json' }], want: { headers: [h('Content-Type', 'fixed', 'application/json')], auth: [] } }],
    ['a header whose value is one {{variable}} is a param', { given: [{ key: 'X-Org-Id', value: '{{org-id}}' }], want: { headers: [h('X-Org-Id', 'param', '{{org-id}}')], auth: [] } }],
    ['a header with an empty value is a required param', { given: [{ key: 'X-Request-Id', value: '' }], want: { headers: [h('X-Request-Id', 'param', '', { required: true })], auth: [] } }],
    [
      'a disabled header is an optional param, with its description',
      { given: [{ key: 'If-Match', value: 'etag', disabled: true, description: 'Only if unchanged' }], want: { headers: [h('If-Match', 'param', 'etag', { description: 'Only if unchanged' })], auth: [] } },
    ],
    [
      'the last of two headers with one name wins',
      { given: [{ key: 'Accept', value: 'text/plain' }, { key: 'accept', value: 'application/json' }], want: { headers: [h('accept', 'fixed', 'application/json')], auth: [] } },
    ],
    [
      'Authorization: Bearer {{token}} is a credential: no header, a bearer scheme',
      { given: [{ key: 'Authorization', value: 'Bearer {{token}}' }], want: { headers: [], auth: [{ kind: 'bearer', prefix: 'Bearer' }] } },
    ],
    [
      'a header named like an API key is a credential: an apikey scheme under its name',
      { given: [{ key: 'X-API-Key', value: 'abc123' }, { key: 'Accept', value: 'application/json' }], want: { headers: [h('Accept', 'fixed', 'application/json')], auth: [{ kind: 'apikey', name: 'X-API-Key', addTo: 'header' }] } },
    ],
    [
      'a header holding a credential variable is a credential',
      { given: [{ key: 'X-Zoho-Header', value: '{{access-token}}' }], want: { headers: [], auth: [{ kind: 'apikey', name: 'X-Zoho-Header', addTo: 'header' }] } },
    ],
    ['a Cookie header is never kept', { given: [{ key: 'Cookie', value: 'session=1' }], want: { headers: [], auth: [{ kind: 'apikey', name: 'Cookie' }] } }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    const { api } = normalized(writeCollection([item('R', { url: 'https://x.test/a', header: given })]));
    const endpoint = api.endpoints[0]!;
    expect(endpoint.headers).toEqual(want.headers);
    expect(api.authSchemes).toHaveLength(want.auth.length);
    want.auth.forEach((scheme, i) => expect(api.authSchemes[i]).toMatchObject(scheme));
    expect(endpoint.auth.kind).toBe(want.auth.length ? 'scheme' : 'none');
  });

  it('no credential value is kept anywhere in the endpoint model', () => {
    const { api } = normalized(writeCollection([item('R', { url: 'https://x.test/a', header: [{ key: 'X-API-Key', value: 'very-secret-value' }] })]));
    expect(JSON.stringify(api.endpoints)).not.toContain('very-secret-value');
  });
});
