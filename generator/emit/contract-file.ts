// The contract check's two generated files: test/schemas.json (per endpoint: its method, auth
// scheme and one JSON Schema per saved status, from the shapes the types come from) and
// test/live.test.ts (the live run, over test/live.ts and the cases of test/cases.ts).
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import type { ApiModel } from '../model/types.js';
import type { Plan } from '../plan/plan.js';
import { literal, propertyKey } from './code-text.js';
import { jsonSchema, JSON_SCHEMA_DIALECT } from './json-schema.js';
import { liveVariables } from '../plan/live-variables.js';

export const SCHEMAS_FILE = 'test/schemas.json';

/** test/schemas.json: plain data, keyed by the endpoint's function name (as the fixture files are). */
export function schemasContent(plan: Plan, shapes: readonly EndpointShapes[]): string {
  const operations = plan.endpoints.map((p, i) => [
    p.functionName,
    {
      method: p.endpoint.method,
      auth: p.schemeKey,
      // Object.fromEntries: own keys; integer-like keys list in numeric order, as statuses should.
      responses: Object.fromEntries(shapes[i]!.responses.map((r) => [String(r.status), jsonSchema(r.shape)])),
    },
  ]);
  return JSON.stringify({ dialect: JSON_SCHEMA_DIALECT, operations: Object.fromEntries(operations) }, null, 2) + '\n';
}

export function liveTestStatements(api: ApiModel, plan: Plan): Array<StatementStructures | string> {
  const schemes = liveVariables(api, plan).map(({ key, kind, variables }) => {
    if (kind === 'hook') return `${propertyKey(key)}: { kind: 'hook' },`;
    if (kind === 'token') return `${propertyKey(key)}: { kind: 'token', variable: ${literal(variables[0]!.variable)} },`;
    const fields = variables.map((v) => `{ name: ${literal(v.field!)}, variable: ${literal(v.variable)}, required: ${v.required}, json: ${v.json} }`);
    return `${propertyKey(key)}: { kind: 'fields', fields: [${fields.join(', ')}] },`;
  });
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'vitest', namedImports: ['it'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../src/index.js', namedImports: ['createClient'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './cases.js', namedImports: ['cases'] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './live.js',
      namedImports: ['LIVE_CALL_TIMEOUT_MS', 'liveCredentials', 'liveFetch', 'livePlan', 'liveReport', 'liveSettings', 'liveTitle', 'loadSchemas', 'runLive', { name: 'LiveScheme', isTypeOnly: true }],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Where each auth scheme\'s credential comes from: these environment variables, never the collection.'],
      declarations: [{ name: 'schemes', initializer: (w) => void w.write('{').indent(() => schemes.forEach((line) => w.writeLine(line))).write('} as const satisfies Record<string, LiveScheme>') }],
    },
    { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'settings', initializer: 'liveSettings()' }] },
    LIVE_RUN,
  ];
}

// The same for every package: one test per endpoint, or one skipped test that says what to set.
// test/live.ts reads the environment, so this file names no global.
const LIVE_RUN = `if ('skip' in settings) {
  it.skip(settings.skip, () => {});
} else {
  const schemas = loadSchemas(new URL('./schemas.json', import.meta.url));
  const client = createClient({ baseUrl: settings.baseUrl, auth: liveCredentials(schemes), fetch: liveFetch(settings.baseUrl) });
  const report = liveReport(settings);
  for (const { file, driver } of cases) {
    const plan = livePlan(settings, schemas, file, schemes);
    if ('skip' in plan) {
      report.skipped(file.operation, plan);
      it.skip(plan.skip, () => {});
    } else {
      it(liveTitle(file.operation, plan), () => runLive(file.operation, plan, (input) => driver.call(client, input), report), LIVE_CALL_TIMEOUT_MS + 5_000);
    }
  }
}`;
