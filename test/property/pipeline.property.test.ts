// Property: for any collection, the generator never throws; every problem is a catalogued
// diagnostic with a file and pointer; what it emits parses, holds no canary as code, no planted
// secret, and only paths inside the package. FUZZ_RUNS runs (1,000 in `npm test`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticProblems, jsonProblems, parseAndCanaryProblems, secretProblems } from '../helpers/output-checks.js';
import { tempDir } from '../helpers/collection.js';
import { KNOWN_FAILING_PROPERTIES, propertyClasses } from '../hostile/known-failing.js';
import { arbitraries, PLANTED_SECRETS } from './arbitraries.js';
import { FUZZ } from './fuzz-config.js';
import { generatedOnly, generateUnformatted, pathProblems } from './generate.js';

describe('property: any collection, in memory', () => {
  it(`never throws, and what it emits is safe (${FUZZ.runs} runs, seed ${FUZZ.seed})`, () => {
    const dir = tempDir('postforge-fuzz-');
    const { collection } = arbitraries(propertyClasses('cheap'));
    fc.assert(
      fc.property(collection, (doc) => {
        const run = generateUnformatted(doc, dir);
        const problems = [
          ...(run.thrown ? [`threw ${run.thrown}`] : []),
          ...diagnosticProblems(run.diagnostics),
          ...pathProblems(run.files),
        ];
        const files = generatedOnly(run.files);
        problems.push(...parseAndCanaryProblems(files), ...jsonProblems(files));
        if (!KNOWN_FAILING_PROPERTIES.secrets) problems.push(...secretProblems(run.files, PLANTED_SECRETS));
        expect(problems).toEqual([]);
      }),
      { numRuns: FUZZ.runs, seed: FUZZ.seed, endOnFailure: !process.env['FUZZ_SHRINK'] },
    );
  }, 600_000);
});
