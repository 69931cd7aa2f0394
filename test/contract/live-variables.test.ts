import { describe, expect, it } from 'vitest';
import { liveVariables } from '../../generator/plan/live-variables.js';
import type { AuthScheme } from '../../generator/model/types.js';
import { plan } from '../../generator/plan/plan.js';
import { api, endpoint } from '../helpers/model.js';

const SOURCE = { file: 'c.json', itemPath: [], pointer: '' };
const variablesOf = (schemes: AuthScheme[]) => {
  const model = api([endpoint(['A'])], { authSchemes: schemes });
  return liveVariables(model, plan(model, 'p'));
};

describe('liveVariables', () => {
  it('a token credential: one variable named after its key in Auth', () => {
    expect(variablesOf([{ kind: 'bearer', key: 'b', prefix: 'Bearer', source: SOURCE }])).toEqual([
      { key: 'bearer', kind: 'token', variables: [{ field: null, variable: 'POSTFORGE_LIVE_BEARER', required: true, json: false }] },
    ]);
  });

  it('a credential of fields: one variable per field; settings and optional secrets are optional, demanded settings required', () => {
    const [aws] = variablesOf([{ kind: 'awsv4', key: 'a', region: null, service: 's3', source: SOURCE }]);
    expect(aws!.variables.map((v) => `${v.variable} ${v.required ? 'required' : 'optional'}`)).toEqual([
      'POSTFORGE_LIVE_AWSV4_ACCESS_KEY required',
      'POSTFORGE_LIVE_AWSV4_SECRET_KEY required',
      'POSTFORGE_LIVE_AWSV4_SESSION_TOKEN optional',
      'POSTFORGE_LIVE_AWSV4_REGION required', // the collection leaves it to a variable without a value (PF111)
      'POSTFORGE_LIVE_AWSV4_SERVICE optional',
    ]);
  });

  it('an object field holds JSON', () => {
    const [jwt] = variablesOf([{ kind: 'jwt', key: 'j', algorithm: 'HS256', addTo: 'header', prefix: 'Bearer', queryParam: 'token', header: '{}', payload: '{"sub":"me"}', secretBase64: false, source: SOURCE }]);
    expect(jwt!.variables.filter((v) => v.json).map((v) => v.variable)).toEqual(['POSTFORGE_LIVE_JWT_PAYLOAD', 'POSTFORGE_LIVE_JWT_HEADER']);
  });

  it('a scheme the sign hook signs has no variables: the check cannot run it', () => {
    expect(variablesOf([{ kind: 'unsupported', key: 'd', type: 'digest', hook: 'answer the challenge', source: SOURCE }])).toEqual([{ key: 'digest', kind: 'hook', variables: [] }]);
  });

  it('a second scheme of one kind keeps the number the naming scope gave its key', () => {
    const keys = variablesOf([
      { kind: 'apikey', key: 'k1', name: 'X-Key', addTo: 'header', source: SOURCE },
      { kind: 'apikey', key: 'k2', name: 'X-Other', addTo: 'query', source: SOURCE },
    ]);
    expect(keys.map((s) => [s.key, s.variables[0]!.variable])).toEqual([
      ['apiKey', 'POSTFORGE_LIVE_API_KEY'],
      ['apiKey2', 'POSTFORGE_LIVE_API_KEY2'],
    ]);
  });
});
