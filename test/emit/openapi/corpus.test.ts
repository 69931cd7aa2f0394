// Every collection in collections/ and ../shared/corpus, converted once: the document passes
// Redocly's recommended rules without errors, every saved example body validates against its
// status's schema (plain, and closed with additionalProperties: false), openapi-typescript's types
// compile under strict, and nothing secret is written.
import { describe, expect, it } from 'vitest';
import { resolveCollection } from '../../../generator/config.js';
import { runOpenApi } from '../../../generator/openapi.js';
import { corpusDir, lintOpenApi, openApiInputs, responseExamples, typesOf, validateExamples, type LintProblem } from '../../helpers/openapi.js';
import { normalized } from '../../helpers/pipeline.js';

/**
 * Warnings accepted, each because the collection does not say more: no `info.license` in any
 * collection; folders without a description (tag-description); no saved 4xx (or 2xx) example for an
 * operation; paths real APIs have that differ only where one has a parameter (`/a/{id}` beside
 * `/a/search`: no-ambiguous-paths); a collection whose server is `example.com`.
 */
const ACCEPTED_WARNINGS = new Set(['info-license', 'tag-description', 'operation-4xx-response', 'operation-2xx-response', 'no-ambiguous-paths', 'no-server-example.com']);

const inputs = openApiInputs();

describe.skipIf(corpusDir() === null)('the corpus is there (set POSTFORGE_CORPUS where ../shared/corpus is elsewhere)', () => {
  it('holds collections', () => expect(inputs.length).toBeGreaterThan(10));
});

describe.each(inputs)('openapi: $file', ({ file, environments }) => {
  it('lints clean, declares every saved example, and types under strict', async () => {
    const job = resolveCollection({ input: file, environments, out: '/nonexistent/postforge-openapi-test' }, process.cwd());
    const result = await runOpenApi(job, 'json', null);
    expect(result.diagnostics.all.filter((d) => d.severity === 'error')).toEqual([]);
    const text = result.content!;
    expect((await runOpenApi(job, 'json', null)).content, 'the same input gives the same bytes').toBe(text);
    const document = JSON.parse(text) as Record<string, unknown>;

    const problems = await lintOpenApi(text);
    const unaccepted = (p: LintProblem) => p.severity === 'error' || !ACCEPTED_WARNINGS.has(p.rule);
    expect(problems.filter(unaccepted)).toEqual([]);

    // Every saved example body the model holds is in the document, under its status.
    const { api } = normalized(file, environments);
    const saved = api.endpoints.flatMap((e) => e.examples).filter((x) => x.body.kind !== 'empty' && x.status >= 100 && x.status <= 599).length;
    const cases = responseExamples(document);
    expect(cases.length).toBe(saved);
    const shares = validateExamples(cases);
    expect(shares.failures).toEqual([]);
    expect([shares.plain, shares.strict]).toEqual([saved, saved]);

    const types = await typesOf(document);
    expect(types.errors).toEqual([]);
    expect(types.text).toContain('export interface paths');
  });
});
