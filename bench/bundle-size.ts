// `npm run bench:size` (and the end of `npm run bench`): minified+gzipped bytes an app's bundle
// gets from a generated package, measured with esbuild: the runtime core alone, one endpoint with
// the runtime, and the whole package (`export *` of its index). For generated/zoho-crm (one OAuth 2
// scheme, no signer) and for a package generated into a temporary folder that uses every signer.
// Prints a table only; writes nothing into the repo.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { resolveCollection } from '../generator/config.js';
import { run } from '../generator/pipeline.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One folder per signed kind, so the package needs every signer the runtime has. */
function everySignerCollection(): unknown {
  const auth = (type: string, values: Record<string, string>) => ({
    type,
    [type]: Object.entries(values).map(([key, value]) => ({ key, value, type: 'string' })),
  });
  const folder = (name: string, a: unknown) => ({
    name,
    auth: a,
    item: [{ name: `${name} me`, request: { method: 'GET', url: `https://api.example.com/${name.toLowerCase()}/me` } }],
  });
  return {
    info: { name: 'every signer', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [
      folder(
        'OAuth1',
        auth('oauth1', { consumerKey: '{{ck}}', consumerSecret: '{{cs}}', signatureMethod: 'HMAC-SHA1' }),
      ),
      folder('Jwt', auth('jwt', { algorithm: 'HS256', secret: '{{jwt}}', payload: '{"sub":"me"}' })),
      folder(
        'Aws',
        auth('awsv4', { accessKey: '{{ak}}', secretKey: '{{sk}}', region: 'us-east-1', service: 'execute-api' }),
      ),
      folder('Hawk', auth('hawk', { authId: '{{id}}', authKey: '{{key}}', algorithm: 'sha256' })),
      folder('EdgeGrid', auth('edgegrid', { accessToken: '{{at}}', clientToken: '{{ct}}', clientSecret: '{{cs2}}' })),
    ],
  };
}

async function gzippedBytes(entry: string, dir: string): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: dir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

async function measure(name: string, pkg: string, endpoint: string): Promise<string[]> {
  const src = path.join(pkg, 'src');
  const core = await gzippedBytes(`export { createRuntime } from './runtime/index.js';`, src);
  const one = await gzippedBytes(
    `export { createRuntime } from './runtime/index.js'; export { ${endpoint} } from './endpoints.js';`,
    src,
  );
  const whole = await gzippedBytes(`export * from './index.js';`, src);
  return [name, `${core}`, `${one}`, `${whole}`];
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'postforge-size-'));
try {
  const input = path.join(tmp, 'every-signer.postman_collection.json');
  writeFileSync(input, JSON.stringify(everySignerCollection()));
  const signed = await run(
    resolveCollection({ input, out: path.join(tmp, 'every-signer'), name: 'every-signer' }, tmp),
    { check: false, formatCache: new Map() },
  );
  const rows = [
    ['package', 'runtime core', 'one endpoint', 'whole package'],
    await measure('zoho-crm', path.join(ROOT, 'generated/zoho-crm'), 'updateRecordsLeads'),
    await measure('every signer', signed.job.out, 'oAuth1Me'),
  ];
  console.log('\n== bundle size: esbuild --bundle --minify, gzip -9, bytes ==');
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(14))).join(''));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
