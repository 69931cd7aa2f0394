// The signed schemes through createRuntime: credentials (objects or functions), defaults the
// caller overrides, settings the collection left to a variable, the injected clock and nonce, and
// the sign hook that receives its scheme's credential.
import { ALL_SIGNERS } from './all-signers.js';
import { describe, expect, it } from 'vitest';
import { createRuntime, type RuntimeConfig } from '../../templates/runtime/index.js';
import type { AuthSchemes, EndpointSpec } from '../../templates/runtime/spec.js';

const schemes: AuthSchemes = {
  oauth1: { type: 'oauth1', signatureMethod: 'HMAC-SHA1', in: 'query', version: '1.0', realm: null, includeBodyHash: false, addEmptyParamsToSign: false },
  aws: { type: 'awsv4', region: null, service: 'execute-api' },
  jwt: { type: 'jwt', algorithm: 'HS256', header: '', payload: null, secretBase64: false, in: 'header', prefix: 'JWT' },
  hawk: { type: 'hawk', algorithm: 'sha256', ext: null, app: null, dlg: null, includePayloadHash: false },
  edge: { type: 'edgegrid', headersToSign: [], baseUrl: null, maxBodySize: 131072 },
  digest: { type: 'custom', postmanType: 'digest' },
};
const get = (auth: string): EndpointSpec => ({ method: 'GET', path: ['x'], auth });

function setup(config: Partial<RuntimeConfig>) {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    requests.push(new Request(input, init));
    return new Response(null, { status: 204 });
  };
  const runtime = createRuntime({ baseUrl: 'https://api.test', schemes, fetch, clock: () => new Date(1_000_000_000_000), nonce: () => 'fixed', signers: ALL_SIGNERS, ...config });
  return { runtime, requests, header: (name: string) => requests[0]?.headers.get(name) ?? null };
}

describe('runtime auth: signed schemes through the client', () => {
  it('oauth1 in the query replaces earlier oauth_* parameters, with the injected clock and nonce', async () => {
    const { runtime, requests } = setup({ credentials: { oauth1: async () => ({ consumerKey: 'ck', consumerSecret: 'cs' }) } });
    await runtime.call(get('oauth1'), { query: { page: 2, oauth_nonce: 'stale' } });
    const query = [...new URL(requests[0]!.url).searchParams];
    expect(query.slice(0, 5)).toEqual([
      ['page', '2'],
      ['oauth_consumer_key', 'ck'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1000000000'],
      ['oauth_nonce', 'fixed'],
    ]);
    expect(query.map(([k]) => k)).toEqual(['page', 'oauth_consumer_key', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce', 'oauth_version', 'oauth_signature']);
  });

  it('awsv4 needs the region the collection left to a variable, and then signs', async () => {
    await expect(setup({ credentials: { aws: { accessKey: 'a', secretKey: 's' } } }).runtime.call(get('aws'), undefined)).rejects.toMatchObject({
      code: 'missing_credential',
      message: expect.stringContaining('has no region'),
    });
    const { runtime, header } = setup({ credentials: { aws: { accessKey: 'a', secretKey: 's', region: 'eu-west-1' } } });
    await runtime.call(get('aws'), undefined);
    expect(header('x-amz-date')).toBe('20010909T014640Z');
    expect(header('authorization')).toMatch(/^AWS4-HMAC-SHA256 Credential=a\/20010909\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}$/);
  });

  it('jwt without a payload in the collection takes the caller\'s', async () => {
    await expect(setup({ credentials: { jwt: { secret: 's' } } }).runtime.call(get('jwt'), undefined)).rejects.toThrow(/no payload.*createClient\(\{ auth: \{ jwt: /);
    const { runtime, header } = setup({ credentials: { jwt: { secret: 's', payload: { sub: 'me' } } } });
    await runtime.call(get('jwt'), undefined);
    expect(header('authorization')).toMatch(/^JWT eyJhbGciOiJIUzI1NiJ9\.eyJzdWIiOiJtZSJ9\.[\w-]{43}$/);
  });

  it.each([
    ['hawk', { authId: 'id', authKey: 'k' }, /^Hawk id="id", ts="1000000000", nonce="fixed", mac="[^"]+"$/],
    ['edge', { clientToken: 'c', clientSecret: 's', accessToken: 'a' }, /^EG1-HMAC-SHA256 client_token=c;access_token=a;timestamp=20010909T01:46:40\+0000;nonce=fixed;signature=/],
  ] as const)('%s replaces an explicit Authorization header', async (key, credential, want) => {
    const { runtime, header } = setup({ credentials: { [key]: credential }, headers: { Authorization: 'stale' } });
    await runtime.call(get(key), undefined);
    expect(header('authorization')).toMatch(want);
  });

  it.each([
    ['missing', undefined, 'missing_credential', /createClient\(\{ auth: \{ hawk: \{ authId: '...', authKey: '...' \} \} \}\)/],
    ['a string', 'token', 'invalid_credential', /missing or empty: authId, authKey/],
    ['missing a field', { authId: 'id' }, 'invalid_credential', /missing or empty: authKey/],
  ])('an object credential %s is refused before anything is sent', async (_, credential, code, message) => {
    const { runtime, requests } = setup({ credentials: { hawk: credential } });
    const call = runtime.call(get('hawk'), undefined);
    await expect(call).rejects.toMatchObject({ code });
    await expect(call).rejects.toThrow(message);
    expect(requests).toHaveLength(0);
  });

  it('the sign hook gets its scheme\'s credential', async () => {
    const seen: unknown[] = [];
    const { runtime } = setup({ credentials: { digest: { username: 'u', password: 'p' } }, sign: (request, scheme) => (seen.push(scheme.credential), request) });
    await runtime.call(get('digest'), undefined);
    expect(seen).toEqual([{ username: 'u', password: 'p' }]);
  });
});
