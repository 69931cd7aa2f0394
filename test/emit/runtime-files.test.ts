// Each package carries only the runtime parts it uses: a bearer-only package has no signer file
// (and still type-checks), a package with awsv4 has exactly that signer and passes it to the runtime.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNER_FILES } from '../../generator/model/auth-kinds.js';
import type { RunResult } from '../../generator/pipeline.js';
import { collection, item } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir, typeErrors } from '../helpers/package.js';

const auth = (type: string, values: Record<string, string>) => ({ type, [type]: Object.entries(values).map(([key, value]) => ({ key, value, type: 'string' })) });
const bearerOnly = collection([item('Me', { url: 'https://api.example.com/me' })], { auth: auth('bearer', { token: '{{token}}' }) });
const awsv4 = collection([item('Me', { url: 'https://api.example.com/me' })], { auth: auth('awsv4', { accessKey: '{{key}}', secretKey: '{{secret}}', region: 'eu-west-1', service: 'execute-api' }) });

describe('emit: only the runtime files a package uses', () => {
  let root: string;
  let bearer: RunResult;
  let aws: RunResult;
  const has = (r: RunResult, file: string) => existsSync(path.join(r.job.out, 'src/runtime', file));
  beforeAll(async () => {
    root = repoTempDir('runtime-files-');
    bearer = await generatePackage(root, 'bearer-pkg', bearerOnly);
    aws = await generatePackage(root, 'aws-pkg', awsv4);
  }, 30_000);
  afterAll(() => removeDir(root));

  it('the signer table lists every signer file the runtime has', () => {
    expect([...SIGNER_FILES].sort()).toEqual(['awsv4', 'edgegrid', 'hawk', 'jwt', 'oauth1']);
    for (const f of SIGNER_FILES) expect(existsSync(path.join('templates/runtime/auth', `${f}.ts`)), f).toBe(true);
  });

  it('a bearer-only package has no signer file, and its runtime imports none', () => {
    for (const f of SIGNER_FILES) expect(has(bearer, `auth/${f}.ts`), f).toBe(false);
    expect(has(bearer, 'auth.ts')).toBe(true);
    expect(readFileSync(path.join(bearer.job.out, 'src/client.ts'), 'utf8')).not.toMatch(/runtime\/auth\//);
  });

  it('an awsv4 package has its signer and hands it to the runtime, and no other', () => {
    expect(has(aws, 'auth/awsv4.ts')).toBe(true);
    for (const f of SIGNER_FILES.filter((f) => f !== 'awsv4')) expect(has(aws, `auth/${f}.ts`), f).toBe(false);
    const client = readFileSync(path.join(aws.job.out, 'src/client.ts'), 'utf8');
    expect(client).toContain("import { signAwsV4 } from './runtime/auth/awsv4.js';");
    expect(client).toMatch(/signers: \{ awsv4: signAwsV4 \}/);
  });

  it('both type-check under the package tsconfig', () => {
    expect(typeErrors([bearer.job.out, aws.job.out])).toEqual([]);
  }, 60_000);
});
