// The usual route, in one fresh process: postman-to-openapi converts the collection, then
// @hey-api/openapi-ts writes types, an SDK and its fetch client (no formatter). Prints one JSON line.
//   node bench/anchor/run.mjs <collection.json> <outDir>
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { resourceUsage } from 'node:process';

const [input, out] = process.argv.slice(2);
const start = performance.now();
const { default: postmanToOpenApi } = await import('postman-to-openapi');
const { createClient } = await import('@hey-api/openapi-ts');
mkdirSync(out, { recursive: true });
const spec = path.join(out, 'openapi.yaml');
await postmanToOpenApi(input, spec, { defaultTag: 'General' });
const converted = performance.now();
await createClient({
  input: spec,
  output: { path: path.join(out, 'client') },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  logs: { level: 'silent' },
});
const end = performance.now();
console.log(
  JSON.stringify({
    totalMs: end - start,
    convertMs: converted - start,
    generateMs: end - converted,
    maxRssMB: resourceUsage().maxRSS / 1024,
  }),
);
