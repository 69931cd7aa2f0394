// Credential types come with the runtime types they name (imports are returned with the code, never
// read back from it), and every scheme's docs derive from the auth table.
import { describe, expect, it } from 'vitest';
import { credentialType, schemeDoc, typeImports } from '../../generator/emit/auth-schemes.js';
import { clientStatements } from '../../generator/emit/client-file.js';
import { testCredential } from '../../generator/emit/auth-expectations.js';
import type { AuthScheme } from '../../generator/model/types.js';
import { inferEndpoints } from '../../generator/infer/endpoint-shapes.js';
import { plan } from '../../generator/plan/plan.js';
import { api as apiModel, endpoint } from '../helpers/model.js';

const source = { file: 't.json', itemPath: [], pointer: '' };
const oauth1: AuthScheme = { kind: 'oauth1', key: 'o', signatureMethod: 'HMAC-SHA256', addTo: 'query', version: '1.0', realm: null, includeBodyHash: false, addEmptyParamsToSign: false, source };
const awsOpen: AuthScheme = { kind: 'awsv4', key: 'a', region: null, service: 'execute-api', source };
const digest: AuthScheme = { kind: 'unsupported', key: 'd', type: 'digest', hook: 'answer the challenge', source };

describe('credentialType', () => {
  type Case = [string, { given: AuthScheme; want: { text: string; imports: string[] } }];
  const cases: Case[] = [
    ['a token', { given: { kind: 'bearer', key: 'b', prefix: 'Bearer', source }, want: { text: 'Credential', imports: ['Credential'] } }],
    ['basic', { given: { kind: 'basic', key: 'b', source }, want: { text: 'BasicCredential', imports: ['BasicCredential'] } }],
    ['an object credential', { given: oauth1, want: { text: 'CredentialOf<OAuth1Credential>', imports: ['CredentialOf', 'OAuth1Credential'] } }],
    ['a setting left to the caller is required', { given: awsOpen, want: { text: 'CredentialOf<AwsV4Credential & { region: string }>', imports: ['CredentialOf', 'AwsV4Credential'] } }],
    [
      'a jwt payload left to the caller',
      { given: { kind: 'jwt', key: 'j', algorithm: 'HS256', addTo: 'header', prefix: 'Bearer', queryParam: 'token', header: '', payload: null, secretBase64: false, source }, want: { text: 'CredentialOf<JwtCredential & { payload: Record<string, unknown> }>', imports: ['CredentialOf', 'JwtCredential'] } },
    ],
    ['digest: username and password for the hook', { given: digest, want: { text: 'BasicCredential', imports: ['BasicCredential'] } }],
    ['another hook scheme: whatever the hook takes', { given: { kind: 'unsupported', key: 'x', type: 'asap', hook: 'sign', source }, want: { text: 'unknown', imports: [] } }],
  ];
  it.each(cases)('%s', (_, { given, want }) => expect(credentialType(given)).toEqual(want));

  it('imports each runtime type once, in first-use order', () => {
    expect(typeImports([oauth1, awsOpen, oauth1, digest].map(credentialType))).toEqual(['CredentialOf', 'OAuth1Credential', 'AwsV4Credential', 'BasicCredential']);
  });
});

describe('schemeDoc', () => {
  type Case = [string, { given: AuthScheme; want: string[] }];
  const cases: Case[] = [
    ['a token: the one description', { given: { kind: 'apikey', key: 'k', name: 'X-Key', addTo: 'header', source }, want: ['API key, sent as the `X-Key` header.'] }],
    [
      'object credentials: the fields from the table',
      {
        given: oauth1,
        want: [
          'OAuth 1.0a (HMAC-SHA256): the client signs every request, in the query (`oauth_*` parameters).',
          'Pass `{ consumerKey, consumerSecret, token?, tokenSecret? }`; `callback`, `verifier` and `realm` are optional.',
          "The collection's secrets are never copied into this package.",
        ],
      },
    ],
    [
      'a demanded setting moves into the object',
      {
        given: awsOpen,
        want: [
          "AWS Signature Version 4 for service `execute-api` in region you pass as `region` (the collection's variable has no value): the client signs every request (`Authorization`, `x-amz-date`, `x-amz-content-sha256`).",
          'Pass `{ accessKey, secretKey, sessionToken?, region }`; `service` is optional.',
          "The collection's secrets are never copied into this package.",
        ],
      },
    ],
    [
      'digest: the hook and the credential it gets',
      {
        given: digest,
        want: [
          'Postman "digest" auth, which the runtime cannot sign: pass createClient({ sign }), a hook that must answer the challenge. The hook gets this credential as `scheme.credential`.',
          'Pass `{ username, password }`.',
          "The collection's secrets are never copied into this package.",
        ],
      },
    ],
    ['collection text cannot end the comment', { given: { kind: 'apikey', key: 'k', name: 'X-*/-Key', addTo: 'query', source }, want: ['API key, sent as the `X-*\\/-Key` query parameter.'] }],
  ];
  it.each(cases)('%s', (_, { given, want }) => expect(schemeDoc(given).split('\n')).toEqual(want));
});

describe('testCredential', () => {
  it('gives every field a caller passes, named after the scheme key and the field', () => {
    expect(testCredential('aws', awsOpen)).toEqual({ accessKey: 'test-aws-access-key', secretKey: 'test-aws-secret-key', sessionToken: 'test-aws-session-token', region: 'test-aws-region' });
    expect(testCredential('d', digest)).toEqual({ username: 'test-d-username', password: 'test-d-password' });
    expect(testCredential('b', { kind: 'bearer', key: 'b', prefix: 'Bearer', source })).toBe('test-b-credential');
  });
});

describe('client.ts imports', () => {
  it('imports exactly the runtime types its Auth interface names', () => {
    const api = apiModel([endpoint(['Get'], { auth: { kind: 'scheme', key: 'o' } })], { authSchemes: [digest, oauth1, awsOpen] });
    const [runtimeImport] = clientStatements(api, plan(api, 'p'), inferEndpoints(api), []);
    const names = (runtimeImport as { namedImports: Array<string | { name: string }> }).namedImports.map((n) => (typeof n === 'string' ? n : n.name));
    expect(names).toEqual(['createRuntime', 'BasicCredential', 'RequestOptions', 'RuntimeConfig', 'CredentialOf', 'OAuth1Credential', 'AwsV4Credential']);
  });
});
