import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scanForSecrets } from '../../generator/write/secret-scan.js';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
/** A JWT as the generated tests expect it: HS256 over a test payload with the test secret. */
function testJwt(key: string): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${part({ alg: 'HS256' })}.${part({ sub: 'test-jwt-subject' })}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
}

describe('scanForSecrets', () => {
  const none = { replaced: [], testJwtKeys: [] };
  const table: Array<[string, { content: string; replaced?: string[]; keys?: string[]; want: string[] }]> = [
    ['a JWT', { content: `{"authorization": "Bearer ${JWT}"}`, want: ['jwt'] }],
    ['a Stripe key in a comment', { content: '/** e.g. sk_live_4eC39HqLyjWDarjtT1zdp7dc */', want: ['stripe key'] }],
    ['a replaced value', { content: 'const x = "Pa55-word!";', replaced: ['Pa55-word!'], want: ['replaced value'] }],
    ['a short replaced value is not searched for', { content: 'password: string', replaced: ['password', 'pw'], want: [] }],
    ['placeholders and test stand-ins', { content: '"redacted-3" "Bearer test-bearer2-credential" test-user:test-password', want: [] }],
    ['the basic credential of the tests', { content: `"authorization": "Basic ${Buffer.from('test-user:test-password').toString('base64')}"`, want: [] }],
    ['another basic credential', { content: `"authorization": "Basic ${Buffer.from('ann:Hunter2').toString('base64')}"`, want: ['bearer token'] }],
    ['the test JWT of a jwt scheme', { content: `Bearer ${testJwt('test-jwt-secret')}`, keys: ['test-jwt-secret'], want: [] }],
    ['a JWT signed with another key', { content: `Bearer ${testJwt('real secret')}`, keys: ['test-jwt-secret'], want: ['jwt'] }],
  ];
  it.each(table)('%s', (_name, { content, replaced, keys, want }) => {
    const hits = scanForSecrets([{ path: 'test/fixtures/x.json', content }], { ...none, replaced: replaced ?? [], testJwtKeys: keys ?? [] });
    expect(hits.map((h) => h.pattern)).toEqual(want);
    for (const hit of hits) expect(hit.file).toBe('test/fixtures/x.json');
  });
});
