// The README's Auth section: the same description as the `Auth` JSDoc (one per scheme, from the auth
// table), and a createClient example that passes exactly the fields a caller must give, secrets from
// the environment.
import { describe, expect, it } from 'vitest';
import { describeScheme } from '../../generator/model/auth-kinds.js';
import type { AuthScheme } from '../../generator/model/types.js';
import { inferEndpoints } from '../../generator/infer/endpoint-shapes.js';
import { plan } from '../../generator/plan/plan.js';
import { renderDocs } from '../../generator/render/render.js';
import { api, endpoint } from '../helpers/model.js';

const source = { file: 't.json', itemPath: [], pointer: '' };

function readme(scheme: AuthScheme): string {
  const model = api([endpoint(['Get'], { auth: { kind: 'scheme', key: scheme.key } })], { authSchemes: [scheme] });
  return renderDocs({ api: model, plan: plan(model, 'p'), shapes: inferEndpoints(model), collectionFile: 'p.json', versions: { typescript: '5', vitest: '4', typesNode: '22', msw: '2' } }).readme;
}

describe('README: auth', () => {
  type Case = [string, { given: AuthScheme; example: string }];
  const cases: Case[] = [
    ['a token', { given: { kind: 'oauth2', key: 'oauth2', prefix: 'Zoho-oauthtoken', addTo: 'header', source }, example: 'oauth2: process.env.API_TOKEN!' }],
    ['basic', { given: { kind: 'basic', key: 'basic', source }, example: "basic: { username: 'user', password: process.env.PASSWORD! }" }],
    [
      'oauth1: the required secrets only',
      {
        given: { kind: 'oauth1', key: 'oauth1', signatureMethod: 'HMAC-SHA1', addTo: 'header', version: '1.0', realm: null, includeBodyHash: false, addEmptyParamsToSign: false, source },
        example: 'oauth1: { consumerKey: process.env.CONSUMER_KEY!, consumerSecret: process.env.CONSUMER_SECRET! }',
      },
    ],
    ['awsv4 with its region left open', { given: { kind: 'awsv4', key: 'awsv4', region: null, service: 'execute-api', source }, example: "awsv4: { accessKey: process.env.AWS_ACCESS_KEY_ID!, secretKey: process.env.AWS_SECRET_ACCESS_KEY!, region: 'us-east-1' }" }],
    [
      'jwt with its payload left open',
      { given: { kind: 'jwt', key: 'jwt', algorithm: 'HS256', addTo: 'header', prefix: 'Bearer', queryParam: 'token', header: '', payload: null, secretBase64: false, source }, example: "jwt: { secret: process.env.JWT_SECRET!, payload: { sub: 'me' } }" },
    ],
    ['digest: username and password for the hook', { given: { kind: 'unsupported', key: 'digest', type: 'digest', hook: 'answer the challenge', source }, example: "digest: { username: 'user', password: process.env.PASSWORD! }" }],
  ];
  it.each(cases)('%s', (_, { given, example }) => {
    const text = readme(given);
    expect(text).toContain(`  auth: { ${example} },`);
    expect(text).toContain(`| \`${given.key}\` | ${describeScheme(given)} |`);
  });

  it('a table cell cannot be broken by collection text', () => {
    const text = readme({ kind: 'apikey', key: 'apiKey', name: 'X|Key\nY', addTo: 'header', source });
    expect(text).toContain('| `apiKey` | API key, sent as the `X\\|Key Y` header. |');
  });
});
