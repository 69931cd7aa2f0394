// `npm run hostile:write`: writes every collection of the hostile corpus (test/hostile/corpus.ts) to
// test/hostile/collections/<n>-<slug>.postman_collection.json, to try them with the CLI. Deterministic.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../generator/paths.js';
import { CASES } from '../test/hostile/corpus.js';

const dir = path.join(PROJECT_ROOT, 'test', 'hostile', 'collections');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [index, c] of CASES.entries()) {
  const slug = c.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  const content = c.input instanceof Uint8Array || typeof c.input === 'string' ? c.input : JSON.stringify(c.input, null, 2) + '\n';
  writeFileSync(path.join(dir, `${String(index).padStart(2, '0')}-${slug}.postman_collection.json`), content);
}
console.log(`wrote ${CASES.length} collections to ${path.relative(process.cwd(), dir)}/`);
