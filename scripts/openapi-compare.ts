// `npm run openapi:compare` (POSTFORGE_CORPUS=<dir> where ../shared/corpus is elsewhere): postforge's OpenAPI export beside postman2openapi's, on collections/
// and ../shared/corpus. For each collection: Redocly lint errors (recommended rules), and the share
// of saved example bodies that the document carries under their status and that validate against
// that status's schema (ajv, JSON Schema 2020-12), plain and with `additionalProperties: false`
// added to every object schema that lists properties (so every key of every example is declared).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transpile } from 'postman2openapi';
import { resolveCollection } from '../generator/config.js';
import { runOpenApi } from '../generator/openapi.js';
import { lintOpenApi, openApiInputs, responseExamples, validateExamples } from '../test/helpers/openapi.js';
import { normalized } from '../test/helpers/pipeline.js';

const inputs = openApiInputs();

interface Score {
  errors: number;
  plain: number;
  strict: number;
}

async function score(text: string): Promise<Score> {
  const document = JSON.parse(text) as Record<string, unknown>;
  const errors = (await lintOpenApi(text)).filter((p) => p.severity === 'error').length;
  const shares = validateExamples(responseExamples(document));
  return { errors, plain: shares.plain, strict: shares.strict };
}

const pct = (n: number, of: number) => (of === 0 ? '   n/a' : `${((100 * Math.min(n, of)) / of).toFixed(1).padStart(5)}%`);
const rows: string[] = [];
const totals = { saved: 0, ours: { plain: 0, strict: 0, errors: 0 }, theirs: { plain: 0, strict: 0, errors: 0 } };
for (const { file, environments } of inputs) {
  // The denominator: every saved example body, as postforge reads the collection.
  const { api } = normalized(file, environments);
  const saved = api.endpoints.flatMap((e) => e.examples).filter((x) => x.body.kind !== 'empty').length;
  const result = await runOpenApi(resolveCollection({ input: file, environments, out: path.join('/nonexistent', 'postforge-compare') }, process.cwd()), 'json', null);
  const ours = await score(result.content!);
  let theirs: Score = { errors: NaN, plain: 0, strict: 0 };
  try {
    theirs = await score(JSON.stringify(transpile(JSON.parse(readFileSync(file, 'utf8')))));
  } catch (error) {
    console.error(`postman2openapi cannot convert ${path.basename(file)}: ${(error as Error).message ?? String(error)}`);
  }
  totals.saved += saved;
  for (const [k, s] of [['ours', ours], ['theirs', theirs]] as const) {
    totals[k].plain += Math.min(s.plain, saved);
    totals[k].strict += Math.min(s.strict, saved);
    totals[k].errors += Number.isNaN(s.errors) ? 0 : s.errors;
  }
  rows.push(
    `| ${path.basename(file, '.postman_collection.json')} | ${saved} | ${ours.errors} | ${pct(ours.plain, saved)} | ${pct(ours.strict, saved)} | ${Number.isNaN(theirs.errors) ? 'fails' : theirs.errors} | ${pct(theirs.plain, saved)} | ${pct(theirs.strict, saved)} |`,
  );
}
console.log('| collection | saved bodies | postforge lint errors | postforge valid | postforge valid, closed | postman2openapi lint errors | postman2openapi valid | postman2openapi valid, closed |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
rows.forEach((r) => console.log(r));
const t = totals;
console.log(`| **all** | ${t.saved} | ${t.ours.errors} | ${pct(t.ours.plain, t.saved)} | ${pct(t.ours.strict, t.saved)} | ${t.theirs.errors} | ${pct(t.theirs.plain, t.saved)} | ${pct(t.theirs.strict, t.saved)} |`);
