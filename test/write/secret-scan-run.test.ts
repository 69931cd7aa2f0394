// The scan is the last gate: with the redactor switched off, a planted JWT must fail the run with
// PF121 (naming the file and the rule, not the value) and nothing may be written.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { collection, example, item } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir } from '../helpers/package.js';

vi.mock('../../generator/normalize/redact.js', () => ({
  redactModel: (api: unknown) => ({ api, summary: { values: 0, byKind: {}, places: [] }, secrets: [] }),
}));

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('a secret that gets past the redactor', () => {
  const root = repoTempDir('secret-scan-');
  afterAll(() => removeDir(root));

  it('fails the run with PF121 and writes nothing', async () => {
    const request = { method: 'GET', url: 'https://api.test/me' };
    const result = await generatePackage(root, 'leaky', collection([item('Me', request, [example({ name: 'me', originalRequest: request, header: [{ key: 'Content-Type', value: 'application/json' }], body: JSON.stringify({ id_token: JWT }) })])]));
    const errors = result.diagnostics.all.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.code)).toContain('PF121');
    expect(errors.find((d) => d.code === 'PF121')!.message).toMatch(/^a secret would be written: (src\/mocks\/examples\.ts|test\/fixtures\/me\.json) holds a jwt$/);
    for (const d of errors) expect(d.message).not.toContain(JWT);
    expect(existsSync(path.join(root, 'leaky'))).toBe(false);
  }, 30_000);
});
