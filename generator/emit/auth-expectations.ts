// Credentials used by the generated tests, and the headers or query parameters each must produce.
// The expectation is computed here from the scheme and the fixture's request, independently of the
// runtime that signs: signed schemes go through auth-reference.ts (node:crypto, not Web Crypto).
import { credentialOf, passedFields } from '../model/auth-kinds.js';
import type { AuthScheme } from '../model/types.js';
import { awsV4Reference, edgeGridReference, hawkReference, jwtReference, oauth1Reference, type ExpectedAuth, type SentRequest } from './auth-reference.js';

export { TEST_NONCE, TEST_ORIGIN, TEST_TIME, type ExpectedAuth, type SentRequest } from './auth-reference.js';
export type TestCredential = string | Record<string, string | Record<string, string>>;

/**
 * What the generated tests pass for a scheme: every field the auth table says a caller passes (optional
 * secrets too, so they are signed and checked), each `test-<key>-<field>`; objects get the table's sample.
 */
export function testCredential(key: string, scheme: AuthScheme): TestCredential {
  const test = (field: string) => `test-${key}-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  const credential = credentialOf(scheme);
  if (credential.shape !== 'fields') return test('credential');
  const fields = Object.fromEntries(passedFields(credential).map((f) => [f.name, f.type === 'object' ? (f.sample as Record<string, string>) : test(f.name)]));
  // The signer decodes a base64 secret: the test passes one.
  if (scheme.kind === 'jwt' && scheme.secretBase64) fields['secret'] = Buffer.from(test('secret')).toString('base64');
  return fields;
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
