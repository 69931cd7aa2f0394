// The judges of an OpenAPI document, shared by the corpus test and `npm run openapi:compare`:
// Redocly's linter (recommended rules), ajv (JSON Schema 2020-12) over every saved example, and
// openapi-typescript with the real tsc under strict.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import openapiTS, { astToString } from 'openapi-typescript';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROJECT_ROOT } from '../../generator/paths.js';

type Json = { [key: string]: unknown };

export interface LintProblem {
  rule: string;
  severity: 'error' | 'warn';
  message: string;
  pointer: string;
}

export async function lintOpenApi(text: string): Promise<LintProblem[]> {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: text, absoluteRef: '/openapi.json', config });
  return problems.map((p) => ({ rule: p.ruleId, severity: p.severity as LintProblem['severity'], message: p.message, pointer: p.location[0]?.pointer ?? '' }));
}

/** An example and the schema it must validate against, found in the document. */
export interface ExampleCase {
  where: string;
  value: unknown;
  schema: unknown;
}

/** Every example under `responses/<status>/content/<type>` (`examples` and `example`), with its media type's schema, `$ref`s resolved. */
export function responseExamples(document: Json): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const resolve = (node: unknown): unknown => deref(document, node);
  for (const [template, item] of Object.entries((document['paths'] ?? {}) as Record<string, Json>)) {
    for (const [method, op] of Object.entries(item)) {
      const responses = (op as Json)['responses'] as Record<string, Json> | undefined;
      for (const [status, response] of Object.entries(responses ?? {})) {
        for (const [type, media] of Object.entries((resolve(response) as Json)['content'] ?? {}) as Array<[string, Json]>) {
          const where = `${method.toUpperCase()} ${template} ${status} ${type}`;
          const schema = resolve(media['schema'] ?? {});
          if ('example' in media) cases.push({ where, value: media['example'], schema });
          for (const [name, example] of Object.entries((media['examples'] ?? {}) as Record<string, Json>)) cases.push({ where: `${where} "${name}"`, value: (resolve(example) as Json)['value'], schema });
        }
      }
    }
  }
  return cases;
}

/** Every local `$ref` replaced by its target (the documents' component schemas are not recursive). */
function deref(document: Json, node: unknown, depth = 0): unknown {
  if (depth > 64 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((n) => deref(document, n, depth + 1));
  const ref = (node as Json)['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    const target = ref.slice(2).split('/').reduce<unknown>((at, token) => (at as Json | undefined)?.[token.replace(/~1/g, '/').replace(/~0/g, '~')], document);
    return deref(document, target, depth + 1);
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, deref(document, s, depth + 1)])) : deref(document, v, depth + 1)]));
}

/** `additionalProperties: false` wherever an object schema lists its properties: every key of a value must be declared. */
export function closed(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object') return schema;
  if (Array.isArray(schema)) return schema.map(closed);
  const out: Json = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, closed(s)])) : closed(v)]));
  if (out['properties'] !== undefined && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
  return out;
}

export interface ExampleShares {
  total: number;
  plain: number;
  strict: number;
  failures: Array<{ where: string; strict: boolean; errors: string }>;
}

export function validateExamples(cases: readonly ExampleCase[]): ExampleShares {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
  addFormats.default(ajv);
  const shares: ExampleShares = { total: cases.length, plain: 0, strict: 0, failures: [] };
  for (const c of cases) {
    for (const strict of [false, true]) {
      let validate;
      try {
        validate = ajv.compile((strict ? closed(c.schema) : c.schema) as object);
      } catch (error) {
        // A schema ajv cannot compile (OpenAPI 3.0's `nullable` without `type`) validates nothing.
        shares.failures.push({ where: c.where, strict, errors: `schema does not compile: ${(error as Error).message}` });
        continue;
      }
      if (validate(c.value)) shares[strict ? 'strict' : 'plain']++;
      else shares.failures.push({ where: c.where, strict, errors: ajv.errorsText(validate.errors) });
    }
  }
  return shares;
}

/** openapi-typescript's output for the document, and what tsc (strict) says about it. */
export async function typesOf(document: Json): Promise<{ text: string; errors: string[] }> {
  const text = astToString(await openapiTS(document as never));
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const file = '/openapi-types.ts';
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true) : read(name, version));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const program = ts.createProgram([file], options, host);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { text, errors };
}

/** ../shared/corpus beside the checkout, or POSTFORGE_CORPUS (a worktree elsewhere); null when absent. */
export function corpusDir(): string | null {
  const dir = process.env['POSTFORGE_CORPUS'] ?? path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');
  return existsSync(dir) ? dir : null;
}

/** collections/ and the corpus, each collection with its environments (the Zoho data centres, `<name>.postman_environment.json`). */
export function openApiInputs(): Array<{ file: string; environments: string[] }> {
  const own = path.join(PROJECT_ROOT, 'collections');
  const zoho = path.join(own, 'environments');
  const corpus = corpusDir();
  const list = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.postman_collection.json')).sort().map((f) => path.join(dir, f));
  return [...list(own), ...(corpus ? list(corpus) : [])].map((file) => {
    const beside = file.replace(/\.postman_collection\.json$/, '.postman_environment.json');
    const environments = existsSync(beside) ? [beside] : file.startsWith(own) && existsSync(zoho) ? readdirSync(zoho).sort().map((e) => path.join(zoho, e)) : [];
    return { file, environments };
  });
}
