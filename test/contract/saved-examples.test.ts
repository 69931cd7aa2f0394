// The schemas and the types never disagree on what was saved: every saved response of every
// generated package, as its fixture says the client returns it, validates against the schema of
// its status in test/schemas.json with no difference at all (not even a note). test/types.check.ts
// proves the same of the TypeScript types, so a live difference is a change of the API.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { checkResponse, formatDifferences } from '../../templates/test/contract.js';
import type { SchemasFile } from '../../templates/test/live.js';
import { joinedFixtureFile, readMockExamples } from '../helpers/mock-examples.js';

const GENERATED = path.join(PROJECT_ROOT, 'generated');
const packages = readdirSync(GENERATED, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(packages)('generated/%s/test/schemas.json', (name) => {
  const dir = path.join(GENERATED, name, 'test');
  const schemas = JSON.parse(readFileSync(path.join(dir, 'schemas.json'), 'utf8')) as SchemasFile;
  const examples = readMockExamples(path.join(GENERATED, name));
  const files = readdirSync(path.join(dir, 'fixtures')).map((f) =>
    joinedFixtureFile(readFileSync(path.join(dir, 'fixtures', f), 'utf8'), examples),
  );

  it('has one entry per endpoint, and a schema for every saved status', () => {
    expect(Object.keys(schemas.operations).sort()).toEqual(files.map((f) => f.operation).sort());
    for (const file of files) {
      const statuses = [...new Set(file.fixtures.map((fx) => String(fx.response.status)))].sort();
      const saved = Object.keys(schemas.operations[file.operation]!.responses).sort();
      // An endpoint without examples has its own request's fixture (a 200 with no body) and no schema.
      if (saved.length > 0) expect(saved).toEqual(statuses);
    }
  });

  it('takes every saved response as the client returns it, without a difference', () => {
    let checked = 0;
    for (const file of files) {
      const { responses } = schemas.operations[file.operation]!;
      if (Object.keys(responses).length === 0) continue;
      for (const fx of file.fixtures) {
        const differences = checkResponse(responses, fx.response.status, fx.data);
        expect(formatDifferences(differences), `${file.operation}: ${fx.name}`).toBe('');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
