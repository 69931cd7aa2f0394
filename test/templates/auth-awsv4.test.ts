// AWS Signature Version 4 against AWS's own test suite (aws-sig-v4-test-suite): get-vanilla,
// get-vanilla-query-order-key-case, post-vanilla and post-x-www-form-urlencoded, with the suite's
// credentials, date, region and service.
import { describe, expect, it } from 'vitest';
import { awsV4Authorization, signAwsV4 } from '../../templates/runtime/auth/awsv4.js';
import { signingRequest } from './auth-helpers.js';

const SUITE = { accessKey: 'AKIDEXAMPLE', secretKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', region: 'us-east-1', service: 'service' };
const DATE = '20150830T123600Z';
const authorization = (signedHeaders: string, signature: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=${signedHeaders}, Signature=${signature}`;
const EMPTY_HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('runtime auth: awsv4', () => {
  it.each([
    ['get-vanilla', 'GET', 'https://example.amazonaws.com/', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'],
    ['get-vanilla-query-order-key-case', 'GET', 'https://example.amazonaws.com/?Param2=value2&Param1=value1', 'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500'],
    ['post-vanilla', 'POST', 'https://example.amazonaws.com/', '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'],
  ])('%s', async (_, method, url, signature) => {
    const value = await awsV4Authorization({ method, url: new URL(url), headers: [['X-Amz-Date', DATE]], payloadHash: EMPTY_HASH, amzDate: DATE, ...SUITE });
    expect(value).toBe(authorization('host;x-amz-date', signature));
  });

  it('post-x-www-form-urlencoded: content-type is signed, the body hashed', async () => {
    const value = await awsV4Authorization({
      method: 'POST',
      url: new URL('https://example.amazonaws.com/'),
      headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['X-Amz-Date', DATE]],
      payloadHash: '9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e',
      amzDate: DATE,
      ...SUITE,
    });
    expect(value).toBe(authorization('content-type;host;x-amz-date', 'ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a'));
  });

  it('signs a whole request like get-vanilla: x-amz-date from the clock, no body hash header without a body', async () => {
    const request = await signingRequest({ method: 'GET', url: 'https://example.amazonaws.com/', time: '2015-08-30T12:36:00Z' });
    expect(await signAwsV4(SUITE, request)).toEqual({
      headers: [
        ['x-amz-date', DATE],
        ['Authorization', authorization('host;x-amz-date', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31')],
      ],
      query: [],
    });
  });

  it('a body adds x-amz-content-sha256, a session token x-amz-security-token, both signed', async () => {
    const request = await signingRequest({ method: 'POST', url: 'https://example.amazonaws.com/', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Param1=value1', time: '2015-08-30T12:36:00Z' });
    const { headers } = await signAwsV4({ ...SUITE, sessionToken: 'token' }, request);
    expect(headers.slice(0, 3)).toEqual([
      ['x-amz-date', DATE],
      ['x-amz-content-sha256', '9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e'],
      ['x-amz-security-token', 'token'],
    ]);
    expect(headers[3]?.[1]).toContain('SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token,');
  });

  it('S3 always sends the payload hash, even without a body', async () => {
    const s3 = await signAwsV4({ ...SUITE, service: 's3' }, await signingRequest({ method: 'GET', url: 'https://b.s3.amazonaws.com/a%20b', time: 0 }));
    expect(s3.headers.map(([name]) => name)).toEqual(['x-amz-date', 'x-amz-content-sha256', 'Authorization']);
    expect(s3.headers[1]?.[1]).toBe(EMPTY_HASH);
  });
});
