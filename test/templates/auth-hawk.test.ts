// Hawk against the examples in hapijs/hawk's README: a GET with `ext`, and the POST with payload
// validation ("Thank you for flying Hawk", text/plain).
import { describe, expect, it } from 'vitest';
import { hawkHeader, payloadHash, signHawk, type HawkSpec } from '../../templates/runtime/auth/hawk.js';
import { signingRequest } from './auth-helpers.js';

const credential = { authId: 'dh37fgj492je', authKey: 'werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn' };
const spec = (fields: Partial<HawkSpec> = {}): HawkSpec => ({ type: 'hawk', algorithm: 'sha256', ext: 'some-app-ext-data', app: null, dlg: null, includePayloadHash: false, ...fields });
const readme = (method: string, body?: string) =>
  signingRequest({ method, url: 'http://example.com:8000/resource/1?b=1&a=2', headers: { 'content-type': 'text/plain' }, ...(body === undefined ? {} : { body }), time: 1353832234, nonce: 'j4h3g2' });

describe('runtime auth: hawk', () => {
  it("the README's GET", async () => {
    expect(await signHawk(spec(), credential, await readme('GET'))).toEqual({
      headers: [['Authorization', 'Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="']],
      query: [],
    });
  });

  it("the README's POST with payload validation", async () => {
    expect(await payloadHash('sha256', 'text/plain', 'Thank you for flying Hawk')).toBe('Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=');
    const { headers } = await signHawk(spec({ includePayloadHash: true }), credential, await readme('POST', 'Thank you for flying Hawk'));
    expect(headers[0]?.[1]).toBe(
      'Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", hash="Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=", ext="some-app-ext-data", mac="aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw="',
    );
  });

  it('app and dlg follow the mac; a quote in ext is escaped', async () => {
    const value = await hawkHeader('id', 'key', 'sha1', { ts: '1', nonce: 'n', method: 'GET', resource: '/', host: 'x.test', port: '443', hash: null, ext: 'a"b', app: 'app1', dlg: 'dlg1' });
    expect(value).toMatch(/^Hawk id="id", ts="1", nonce="n", ext="a\\"b", mac="[^"]+", app="app1", dlg="dlg1"$/);
  });

  it('a random 6-character nonce when none is fixed', async () => {
    const { headers } = await signHawk(spec(), credential, { ...(await readme('GET')), nonce: null });
    expect(headers[0]?.[1]).toMatch(/nonce="[A-Za-z0-9]{6}"/);
  });
});
