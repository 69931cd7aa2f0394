// OAuth 1.0a against published vectors: Twitter's "Creating a signature" example (HMAC-SHA1, a
// query parameter and a form body), OAuth Core 1.0 Appendix A (GET with a query), RFC 5849 3.4.4
// (PLAINTEXT) and the body-hash draft's "Hello World!". HMAC-SHA256 has no published vector: it is
// checked against node:crypto over the same base string.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureBaseString, signOAuth1, type OAuth1Spec } from '../../templates/runtime/auth/oauth1.js';
import { signingRequest } from './auth-helpers.js';

const spec = (fields: Partial<OAuth1Spec> = {}): OAuth1Spec => ({
  type: 'oauth1',
  signatureMethod: 'HMAC-SHA1',
  in: 'header',
  version: '1.0',
  realm: null,
  includeBodyHash: false,
  addEmptyParamsToSign: false,
  ...fields,
});

const twitter = {
  credential: {
    consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
    consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
    token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  },
  request: () =>
    signingRequest({
      method: 'POST',
      url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21',
      time: 1318622958,
      nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
    }),
};

const photos = {
  credential: { consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44', token: 'nnch734d00sl2jdk', tokenSecret: 'pfkkdhi9sl3r4s00' },
  request: (method = 'GET') =>
    signingRequest({ method, url: 'http://photos.example.net/photos?file=vacation.jpg&size=original', time: 1191242096, nonce: 'kllo9940pd9333jh' }),
};

describe('runtime auth: oauth1', () => {
  it("signs Twitter's example: query and form body fields are signed, the header lists the oauth_* fields", async () => {
    const { headers, query } = await signOAuth1(spec(), twitter.credential, await twitter.request());
    expect(query).toEqual([]);
    expect(headers).toEqual([
      [
        'Authorization',
        'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog",oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",' +
          'oauth_signature_method="HMAC-SHA1",oauth_timestamp="1318622958",oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",' +
          'oauth_version="1.0",oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"',
      ],
    ]);
  });

  it("builds Twitter's documented signature base string", async () => {
    const request = await twitter.request();
    const oauth: Array<[string, string]> = [
      ['oauth_consumer_key', 'xvz1evFS4wEEPTGEFPHBog'],
      ['oauth_nonce', 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1318622958'],
      ['oauth_token', '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb'],
      ['oauth_version', '1.0'],
    ];
    expect(signatureBaseString('post', request.url, [...request.url.searchParams, ['status', 'Hello Ladies + Gentlemen, a signed OAuth request!'], ...oauth])).toBe(
      'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog' +
        '%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958' +
        '%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0' +
        '%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    );
  });

  it('signs OAuth Core 1.0 Appendix A into the query, after the request\'s own parameters', async () => {
    const { headers, query } = await signOAuth1(spec({ in: 'query' }), photos.credential, await photos.request());
    expect(headers).toEqual([]);
    expect(query).toEqual([
      ['oauth_consumer_key', 'dpf43f3p2l4k3l03'],
      ['oauth_token', 'nnch734d00sl2jdk'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1191242096'],
      ['oauth_nonce', 'kllo9940pd9333jh'],
      ['oauth_version', '1.0'],
      ['oauth_signature', 'tR3+Ty81lMeYAr/Fid0kMTYa/WM='],
    ]);
  });

  it('PLAINTEXT: the signature is the encoded secrets joined by & (RFC 5849 3.4.4)', async () => {
    const { query } = await signOAuth1(spec({ in: 'query', signatureMethod: 'PLAINTEXT' }), photos.credential, await photos.request());
    expect(query.find(([k]) => k === 'oauth_signature')).toEqual(['oauth_signature', 'kd94hf93k423kf44&pfkkdhi9sl3r4s00']);
  });

  it.each([
    ['HMAC-SHA256', 'sha256'],
    ['HMAC-SHA512', 'sha512'],
  ] as const)('%s: the HMAC of the same base string (node:crypto)', async (method, hash) => {
    const request = await photos.request();
    const { query } = await signOAuth1(spec({ in: 'query', signatureMethod: method }), photos.credential, request);
    const base = signatureBaseString('GET', request.url, [...request.url.searchParams, ...query.filter(([k]) => k !== 'oauth_signature')]);
    expect(query.at(-1)).toEqual(['oauth_signature', createHmac(hash, 'kd94hf93k423kf44&pfkkdhi9sl3r4s00').update(base).digest('base64')]);
  });

  it('includeBodyHash signs oauth_body_hash, the SHA-1 of the body ("Hello World!" from the body-hash draft)', async () => {
    const request = await signingRequest({ method: 'PUT', url: 'http://www.example.com/resource', headers: { 'content-type': 'text/plain' }, body: 'Hello World!', time: 1, nonce: 'n' });
    const { query } = await signOAuth1(spec({ in: 'query', includeBodyHash: true }), photos.credential, request);
    expect(query).toContainEqual(['oauth_body_hash', 'Lve95gjOVATpfV8EL5X4nxwjKHE=']);
  });

  it('leaves out empty parameters unless addEmptyParamsToSign, adds the realm to the header only', async () => {
    const request = await photos.request();
    const noToken = { consumerKey: 'ck', consumerSecret: 'cs' };
    const plain = await signOAuth1(spec({ in: 'query' }), noToken, request);
    expect(plain.query.map(([k]) => k)).not.toContain('oauth_token');
    const empty = await signOAuth1(spec({ in: 'query', addEmptyParamsToSign: true }), noToken, request);
    expect(empty.query).toContainEqual(['oauth_token', '']);
    const header = await signOAuth1(spec({ realm: 'Photos' }), { ...noToken, realm: 'Example Realm' }, request);
    expect(header.headers[0]?.[1]).toMatch(/^OAuth realm="Example%20Realm",oauth_consumer_key="ck",oauth_signature_method=/);
  });

  it('a random nonce and the current time when none are fixed', async () => {
    const request = { ...(await photos.request()), nonce: null, time: new Date() };
    const { query } = await signOAuth1(spec({ in: 'query' }), photos.credential, request);
    expect(Object.fromEntries(query)['oauth_nonce']).toMatch(/^[A-Za-z0-9]{11}$/);
    expect(Math.abs(Number(Object.fromEntries(query)['oauth_timestamp']) - Date.now() / 1000)).toBeLessThan(5);
  });
});
