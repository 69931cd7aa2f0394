// Credentials used by the generated tests, and the header or query pair each must produce. The
// expectation is computed here from the scheme, independently of the runtime that signs.
import type { AuthScheme } from '../model/types.js';

export type TestCredential = string | { username: string; password: string };

export function testCredential(key: string, scheme: AuthScheme): TestCredential {
  return scheme.kind === 'basic' ? { username: 'test-user', password: 'test-password' } : `test-${key}-credential`;
}

export function expectedAuth(key: string, scheme: AuthScheme): { header?: [string, string]; query?: [string, string] } {
  const credential = testCredential(key, scheme);
  switch (scheme.kind) {
    case 'bearer':
      return { header: ['authorization', `${scheme.prefix} ${String(credential)}`.trim()] };
    case 'oauth2':
      return scheme.addTo === 'header'
        ? { header: ['authorization', `${scheme.prefix} ${String(credential)}`.trim()] }
        : { query: ['access_token', String(credential)] };
    case 'basic': {
      const { username, password } = credential as { username: string; password: string };
      return { header: ['authorization', `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`] };
    }
    case 'apikey':
      return scheme.addTo === 'header' ? { header: [scheme.name.toLowerCase(), String(credential)] } : { query: [scheme.name, String(credential)] };
    case 'unsupported':
      return {};
  }
}
