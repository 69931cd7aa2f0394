// Akamai EdgeGrid against the shared test data of Akamai's EdgeGrid clients (testdata.json): the
// same credentials, timestamp and nonce, and the expected Authorization of each case.
import { describe, expect, it } from 'vitest';
import { edgeGridTimestamp, signEdgeGrid, type EdgeGridSpec } from '../../templates/runtime/auth/edgegrid.js';
import { signingRequest } from './auth-helpers.js';

const BASE = 'https://akaa-baseurl-xxxxxxxxxxx-xxxxxxxxxxxxx.luna.akamaiapis.net';
const credential = { clientToken: 'akab-client-token-xxx-xxxxxxxxxxxxxxxx', accessToken: 'akab-access-token-xxx-xxxxxxxxxxxxxxxx', clientSecret: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=' };
const spec: EdgeGridSpec = { type: 'edgegrid', headersToSign: ['X-Test1', 'X-Test2', 'X-Test3'], baseUrl: null, maxBodySize: 2048 };
const PREFIX =
  'EG1-HMAC-SHA256 client_token=akab-client-token-xxx-xxxxxxxxxxxxxxxx;access_token=akab-access-token-xxx-xxxxxxxxxxxxxxxx;timestamp=20140321T19:34:21+0000;nonce=nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx;';

const cases: Array<[string, { method: string; path: string; body?: string; headers?: Record<string, string> }, string]> = [
  ['simple GET', { method: 'GET', path: '/' }, 'tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU='],
  ['GET with querystring', { method: 'GET', path: '/testapi/v1/t1?p1=1&p2=2' }, 'hKDH1UlnQySSHjvIcZpDMbQHihTQ0XyVAKZaApabdeA='],
  ['POST inside limit', { method: 'POST', path: '/testapi/v1/t3', body: 'datadatadatadatadatadatadatadata' }, 'hXm4iCxtpN22m4cbZb4lVLW5rhX8Ca82vCFqXzSTPe4='],
  ['POST too large (hashed up to maxBodySize)', { method: 'POST', path: '/testapi/v1/t3', body: 'd'.repeat(2049) }, '6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY='],
  ['POST length equals max_body', { method: 'POST', path: '/testapi/v1/t3', body: 'd'.repeat(2048) }, '6Q6PiTipLae6n4GsSIDTCJ54bEbHUBp+4MUXrbQCBoY='],
  ['POST empty body', { method: 'POST', path: '/testapi/v1/t6', body: '' }, '1gEDxeQGD5GovIkJJGcBaKnZ+VaPtrc4qBUHixjsPCQ='],
  ['Simple header signing with GET', { method: 'GET', path: '/testapi/v1/t4', headers: { 'X-Test1': 'test-simple-header' } }, '8F9AybcRw+PLxnvT+H0JRkjROrrUgsxJTnRXMzqvcwY='],
  ['Header containing spaces', { method: 'GET', path: '/testapi/v1/t4', headers: { 'X-Test1': '"     test-header-with-spaces     "' } }, 'ucq2AbjCNtobHfCTuS38fdkl5UDdWHZhQX46fYR8CqI='],
  ['Header with leading and interior spaces', { method: 'GET', path: '/testapi/v1/t4', headers: { 'X-Test1': '     first-thing      second-thing' } }, 'WtnneL539UadAAOJwnsXvPqT4Kt6z7HMgBEwAFpt3+c='],
  ['Headers out of order', { method: 'GET', path: '/testapi/v1/t4', headers: { 'X-Test2': 't2', 'X-Test1': 't1', 'X-Test3': 't3' } }, 'Wus73Nx8jOYM+kkBFF2q8D1EATRIMr0WLWwpLBgkBqY='],
  ['Extra header', { method: 'GET', path: '/testapi/v1/t5', headers: { 'X-Test2': 't2', 'X-Test1': 't1', 'X-Test3': 't3', 'X-Extra': "this won't be included" } }, 'Knd/jc0A5Ghhizjayr0AUUvl2MZjBpS3FDSzvtq4Ixc='],
  ['PUT test (no body hash but for POST)', { method: 'PUT', path: '/testapi/v1/t6', body: 'PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP' }, 'GNBWEYSEWOLtu+7dD52da2C39aX/Jchpon3K/AmBqBU='],
];

describe('runtime auth: edgegrid', () => {
  it.each(cases)('%s', async (_, { method, path, body, headers }, signature) => {
    const request = await signingRequest({ method, url: BASE + path, ...(headers ? { headers } : {}), ...(body === undefined ? {} : { body }), time: '2014-03-21T19:34:21Z', nonce: 'nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' });
    expect(await signEdgeGrid(spec, credential, request)).toEqual({ headers: [['Authorization', `${PREFIX}signature=${signature}`]], query: [] });
  });

  it('baseUrl signs another host; the timestamp has Akamai\'s format; the nonce is a UUID by default', async () => {
    const request = await signingRequest({ method: 'GET', url: 'https://proxy.test/', time: '2014-03-21T19:34:21Z', nonce: 'nonce-xx-xxxx-xxxx-xxxx-xxxxxxxxxxxx' });
    const { headers } = await signEdgeGrid({ ...spec, baseUrl: `${BASE}/` }, credential, request);
    expect(headers[0]?.[1]).toBe(`${PREFIX}signature=tL+y4hxyHxgWVD30X3pWnGKHcPzmrIF+LThiAOhMxYU=`);
    expect(edgeGridTimestamp(new Date('2014-03-21T19:34:21.123Z'))).toBe('20140321T19:34:21+0000');
    const random = await signEdgeGrid(spec, credential, { ...request, nonce: null });
    expect(random.headers[0]?.[1]).toMatch(/nonce=[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12};/);
  });
});
