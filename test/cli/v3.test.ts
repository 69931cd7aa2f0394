// The CLI with Collection v3 folders: `generate <dir>` end to end (the package type-checks and
// passes its own tests), names kept by the lock across a switch from JSON to v3, and discovery
// without a config (postman/collections/, postman/environments/, .postman/resources.yaml).
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main } from '../../generator/cli.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { removeDir, repoTempDir, typeErrors } from '../helpers/package.js';
import { runPackageTests } from '../helpers/output-checks.js';

const TREES = path.join(PROJECT_ROOT, 'test', 'v3', 'trees');

/** Every file under `dir`, relative, with its text. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
  return new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

async function cli(argv: string[], cwd: string): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line), cwd, { env: { CI: '1' } });
  return { code, output: lines.join('\n') };
}

describe('cli: v3 collection folders', () => {
  it('generate <v3 dir> --out: the package type-checks and passes its own tests', { timeout: 240_000 }, async () => {
    const root = repoTempDir('v3-cli-');
    try {
      cpSync(path.join(TREES, 'zoho-bigin'), path.join(root, 'Zoho Bigin'), { recursive: true });
      writeFileSync(path.join(root, 'eu.environment.yaml'), 'name: EU\nvalues:\n  - key: api-domain\n    value: https://www.zohoapis.eu\n    enabled: true\n');
      const { code, output } = await cli(['generate', 'Zoho Bigin', '--env', 'eu.environment.yaml', '--out', 'pkg'], root);
      expect(output).toMatch(/✓ pkg: 1 endpoints/);
      expect(code).toBe(EXIT.ok);
      const pkg = path.join(root, 'pkg');
      // Without --name: the folder's name as an npm name.
      expect((JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { name: string }).name).toBe('zoho-bigin');
      expect(readFileSync(path.join(pkg, 'src', 'client.ts'), 'utf8')).toContain('https://www.zohoapis.eu');
      expect(typeErrors([pkg])).toEqual([]);
      const tested = runPackageTests(root, [pkg]);
      expect(tested.error).toBeNull();
      expect(tested.failures.get(pkg)).toEqual([]);
      expect(tested.passed.get(pkg)).toBeGreaterThan(10);
    } finally {
      removeDir(root);
    }
  });

  it('switching zoho-crm from its JSON to its v3 tree keeps every name (the lock) and every file but the README line naming the input', { timeout: 120_000 }, async () => {
    const root = repoTempDir('v3-lock-');
    try {
      const out = path.join(root, 'zoho-crm');
      cpSync(path.join(PROJECT_ROOT, 'generated', 'zoho-crm'), out, { recursive: true });
      const before = snapshot(out);
      const envs = ['us', 'eu', 'au', 'in', 'cn', 'jp'].flatMap((dc) => ['--env', path.join(PROJECT_ROOT, 'collections', 'environments', `zoho-${dc}.postman_environment.json`)]);
      const { code, output } = await cli(['generate', path.join(TREES, 'zoho-crm'), ...envs, '--out', out], root);
      expect(code, output).toBe(EXIT.ok);
      const after = snapshot(out);
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
      expect(changed).toEqual(['README.md']);
      expect(after.get('README.md')!.replace('from `zoho-crm`', 'from `zoho-crm.postman_collection.json`')).toBe(before.get('README.md'));
    } finally {
      removeDir(root);
    }
  });

  it('no config: v3 folders under postman/collections/ with postman/environments/, or those .postman/resources.yaml lists (a gone one warned)', { timeout: 120_000 }, async () => {
    const root = repoTempDir('v3-discover-');
    try {
      cpSync(path.join(TREES, 'xero-oauth1'), path.join(root, 'postman', 'collections', 'Xero OAuth1'), { recursive: true });
      mkdirSync(path.join(root, 'postman', 'environments'), { recursive: true });
      writeFileSync(path.join(root, 'postman', 'environments', 'Dev.environment.yaml'), 'name: Dev\nvalues:\n  - key: baseUrl\n    value: https://dev.example.com\n    enabled: true\n');
      const first = await cli(['generate'], root);
      expect(first.output).toMatch(/✓ generated\/xero-oauth1: 3 endpoints/);
      expect(first.code).toBe(EXIT.ok);

      cpSync(path.join(TREES, 'ptbr-authservice'), path.join(root, 'apis', 'Auth Service'), { recursive: true });
      mkdirSync(path.join(root, '.postman'));
      writeFileSync(path.join(root, '.postman', 'resources.yaml'), 'workspace:\n  id: 1234\ncloudResources:\n  collections:\n    ../apis/Auth Service: 11-aa\n    ../postman/collections/Gone: 22-bb\n  environments:\n    ../postman/environments/Dev.environment.yaml: 33-cc\n');
      const second = await cli(['generate'], root);
      expect(second.output).toMatch(/warning PF027 \.postman\/resources\.yaml:\d+ #\/cloudResources\/collections\/\.\.~1postman~1collections~1Gone: \.\.\/postman\/collections\/Gone does not exist/);
      expect(second.output).toMatch(/✓ generated\/auth-service: /);
      expect(second.output).not.toMatch(/xero/);
      expect(second.code).toBe(EXIT.ok);
    } finally {
      removeDir(root);
    }
  });
});
