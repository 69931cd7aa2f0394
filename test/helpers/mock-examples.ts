// Reads the saved examples back from a generated src/mocks/examples.ts, with the TypeScript parser
// (never by evaluating it): the data is plain literals, so tests can join fixture files with it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { SavedExample } from '../../templates/mocks/saved-example.js';
import type { FixtureFile, FixtureFileJson } from '../../templates/test/fixture.js';
import { fixtureFileFromJson } from '../../templates/test/harness.js';

export const MOCK_EXAMPLES_PATH = 'src/mocks/examples.ts';

/**
 * The examples of a src/mocks/examples.ts; in a large package it joins one file per folder
 * (`...examples1` from './examples/<folder>.js'), which `read` (by package path) must then give.
 */
export function parseMockExamples(
  source: string,
  read?: (packagePath: string) => string,
): Record<string, SavedExample[]> {
  const file = ts.createSourceFile('examples.ts', source, ts.ScriptTarget.ES2022, true);
  const imported = new Map<string, string>();
  for (const statement of file.statements) {
    if (
      !ts.isImportDeclaration(statement) ||
      !statement.importClause?.namedBindings ||
      !ts.isNamedImports(statement.importClause.namedBindings)
    )
      continue;
    const from = (statement.moduleSpecifier as ts.StringLiteral).text;
    for (const e of statement.importClause.namedBindings.elements) imported.set(e.name.text, from);
  }
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== 'examples' || !d.initializer) continue;
      const init = ts.isSatisfiesExpression(d.initializer) ? d.initializer.expression : d.initializer;
      if (!ts.isObjectLiteralExpression(init) || !init.properties.some(ts.isSpreadAssignment))
        return literalValue(init) as Record<string, SavedExample[]>;
      const joined: Record<string, SavedExample[]> = {};
      for (const p of init.properties) {
        const from =
          ts.isSpreadAssignment(p) && ts.isIdentifier(p.expression) ? imported.get(p.expression.text) : undefined;
        if (!from?.startsWith('./examples/') || !read)
          throw new Error(`src/mocks/examples.ts joins ${p.getText()}: not a folder file, or no reader given`);
        Object.assign(joined, parseMockExamples(read(`src/mocks/${from.slice(2).replace(/\.js$/, '.ts')}`)));
      }
      return joined;
    }
  }
  throw new Error('no `examples` in src/mocks/examples.ts');
}

/** The examples of the package in folder `dir`, as its src/mocks/examples.ts joins them. */
export function readMockExamples(dir: string): Record<string, SavedExample[]> {
  const read = (packagePath: string) => readFileSync(path.join(dir, packagePath), 'utf8');
  return parseMockExamples(read(MOCK_EXAMPLES_PATH), read);
}

/** Fixture files as the package's cases.ts loads them: each joined with its endpoint's examples. */
export function joinedFixtureFile(json: string, examples: Record<string, SavedExample[]>): FixtureFile {
  const parsed = JSON.parse(json) as FixtureFileJson;
  return fixtureFileFromJson(parsed, examples[parsed.operation] ?? []);
}

function literalValue(node: ts.Expression): unknown {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((e) => literalValue(e));
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) throw new Error(`not plain data: ${p.getText()}`);
      const key = ts.isComputedPropertyName(p.name)
        ? literalValue(p.name.expression)
        : (p.name as ts.Identifier | ts.StringLiteral).text;
      out[String(key)] = literalValue(p.initializer);
    }
    return out;
  }
  throw new Error(`not plain data: ${node.getText()}`);
}
