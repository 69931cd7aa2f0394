// Credentials used by the generated tests, and the headers or query parameters each must produce.
// The expectation is computed here from the scheme and the fixture's request, independently of the
// runtime that signs: signed schemes go through auth-reference.ts (node:crypto, not Web Crypto).
import type { AuthScheme } from '../model/types.js';
import { awsV4Reference, edgeGridReference, hawkReference, jwtReference, oauth1Reference, type ExpectedAuth, type SentRequest } from './auth-reference.js';

export { TEST_NONCE, TEST_ORIGIN, TEST_TIME, type ExpectedAuth, type SentRequest } from './auth-reference.js';
export type TestCredential = string | Record<string, string | Record<string, string>>;

export function testCredential(key: string, scheme: AuthScheme): TestCredential {
  const test = (field: string) => `test-${key}-${field}`;
  switch (scheme.kind) {
    case 'basic':
      return { username: 'test-user', password: 'test-password' };
    case 'oauth1':
      return { consumerKey: test('consumer-key'), consumerSecret: test('consumer-secret'), token: test('token'), tokenSecret: test('token-secret') };
    case 'jwt': {
      const secret = scheme.secretBase64 ? Buffer.from(test('secret')).toString('base64') : test('secret');
      return scheme.payload === null ? { secret, payload: { sub: test('subject') } } : { secret };
    }
    case 'awsv4':
      return {
        accessKey: test('access-key'),
        secretKey: test('secret-key'),
        sessionToken: test('session-token'),
        ...(scheme.region === null ? { region: 'test-region-1' } : {}),
        ...(scheme.service === null ? { service: 'test-service' } : {}),
      };
    case 'hawk':
      return { authId: test('id'), authKey: test('key') };
    case 'edgegrid':
      return { clientToken: test('client-token'), clientSecret: test('client-secret'), accessToken: test('access-token') };
    case 'unsupported':
      return scheme.type === 'digest' || scheme.type === 'ntlm' ? { username: 'test-user', password: 'test-password' } : test('credential');
    default:
      return test('credential');
  }
}

/** Whether the scheme signs the host, a time and a nonce: its tests fix the clock and sign for TEST_ORIGIN. */
export function signsRequest(scheme: AuthScheme): boolean {
  return scheme.kind === 'oauth1' || scheme.kind === 'awsv4' || scheme.kind === 'hawk' || scheme.kind === 'edgegrid';
}

export function expectedAuth(key: string, scheme: AuthScheme, request: SentRequest): ExpectedAuth {
  const credential = testCredential(key, scheme);
  const text = String(credential);
  const fields = credential as Record<string, string>;
  const header = (name: string, value: string): ExpectedAuth => ({ headers: { [name.toLowerCase()]: value }, query: [] });
  switch (scheme.kind) {
    case 'bearer':
      return header('authorization', `${scheme.prefix} ${text}`.trim());
    case 'oauth2':
      return scheme.addTo === 'header' ? header('authorization', `${scheme.prefix} ${text}`.trim()) : { headers: {}, query: [['access_token', text]] };
    case 'basic':
      return header('authorization', `Basic ${Buffer.from(`${fields['username']}:${fields['password']}`, 'utf8').toString('base64')}`);
    case 'apikey':
      return scheme.addTo === 'header' ? header(scheme.name, text) : { headers: {}, query: [[scheme.name, text]] };
    case 'oauth1':
      return oauth1Reference(scheme, fields, request);
    case 'jwt':
      return jwtReference(scheme, credential as { secret: string; payload?: Record<string, string> });
    case 'awsv4':
      return awsV4Reference(scheme, fields, request);
    case 'hawk':
      return hawkReference(scheme, fields, request);
    case 'edgegrid':
      return edgeGridReference(scheme, fields, request);
    case 'unsupported':
      // The tests' sign hook returns the request as it is: nothing is added.
      return { headers: {}, query: [] };
  }
}
