// The runtime and harness templates are copied into every package without formatting (the
// format stage skips them), so they must already be exactly what prettier would write.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../../generator/format/format.js';
import { TEMPLATES_DIR } from '../../generator/paths.js';

const templates = ['runtime', 'test'].flatMap((dir) =>
  readdirSync(path.join(TEMPLATES_DIR, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f)),
);

describe('templates are prettier-clean', () => {
  it.each(templates)('%s', async (file) => {
    const text = readFileSync(path.join(TEMPLATES_DIR, file), 'utf8');
    expect(await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' })).toBe(text);
  });
});
