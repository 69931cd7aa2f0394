// Golden files: the committed generated/ folder IS the expected output. Every collection in
// postforge.config.ts is generated in memory and each file compared with generated/<name>/<path>.
// `vitest -u` rewrites them (as `npm run generate` does); tsc type-checks them via generated/tsconfig.json.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCollection } from '../../generator/config.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { run } from '../../generator/pipeline.js';
import config from '../../postforge.config.js';
import type { FormatCache } from '../../generator/format/format.js';

const formatCache: FormatCache = new Map();
const jobs = config.collections.map((c) => resolveCollection(c, PROJECT_ROOT));

describe.each(jobs.map((job) => [job.name, job] as const))('golden: generated/%s', (name, job) => {
  it('matches the committed files, file by file, with none missing or extra', async () => {
    const result = await run(job, { check: true, formatCache });
    expect(result.diagnostics.all.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(result.files.length).toBeGreaterThan(10);
    expect(job.out).toBe(path.join(PROJECT_ROOT, 'generated', name));
    for (const file of result.files) {
      await expect(file.content, file.path).toMatchFileSnapshot(path.join(PROJECT_ROOT, 'generated', name, file.path));
    }
    // A file in generated/ that the generator no longer writes is stale: it would be deleted by `npm run generate`.
    expect(result.check?.stale, 'stale files in generated/').toEqual([]);
  }, 60_000); // a full run with the build stage; JSON is formatted too
});
