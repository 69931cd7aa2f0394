// What a cache entry's validity depends on besides its own key: postforge (its version and the bytes
// of its generator/ and templates/ sources, so an edit to either invalidates everything) and the
// versions of the tools whose output is cached (prettier formats, TypeScript builds against the
// @types/node and msw types). Read afresh per run: no module-level cache.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, TEMPLATES_DIR } from '../paths.js';
import { sha256 } from './store.js';

const TOOLS = ['prettier', 'typescript', '@types/node', 'msw'];

export function toolFingerprint(): string {
  const parts: string[] = [`postforge ${version(PROJECT_ROOT)}`];
  for (const tool of TOOLS) parts.push(`${tool} ${version(path.join(PROJECT_ROOT, 'node_modules', tool))}`);
  for (const dir of [path.join(PROJECT_ROOT, 'generator'), TEMPLATES_DIR]) {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(path.join(dir, f), 'utf8');
      } catch {
        continue; // a folder
      }
      parts.push(`${path.basename(dir)}/${f} ${sha256(text)}`);
    }
  }
  return sha256(parts.join('\n'));
}

function version(packageDir: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'missing';
  }
}
