// Fixture tests -> test/cases.ts (one row per endpoint: its fixture file and how to call it) and
// two table-driven test files over it: stubbed fetch, and a real server on 127.0.0.1.
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiModel } from '../model/types.js';
import type { EndpointPlan, Plan } from '../plan/plan.js';
import type { FixtureData, FixtureEntry } from './fixtures.js';
import { signsWithClock } from '../model/auth-kinds.js';
import { servable } from '../plan/fixture-tests.js';
import { testCredential, TEST_NONCE, TEST_ORIGIN, TEST_TIME } from './auth-expectations.js';
import { accessChain, identifier, literal, propertyKey } from './code-text.js';

export function casesStatements(api: ApiModel, plan: Plan): StatementStructures[] {
  const credentials = api.authSchemes.map((s) => `${propertyKey(plan.schemeKeys.get(s.key)!)}: ${literal(testCredential(plan.schemeKeys.get(s.key)!, s))}`);
  const needsSign = api.authSchemes.some((s) => s.kind === 'unsupported');
  const signs = api.authSchemes.some(signsWithClock);
  // Signed schemes: a fixed clock and nonce, and every request signed for one origin (see signingStatements).
  // Every request is rebased onto the transport's origin: endpoints with a host of their own
  // (`origin` in their spec) must reach the stub or 127.0.0.1 too, never the network.
  const options = [
    signs ? 'baseUrl: SIGNED_ORIGIN' : 'baseUrl',
    'auth',
    'fetch: rebased(fetch, baseUrl)',
    // A saved 5xx or 429 is the answer under test: retrying it would only slow the run.
    'maxRetries: 0',
    ...(needsSign ? ['sign: (request) => request'] : []),
    ...(signs ? [`clock: () => new Date(${literal(TEST_TIME)})`, `nonce: () => ${literal(TEST_NONCE)}`] : []),
  ];
  const makeClient = `(fetch, baseUrl) => createClient({ ${options.join(', ')} })`;
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../src/index.js', namedImports: ['createClient', { name: 'Client', isTypeOnly: true }, ...plan.endpoints.map((p) => ({ name: p.types.params, isTypeOnly: true }))] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './harness.js', namedImports: ['FixtureDriver', 'FixtureFile'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './harness.js', namedImports: ['loadFixtureFile'] },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../src/mocks/examples.js', namedImports: ['examples'] },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Test credentials: the fixtures expect exactly these to be sent.'],
      declarations: [{ name: 'auth', initializer: `{ ${credentials.join(', ')} }` }],
    },
    {
      kind: StructureKind.Function,
      name: 'driver',
      docs: ['A driver for the harness: a client on the given transport, and the call under test.'],
      parameters: [{ name: 'call', type: "FixtureDriver<Client>['call']" }],
      returnType: 'FixtureDriver<Client>',
      statements: `return { makeClient: ${makeClient}, call };`,
    },
    ...rebaseStatements(signs),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every endpoint: its fixtures (one per saved example, or its own request), and how the grouped client calls it.'],
      declarations: [
        {
          name: 'cases',
          type: 'ReadonlyArray<{ file: FixtureFile; driver: FixtureDriver<Client> }>',
          initializer: (w) => {
            w.write('[').indent(() => {
              for (const p of plan.endpoints) {
                w.writeLine(
                  `{ file: loadFixtureFile(new URL(${literal(`./fixtures/${p.fixtureFile}`)}, import.meta.url), ${accessChain('examples', [p.functionName])}), driver: driver((client, input) => ${accessChain('client', p.memberPath)}(input as unknown as ${identifier(p.types.params)})) },`,
                );
              }
            });
            w.write(']');
          },
        },
      ],
    },
  ];
}

/**
 * Signatures cover the host, so the fixtures are signed for one origin: the client is made for it,
 * and `rebased` sends each signed request on to the transport's own base URL, headers and body intact.
 */
function rebaseStatements(signs: boolean): StatementStructures[] {
  return [
    ...(signs
      ? [
          {
            kind: StructureKind.VariableStatement,
            declarationKind: VariableDeclarationKind.Const,
            docs: ["The origin the fixtures' signatures were computed for: the client signs for it, the transport gets the request."],
            declarations: [{ name: 'SIGNED_ORIGIN', initializer: literal(TEST_ORIGIN) }],
          } satisfies StatementStructures,
        ]
      : []),
    {
      kind: StructureKind.Function,
      name: 'rebased',
      docs: ["A fetch that sends every request to `baseUrl`'s origin, whatever host the client addressed it to."],
      parameters: [{ name: 'fetch', type: 'typeof globalThis.fetch' }, { name: 'baseUrl', type: 'string' }],
      returnType: 'typeof globalThis.fetch',
      statements: [
        'return async (input, init) => {',
        '  const request = new Request(input, init);',
        '  const url = new URL(request.url);',
        "  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();",
        '  return fetch(new URL(baseUrl).origin + url.pathname + url.search, { method: request.method, headers: request.headers, body, signal: request.signal });',
        '};',
      ].join('\n'),
    },
  ];
}

export const ENDPOINTS_TEST = `// One test per saved example response: the example's request must go out, and its response must be read back.
import { describe, it } from 'vitest';
import { cases } from './cases.js';
import { fixtureTitle, runFixture } from './harness.js';

for (const { file, driver } of cases) {
  describe(file.operation, () => {
    for (const fx of file.fixtures) it(fixtureTitle(fx), () => runFixture(fx, driver));
  });
}
`;

export const HTTP_TEST = `// The same fixtures, end to end: the real fetch against a real HTTP server on 127.0.0.1.
import { it } from 'vitest';
import { cases } from './cases.js';
import { receivableOverHttp, runFixturesOverHttp } from './harness.js';

const all = cases.flatMap(({ file, driver }) => file.fixtures.map((fx) => ({ fx, driver })));

it('replays every saved example over HTTP on 127.0.0.1', async () => {
  await runFixturesOverHttp(all.filter(({ fx }) => receivableOverHttp(fx)));
});

for (const { fx } of all.filter(({ fx }) => !receivableOverHttp(fx))) {
  it.skip(\`\${fx.source} over HTTP: node:http cannot receive the method \${fx.request.method} (the stub test checks the request)\`, () => {});
}
`;

/**
 * test/types.check.ts: type-level soundness, checked by tsc with the package and never run. Each
 * saved response body, as its fixture file holds it (imported as typed JSON), must be accepted by
 * the type the client gives its status; and each saved request's input, files mapped to Blobs as
 * the harness maps them, by the endpoint's params type. A fixture whose example request this
 * endpoint cannot make (PF103: `response-only`) is called with the endpoint's own request instead:
 * its request row is left out on purpose, as that input is not the saved request (an endpoint
 * without saved examples has one fixture, its own saved request, and that is checked).
 */
export function typesCheckStatements(plan: Plan, fixtureFiles: readonly FixtureData[]): Array<StatementStructures | string> {
  const checked = plan.endpoints
    .map((p, i) => ({
      p,
      statuses: p.endpoint.examples.filter(servable).map((e) => e.status),
      requests: Object.entries(fixtureFiles[i]!.fixtures).filter(([, fx]) => fx.mode === 'request' && carriesEveryPart(p, fx)).map(([key]) => key),
    }))
    .filter(({ statuses, requests }) => statuses.length > 0 || requests.length > 0);
  if (checked.length === 0) return ['export {};'];
  const row = (p: EndpointPlan, key: string, part: 'data' | 'input') => `(typeof ${p.checks.fixtures})['fixtures'][${literal(key)}][${literal(part)}]`;
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: '../src/types.js', namespaceImport: 'T' },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './blob-input.js', namedImports: ['WithBlobs'] },
    ...checked.map(
      ({ p }): StatementStructures => ({
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: `./fixtures/${p.fixtureFile}`,
        defaultImport: identifier(p.checks.fixtures),
        attributes: [{ name: 'type', value: 'json' }],
      }),
    ),
    { kind: StructureKind.TypeAlias, name: 'Accepts', typeParameters: ['Type', { name: 'Body', constraint: 'Type' }], type: 'Body' },
    ...checked.flatMap(({ p, statuses, requests }): StatementStructures[] => [
      ...(statuses.length
        ? [{ kind: StructureKind.TypeAlias, isExported: true, name: identifier(p.checks.check), type: `[${statuses.map((status, i) => `Accepts<${accessChain('T', [p.types.response(status)])}, ${row(p, String(i), 'data')}>`).join(', ')}]` } satisfies StatementStructures]
        : []),
      ...(requests.length
        ? [{ kind: StructureKind.TypeAlias, isExported: true, name: identifier(p.checks.params), type: `[${requests.map((key) => `Accepts<${accessChain('T', [p.types.params])}, WithBlobs<${row(p, key, 'input')}>>`).join(', ')}]` } satisfies StatementStructures]
        : []),
    ]),
  ];
}

/**
 * A saved example whose request leaves out a part the endpoint sends (no body, a header param
 * missing: common for examples saved without their request) is replayed as it is, but cannot be a
 * call the params type accepts: its row is left out too. (A gap: it deserves a diagnostic.)
 */
function carriesEveryPart(p: EndpointPlan, fx: FixtureEntry): boolean {
  const input = (fx['input'] ?? {}) as Record<string, unknown>;
  const headers = (input['headers'] ?? {}) as Record<string, unknown>;
  if (p.endpoint.body.kind !== 'none' && !('body' in input)) return false;
  return p.endpoint.headers.filter((h) => h.role === 'param').every((h) => h.name in headers);
}
