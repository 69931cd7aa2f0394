// The environment variables the live contract check reads credentials from: one per credential
// field, named after the scheme's key in the package's `Auth` (POSTFORGE_LIVE_BEARER,
// POSTFORGE_LIVE_OAUTH1_CONSUMER_KEY). The same table writes test/live.test.ts and the README.
import { credentialOf } from '../model/auth-kinds.js';
import type { ApiModel } from '../model/types.js';
import type { Plan } from './plan.js';

export const LIVE_PREFIX = 'POSTFORGE_LIVE_';

export interface LiveVariable {
  /** The credential field it fills; null for a token credential. */
  field: string | null;
  variable: string;
  required: boolean;
  /** The field is an object (a JWT payload): the variable holds JSON. */
  json: boolean;
}

export interface LiveSchemeVariables {
  /** The scheme's key in `Auth`. */
  key: string;
  /** `hook`: signed by the client's `sign` hook, so the check cannot run its endpoints. */
  kind: 'token' | 'fields' | 'hook';
  variables: LiveVariable[];
}

/** Every scheme's variables, in the order of the auth table; names that would meet get a numeric suffix. */
export function liveVariables(api: ApiModel, plan: Plan): LiveSchemeVariables[] {
  const taken = new Set<string>();
  const claim = (...words: string[]): string => {
    const wanted = LIVE_PREFIX + words.map(upperSnake).join('_');
    let name = wanted;
    for (let n = 2; taken.has(name); n++) name = `${wanted}_${n}`;
    taken.add(name);
    return name;
  };
  return api.authSchemes.map((scheme): LiveSchemeVariables => {
    const key = plan.schemeKeys.get(scheme.key)!;
    const credential = credentialOf(scheme);
    if (scheme.kind === 'unsupported' || credential.shape === 'opaque') return { key, kind: 'hook', variables: [] };
    if (credential.shape === 'token') return { key, kind: 'token', variables: [{ field: null, variable: claim(key), required: true, json: false }] };
    const variables = credential.fields.map((f) => ({ field: f.name, variable: claim(key, f.name), required: f.need === 'required' || f.need === 'demanded', json: f.type === 'object' }));
    return { key, kind: 'fields', variables };
  });
}

/** `consumerKey` -> `CONSUMER_KEY`; anything but ASCII letters and digits becomes `_`, so the name is a portable variable name. */
function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase() || 'CREDENTIAL';
}
