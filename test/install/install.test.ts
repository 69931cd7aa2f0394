// The generated package used as an app uses it: packed with `npm pack`, installed with real
// `npm install`s (from the folder and from the tarball) into fresh projects under the system temp
// folder that have nothing else (no TypeScript, no postforge), then imported from ESM and from
// CommonJS and called against a real server on 127.0.0.1, and type-checked by a strict TypeScript
// consumer under nodenext (ESM and CJS files) and bundler. One tarball and one temp root per file.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { removeDir, repoTempDir } from '../helpers/package.js';
import { PACKAGE_DIR, savedExample, startExampleServer, TOKEN, type ExampleServer } from './zoho-server.js';

const TSC = path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
/** tsc over the package's declarations takes seconds, more on a loaded machine. */
const TSC_TIMEOUT = 60_000;
const NPM_FLAGS = ['--no-audit', '--no-fund', '--prefer-offline'];

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command without blocking this process (the example server answers from it meanwhile). */
function run(command: string, args: readonly string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function ok(command: string, args: readonly string[], cwd: string): Promise<string> {
  const ran = await run(command, args, cwd);
  if (ran.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${ran.code}\n${ran.stdout}\n${ran.stderr}`);
  return ran.stdout;
}

/** Untracked and ignored files under generated/: build output or install litter would show here. */
async function litterInGenerated(): Promise<string[]> {
  const out = await ok('git', ['status', '--porcelain', '--untracked-files=all', '--ignored', '--', 'generated'], PROJECT_ROOT);
  return out.split('\n').filter((line) => line.startsWith('??') || line.startsWith('!!'));
}

const APP_ESM = `import { createClient } from 'zoho-crm';
const [origin, token, input] = process.argv.slice(2);
const client = createClient({ baseUrl: origin, auth: { bearer: token } });
const res = await client.v2.recordsApi.updateRecords.leads(JSON.parse(input));
console.log(JSON.stringify({ status: res.status, data: res.data }));
`;

const APP_CJS = `const { createClient } = require('zoho-crm');
const [origin, token, input] = process.argv.slice(2);
const client = createClient({ baseUrl: origin, auth: { bearer: token } });
client.v2.recordsApi.updateRecords.leads(JSON.parse(input)).then((res) => console.log(JSON.stringify({ status: res.status, data: res.data })));
`;

/** A strict consumer: the same code as an ES module, a CommonJS module and a bundler-resolved file. */
const CONSUMER = `import { createClient, PostforgeError, type UpdateRecordsLeadsParams, type UpdateRecordsLeadsResult } from 'zoho-crm';

const client = createClient({ environment: 'eu', auth: { bearer: () => 'token' } });

export async function update(params: UpdateRecordsLeadsParams): Promise<number> {
  const res: UpdateRecordsLeadsResult = await client.v2.recordsApi.updateRecords.leads(params);
  return res.status;
}

export function isPostforgeError(error: unknown): error is PostforgeError {
  return error instanceof PostforgeError;
}
`;

/** The same consumer with one deliberate mistake: a client is not a string. */
const BROKEN = `import { createClient } from 'zoho-crm';
export const wrong: string = createClient({ environment: 'eu' });
`;

const STRICT = { strict: true, noUncheckedIndexedAccess: true, skipLibCheck: false, noEmit: true, target: 'es2022', types: [] as string[] };
const TSCONFIGS = {
  'tsconfig.nodenext.json': { compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['consumer.mts', 'consumer.cts'] },
  'tsconfig.bundler.json': { compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] },
  'tsconfig.broken.json': { compilerOptions: { ...STRICT, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['broken.mts'] },
};

/** A fresh project with only a package.json and the app's files; `spec` is what `npm install` gets. */
async function freshApp(root: string, name: string, spec: string): Promise<string> {
  const dir = path.join(root, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }, null, 2));
  const files: Record<string, string> = { 'app.mjs': APP_ESM, 'app.cjs': APP_CJS, 'consumer.mts': CONSUMER, 'consumer.cts': CONSUMER, 'consumer.ts': CONSUMER, 'broken.mts': BROKEN };
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content);
  for (const [file, config] of Object.entries(TSCONFIGS)) writeFileSync(path.join(dir, file), JSON.stringify(config, null, 2));
  await ok('npm', ['install', ...NPM_FLAGS, spec], dir);
  return dir;
}

let root: string;
let tarball: string;
let packed: string[];
const apps: Record<'folder' | 'tarball', string> = { folder: '', tarball: '' };
let server: ExampleServer;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'postforge-install-'));
  const [pack] = JSON.parse(await ok('npm', ['pack', '--json', '--pack-destination', root], PACKAGE_DIR)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(root, pack!.filename);
  packed = pack!.files.map((f) => f.path).sort();
  apps.folder = await freshApp(root, 'app-from-folder', PACKAGE_DIR);
  apps.tarball = await freshApp(root, 'app-from-tarball', tarball);
  server = await startExampleServer();
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.each(['folder', 'tarball'] as const)('installed from the %s', (from) => {
  it('brings nothing else into the app: no TypeScript, no postforge, no dependency', () => {
    expect(readdirSync(path.join(apps[from], 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['zoho-crm']);
  });

  it.each(['app.mjs', 'app.cjs'])('%s imports the package and replays the saved example against a real server', async (app) => {
    const example = savedExample();
    const before = server.seen.length;
    const output = await ok(process.execPath, [app, server.origin, TOKEN, JSON.stringify(example.input)], apps[from]);
    expect(JSON.parse(output)).toEqual({ status: example.response.status, data: example.data });
    // The server answered exactly one request, and it was the saved one (else it answers 404).
    expect(server.seen.length - before).toBe(1);
    expect(server.seen.at(-1)).toMatchObject({ method: example.request.method, url: example.request.path });
  });

  it('type-checks a strict consumer under nodenext, reading ESM declarations for the .mts and CommonJS ones for the .cts', async () => {
    const check = await run(process.execPath, [TSC, '-p', 'tsconfig.nodenext.json', '--listFiles'], apps[from]);
    expect(check.code, check.stdout).toBe(0);
    const declarations = check.stdout.split('\n').filter((f) => /zoho-crm\/dist\/(esm|cjs)\/index\.d\.ts$/.test(f)).map((f) => f.replace(/^.*zoho-crm\//, ''));
    expect(declarations.sort()).toEqual(['dist/cjs/index.d.ts', 'dist/esm/index.d.ts']);
  }, TSC_TIMEOUT);

  it('type-checks a strict consumer under bundler resolution', async () => {
    const check = await run(process.execPath, [TSC, '-p', 'tsconfig.bundler.json', '--listFiles'], apps[from]);
    expect(check.code, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/zoho-crm\/dist\/esm\/index\.d\.ts$/m);
  }, TSC_TIMEOUT);
});

describe('the type check can fail', () => {
  it('a consumer that misuses the package fails tsc, naming its file and the error', async () => {
    const ran = await run(process.execPath, [TSC, '-p', 'tsconfig.broken.json'], apps.tarball);
    expect(ran.code).not.toBe(0);
    expect(ran.stdout).toMatch(/broken\.mts\(2,\d+\): error TS2322: Type .+ is not assignable to type 'string'/);
  }, TSC_TIMEOUT);
});

describe('the tarball', () => {
  it('holds the build, the README and package.json only: no sources, no tests, no fixtures', () => {
    expect(packed).toContain('dist/esm/index.js');
    expect(packed).toContain('dist/cjs/index.js');
    expect(packed).toContain('dist/cjs/package.json');
    expect(packed).toContain('dist/esm/index.d.ts');
    expect(packed).toContain('dist/cjs/index.d.ts');
    const unexpected = packed.filter((f) => !(f === 'package.json' || f === 'README.md' || (f.startsWith('dist/') && /\.(js|d\.ts)$|^dist\/cjs\/package\.json$/.test(f))));
    expect(unexpected).toEqual([]);
  });
});

describe('npm run build', () => {
  it('remakes the committed dist/ byte for byte from src/, for people who edit src by hand', async () => {
    // Under the repo's .tmp/ so that `tsc` (on PATH as an app's devDependency would put it) is the repo's.
    const dir = repoTempDir('hand-build-');
    try {
      cpSync(PACKAGE_DIR, dir, { recursive: true, filter: (f) => !f.includes(`${path.sep}dist`) && !f.includes('node_modules') });
      const env = `PATH=${path.join(PROJECT_ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`;
      await ok('sh', ['-c', `${env} npm run build --silent`], dir);
      const built = (root: string) => readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|ts|json)$/.test(f)).sort();
      const files = built(PACKAGE_DIR);
      expect(built(dir)).toEqual(files);
      const differing = files.filter((f) => readFileSync(path.join(dir, 'dist', f), 'utf8') !== readFileSync(path.join(PACKAGE_DIR, 'dist', f), 'utf8'));
      expect(differing).toEqual([]);
    } finally {
      removeDir(dir);
    }
  }, 120_000);
});

describe('the repository stays clean', () => {
  it('nothing untracked or ignored under generated/ after the installs', async () => {
    expect(await litterInGenerated()).toEqual([]);
  });

  it('nothing untracked or ignored under generated/ after npm run generate', async () => {
    await ok(TSX, ['generator/cli.ts', 'generate'], PROJECT_ROOT);
    expect(await litterInGenerated()).toEqual([]);
  }, 120_000);
});
