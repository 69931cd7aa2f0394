// The auth table against the runtime it describes: the runtime is the judge. Each kind's credential
// fields are the runtime interface's members (required ones required), the runtime refuses a
// credential without a required field, signs with the clock exactly where the table says so, and
// writes the Authorization header exactly where the table says an explicit one is replaced.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { testCredential, TEST_ORIGIN } from '../../generator/emit/auth-expectations.js';
import { schemeSpec } from '../../generator/emit/auth-schemes.js';
import { AUTH_KINDS, credentialOf, passedFields, setsAuthorization, signsWithClock } from '../../generator/model/auth-kinds.js';
import type { AuthScheme } from '../../generator/model/types.js';
import { TEMPLATES_DIR } from '../../generator/paths.js';
import { placeAuth } from '../../templates/runtime/auth.js';
import { ALL_SIGNERS } from '../templates/all-signers.js';
import type { AuthSchemeSpec } from '../../templates/runtime/spec.js';

const source = { file: 't.json', itemPath: [], pointer: '' };
/** One scheme per kind and variant that changes what the table says. */
const SCHEMES: Array<[string, AuthScheme]> = [
  ['bearer', { kind: 'bearer', key: 'k', prefix: 'Bearer', source }],
  ['oauth2 header', { kind: 'oauth2', key: 'k', prefix: 'Zoho-oauthtoken', addTo: 'header', source }],
  ['oauth2 query', { kind: 'oauth2', key: 'k', prefix: '', addTo: 'query', source }],
  ['basic', { kind: 'basic', key: 'k', source }],
  ['apikey header', { kind: 'apikey', key: 'k', name: 'X-Key', addTo: 'header', source }],
  ['apikey query', { kind: 'apikey', key: 'k', name: 'key', addTo: 'query', source }],
  ['oauth1', { kind: 'oauth1', key: 'k', signatureMethod: 'HMAC-SHA1', addTo: 'header', version: '1.0', realm: null, includeBodyHash: false, addEmptyParamsToSign: false, source }],
  ['jwt header', { kind: 'jwt', key: 'k', algorithm: 'HS256', addTo: 'header', prefix: 'Bearer', queryParam: 'token', header: '', payload: '{"a":1}', secretBase64: false, source }],
  ['jwt query, payload left to the caller', { kind: 'jwt', key: 'k', algorithm: 'HS256', addTo: 'query', prefix: 'Bearer', queryParam: 'jwt', header: '', payload: null, secretBase64: true, source }],
  ['awsv4', { kind: 'awsv4', key: 'k', region: 'eu-west-1', service: 'execute-api', source }],
  ['awsv4, region and service left to the caller', { kind: 'awsv4', key: 'k', region: null, service: null, source }],
  ['hawk', { kind: 'hawk', key: 'k', algorithm: 'sha256', ext: null, app: null, dlg: null, includePayloadHash: false, source }],
  ['edgegrid', { kind: 'edgegrid', key: 'k', headersToSign: [], baseUrl: null, maxBodySize: 131072, source }],
  ['digest (sign hook)', { kind: 'unsupported', key: 'k', type: 'digest', hook: 'answer the challenge', source }],
  ['ntlm (sign hook)', { kind: 'unsupported', key: 'k', type: 'ntlm', hook: 'run the handshake', source }],
  ['another hook scheme', { kind: 'unsupported', key: 'k', type: 'asap', hook: 'sign it', source }],
];

/** The runtime's exported interfaces (templates/runtime/**), member name -> optional. */
function runtimeInterfaces(): Map<string, Map<string, boolean>> {
  const dir = path.join(TEMPLATES_DIR, 'runtime');
  const found = new Map<string, Map<string, boolean>>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const sf = ts.createSourceFile(file, readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const statement of sf.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      const members = new Map<string, boolean>();
      for (const m of statement.members) if (ts.isPropertySignature(m)) members.set(m.name.getText(sf), m.questionToken !== undefined);
      found.set(statement.name.text, members);
    }
  }
  return found;
}

function spec(scheme: AuthScheme): AuthSchemeSpec {
  // The generated table's entry is a JS object literal: the emitted text, evaluated.
  return new Function(`return (${schemeSpec(scheme)});`)() as AuthSchemeSpec;
}

const context = (clock: string) => ({ method: 'POST', url: `${TEST_ORIGIN}/x?a=1`, headers: new Headers({ 'content-type': 'application/json' }), body: '{}', clock: () => new Date(clock), nonce: () => 'n', signers: ALL_SIGNERS });

describe('the auth table', () => {
  it('has an entry for every kind of scheme the model has', () => {
    const kinds = new Set(SCHEMES.map(([, s]) => s.kind));
    expect(Object.keys(AUTH_KINDS).sort()).toEqual([...kinds].sort());
  });

  const interfaces = runtimeInterfaces();
  describe.each(SCHEMES)('%s', (_, scheme) => {
    const credential = credentialOf(scheme);

    it('lists the fields of the runtime credential type, required where the runtime requires them', () => {
      if (credential.shape !== 'fields') return expect(credential.shape).toMatch(/^(token|opaque)$/);
      const members = interfaces.get(credential.runtimeType);
      expect(members, credential.runtimeType).toBeDefined();
      expect(credential.fields.map((f) => f.name).sort()).toEqual([...members!.keys()].sort());
      for (const f of credential.fields) expect([f.name, members!.get(f.name)]).toEqual([f.name, f.need !== 'required']);
    });

    it('the runtime refuses the credential without each field the table requires', async () => {
      const fields = passedFields(credential).filter((f) => f.need === 'required' || f.need === 'demanded');
      if (scheme.kind === 'unsupported') return; // the sign hook checks its own credential
      const full = testCredential('k', scheme) as Record<string, unknown>;
      await expect(placeAuth('k', spec(scheme), full, 'E', context('2020-01-01T00:00:00Z'))).resolves.toBeDefined();
      for (const f of fields) {
        const { [f.name]: _dropped, ...without } = full;
        await expect(placeAuth('k', spec(scheme), without, 'E', context('2020-01-01T00:00:00Z')), f.name).rejects.toThrow();
      }
    });

    it('signs with the clock exactly when the table says so', async () => {
      if (scheme.kind === 'unsupported') return expect(signsWithClock(scheme)).toBe(false);
      const credential = testCredential('k', scheme);
      const at = (time: string) => placeAuth('k', spec(scheme), credential, 'E', context(time));
      expect(JSON.stringify(await at('2020-01-01T00:00:00Z')) !== JSON.stringify(await at('2021-06-01T12:00:00Z'))).toBe(signsWithClock(scheme));
    });

    it('writes the Authorization header exactly when the table says an explicit one is replaced', async () => {
      const placement = await placeAuth('k', spec(scheme), testCredential('k', scheme), 'E', context('2020-01-01T00:00:00Z'));
      const writes = placement.in === 'hook' || placement.headers.some(([name]) => name.toLowerCase() === 'authorization');
      expect(writes).toBe(setsAuthorization(scheme));
    });
  });
});
