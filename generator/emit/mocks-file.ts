// The package's mocks: src/mocks/examples.ts (the saved responses, written once: the mocks serve
// them and the package's tests join them into their fixtures; in a large package, joined from one
// file per folder), and the two entry points over the
// runtime in templates/mocks/: src/mocks/index.ts (MSW, `<package>/mocks`) and src/mocks/server.ts
// (node:http, `<package>/mocks/server`). Collection text reaches the code only as literals.
import { StructureKind, VariableDeclarationKind, type CodeBlockWriter, type StatementStructures } from 'ts-morph';
import type { Plan } from '../plan/plan.js';
import { accessChain, identifier, literal, propertyKey } from './code-text.js';
import { savedExamples } from './fixtures.js';

export const MOCK_EXAMPLES_FILE = 'src/mocks/examples.ts';
export const MOCK_MSW_FILE = 'src/mocks/index.ts';
export const MOCK_SERVER_FILE = 'src/mocks/server.ts';

/** A large package's examples of one top-level folder (emit.ts decides when to split). */
export const mockExamplesChunkFile = (typesFile: string) => `src/mocks/examples/${typesFile}.ts`;

type Endpoints = ReadonlyArray<{ p: Plan['endpoints'][number]; examples: ReturnType<typeof savedExamples> }>;

/** `{ <function name>: [saved examples...], ... }` as literals. */
function examplesObject(endpoints: Endpoints): (w: CodeBlockWriter) => void {
  return (w) => {
    w.write('{').indent(() => {
      for (const { p, examples } of endpoints) {
        w.writeLine(`${propertyKey(p.functionName)}: [`).indent(() => {
          for (const e of examples)
            w.writeLine(
              `{ name: ${literal(e.name)}, status: ${literal(e.status)}, headers: ${literal(e.headers)}, body: ${literal(e.body)} },`,
            );
        });
        w.writeLine('],');
      }
    });
    w.write('}');
  };
}

/**
 * One folder's saved examples (src/mocks/examples/<folder>.ts), for examples.ts to join: a file of
 * data alone, importing no other module's values, so a changed example is formatted and built alone.
 */
export function mockExamplesChunkStatements(plan: Plan, indices: readonly number[]): StatementStructures[] {
  const endpoints = indices.map((i) => ({ p: plan.endpoints[i]!, examples: savedExamples(plan.endpoints[i]!) }));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../saved-example.js',
      namedImports: ['SavedExample'],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "These endpoints' saved example responses, by function name, as the collection saved them (credentials redacted).",
      ],
      declarations: [
        {
          name: 'examples',
          type: `Readonly<Record<${endpoints.map(({ p }) => literal(p.functionName)).join(' | ') || 'never'}, readonly SavedExample[]>>`,
          initializer: examplesObject(endpoints),
        },
      ],
    },
  ];
}

/** src/mocks/examples.ts; `chunks`: the folder files holding the data (mockExamplesChunkFile), or null to hold it here. */
export function mockExamplesStatements(plan: Plan, chunks: readonly string[] | null = null): StatementStructures[] {
  const endpoints = plan.endpoints.map((p) => ({ p, examples: savedExamples(p) }));
  // The literal union of what an example can be picked by; `never` where there is none to pick.
  const union = (values: readonly (string | number)[]) =>
    [...new Set(values)].map((v) => literal(v)).join(' | ') || 'never';
  // Chunk bindings are numbered: file names are kebab-case, and only numbers keep them apart as identifiers.
  const chunkImports: StatementStructures[] = (chunks ?? []).map((file, i) => ({
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: `./examples/${file}.js`,
    namedImports: [{ name: 'examples', alias: `examples${i + 1}` }],
  }));
  const joined = (w: CodeBlockWriter) => {
    w.write('{').indent(() => (chunks ?? []).forEach((_, i) => w.writeLine(`...examples${i + 1},`)));
    w.write('}');
  };
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../endpoints.js', namedImports: ['specs'] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './saved-example.js',
      namedImports: [
        'mockEndpoint',
        { name: 'MockEndpoint', isTypeOnly: true },
        { name: 'SavedExample', isTypeOnly: true },
      ],
    },
    ...chunkImports,
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        "Every endpoint's saved example responses, by function name, as the collection saved them (credentials redacted).",
      ],
      declarations: [
        {
          name: 'examples',
          // Annotated, not inferred: the declarations stay small, and a header pair stays a pair.
          type: '{ readonly [Operation in keyof ExampleChoices]: readonly SavedExample[] }',
          initializer: chunks ? joined : examplesObject(endpoints),
        },
      ],
    },
    {
      // A type alias, not an interface: only an alias fits the picks' index-signature constraint.
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ExampleChoices',
      docs: ['Per endpoint: the names and statuses its saved examples can be picked by.'],
      type: (w) => {
        w.write('{').indent(() => {
          for (const { p, examples } of endpoints) {
            w.writeLine(
              `${propertyKey(p.functionName)}: { name: ${union(examples.map((e) => e.name))}; status: ${union(examples.map((e) => e.status).sort((a, b) => a - b))} };`,
            );
          }
        });
        w.write('}');
      },
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The endpoints as the mocks match requests: by the specs the client sends them by.'],
      declarations: [
        {
          name: 'mockEndpoints',
          type: 'readonly MockEndpoint[]',
          initializer: (w) => {
            w.write('[').indent(() => {
              for (const { p } of endpoints) {
                const required = p.endpoint.query.filter((q) => q.required && !q.credential).map((q) => q.name);
                w.writeLine(
                  `mockEndpoint(${literal(p.functionName)}, ${accessChain('specs', [p.functionName])}, ${literal([...new Set(required)])}, ${accessChain('examples', [p.functionName])}),`,
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

const SHARED_EXPORTS: StatementStructures[] = [
  {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: './examples.js',
    namedExports: ['examples', { name: 'ExampleChoices', isTypeOnly: true }],
  },
  {
    kind: StructureKind.ExportDeclaration,
    isTypeOnly: true,
    moduleSpecifier: './saved-example.js',
    namedExports: ['ExamplePick', 'ExamplePicks', 'SavedExample'],
  },
];

/** `<package>/mocks`: MSW handlers. The only module that imports msw (an optional peer dependency). */
export function mockMswStatements(): StatementStructures[] {
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: 'msw', namedImports: ['HttpHandler'] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './examples.js',
      namedImports: ['mockEndpoints', { name: 'ExampleChoices', isTypeOnly: true }],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './msw.js',
      namedImports: ['mswHandlers', { name: 'MswMockOptions', isTypeOnly: true }],
    },
    ...SHARED_EXPORTS,
    { kind: StructureKind.TypeAlias, isExported: true, name: 'MockOptions', type: 'MswMockOptions<ExampleChoices>' },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: identifier('handlers'),
      docs: [
        'MSW handlers answering every endpoint under `options.baseUrl` with a saved example (per endpoint: `options.examples`, by name, status or index; default its first 2xx). Any other request under the base URL fails as a network error, reported with its method and path.',
      ],
      parameters: [{ name: 'options', type: 'MockOptions' }],
      returnType: 'HttpHandler[]',
      statements: 'return mswHandlers(mockEndpoints, options);',
    },
  ];
}

/** `<package>/mocks/server`: the same mocks on node:http, no msw needed. */
export function mockServerStatements(): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './examples.js',
      namedImports: ['mockEndpoints', { name: 'ExampleChoices', isTypeOnly: true }],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './mock-server.js',
      namedImports: [
        { name: 'startMockServer', alias: 'start' },
        { name: 'MockServer', alias: 'Server', isTypeOnly: true },
        { name: 'MockServerOptions', alias: 'ServerOptions', isTypeOnly: true },
      ],
    },
    ...SHARED_EXPORTS,
    { kind: StructureKind.TypeAlias, isExported: true, name: 'MockServer', type: 'Server<ExampleChoices>' },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'MockServerOptions',
      type: 'ServerOptions<ExampleChoices>',
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'startMockServer',
      docs: [
        'A node:http server on 127.0.0.1 answering every endpoint with a saved example (per endpoint: `options.examples`; switch later with `server.use`). Any other request has its connection dropped and is reported with its method and path (and kept in `server.unmatched`).',
      ],
      parameters: [{ name: 'options', type: 'MockServerOptions', initializer: '{}' }],
      returnType: 'Promise<MockServer>',
      statements: 'return start(mockEndpoints, options);',
    },
  ];
}

/**
 * test/mocks.test.ts: the mocks serve every saved example. The client's own request (the fixture's
 * inputs) must be matched to its endpoint, and the answer must be the example's status, headers and
 * body, read back as the fixture's `data`; over node:http and through MSW.
 */
export const MOCKS_TEST = `// The package's mocks serve every saved example, to the client's own requests.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { specs } from '../src/endpoints.js';
import { handlers, type ExampleChoices, type ExamplePicks } from '../src/mocks/index.js';
import { startMockServer, type MockServer } from '../src/mocks/server.js';
import { mockEndpoints } from '../src/mocks/examples.js';
import { requestKey, rootOf, type Root } from '../src/mocks/match.js';
import type { EndpointSpec } from '../src/runtime/index.js';
import { withBlobs } from './blob-input.js';
import { cases } from './cases.js';
import { fixtureTitle, receivableOverHttp } from './harness.js';
// The saved text as UTF-8 carries it: a lone surrogate arrives as U+FFFD.
import { wellFormed } from '../src/runtime/url.js';

const fixtures = cases.flatMap(({ file, driver }) => file.fixtures.map((fx) => ({ operation: file.operation, fx, driver, index: fx.example })));
const served = fixtures.flatMap((f) => (f.index === null ? [] : [{ ...f, index: f.index }]));
/** Endpoints without a saved example: the mocks have nothing to answer them with, and must say so. */
const unserved = fixtures.filter((f) => f.index === null);

/** A fetch that keeps each response's headers and body text, as the mock sent them. */
function recording(fetch: typeof globalThis.fetch, seen: Array<{ headers: Headers; body: string }>): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    // The bytes as sent, a leading byte-order mark included (text() would drop it).
    const bytes = await response.clone().arrayBuffer();
    seen.push({ headers: response.headers, body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    return response;
  };
}

async function expectServed(
  { fx, driver }: (typeof served)[number],
  makeClient: (fetch: typeof globalThis.fetch) => ReturnType<(typeof driver)['makeClient']>,
): Promise<void> {
  const seen: Array<{ headers: Headers; body: string }> = [];
  const result = await driver.call(makeClient(recording(globalThis.fetch, seen)), withBlobs(fx.input));
  expect(result.status, \`\${fx.source}: status\`).toBe(fx.response.status);
  expect(result.data, \`\${fx.source}: data\`).toEqual(fx.data);
  expect(seen.length, \`\${fx.source}: responses\`).toBe(1);
  const [response] = seen;
  // Compared as fetch reports a header (trimmed, repeats joined): \`toContain\`, since a response header may repeat.
  const framing = new Set(['content-length', 'transfer-encoding', 'content-encoding', 'connection', 'keep-alive', 'location']);
  for (const [name, value] of fx.response.headers) {
    if (!framing.has(name.toLowerCase())) expect(response?.headers.get(name), \`\${fx.source}: header \${name}\`).toContain(new Headers([[name, value]]).get(name));
  }
  // Statuses that have no body in fetch: the saved text is not served (see served-response.ts).
  if (![101, 103, 204, 205, 304].includes(fx.response.status)) expect(response?.body, \`\${fx.source}: body\`).toBe(wellFormed(fx.response.body));
}

/** An index pick fits every endpoint; TypeScript cannot follow a computed key to that, hence the assertion. */
/**
 * Endpoints with saved examples whose requests the mocks cannot tell from \`operation\`'s (a copied
 * request, under the same root): one of them answers its request instead of a refusal.
 */
function servedCopies(operation: string, rootFor: (spec: EndpointSpec) => Root): typeof mockEndpoints {
  const key = (e: (typeof mockEndpoints)[number]) => \`\${rootFor(e.spec).origin} \${requestKey(e, rootFor(e.spec))}\`;
  const self = mockEndpoints.find((e) => e.operation === operation)!;
  return mockEndpoints.filter((e) => e.operation !== operation && e.examples.length > 0 && key(e) === key(self));
}

/** The request of an endpoint without examples is answered by a copy: with one of the copies' statuses, or refused naming a copy (a redirect MSW would follow). */
async function expectAnsweredByCopy(call: () => Promise<{ status: number }>, copies: typeof mockEndpoints, reported: () => readonly string[]): Promise<void> {
  const status = await call().then((r) => r.status, () => null);
  if (status === null) expect(reported().some((m) => copies.some((c) => m.includes(\`is \${c.operation},\`)))).toBe(true);
  else expect(copies.flatMap((c) => c.examples.map((e) => e.status))).toContain(status);
}

const pick = (operation: string, index: number) => ({ [operation]: { index } }) as unknown as ExamplePicks<ExampleChoices>;

describe('mocks over node:http', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ onUnmatched: () => {} });
  });
  afterAll(() => server.close());
  // node:http's parser takes only the methods it knows (see receivableOverHttp); the MSW test covers the others.
  for (const entry of served.filter(({ fx }) => receivableOverHttp(fx))) {
    it(\`\${entry.operation}: \${fixtureTitle(entry.fx)}\`, async () => {
      server.use(pick(entry.operation, entry.index));
      await expectServed(entry, (fetch) => entry.driver.makeClient(fetch, server.url));
      expect(server.unmatched).toEqual([]);
    });
  }
  // The server roots every endpoint at itself, under its own origin's path.
  const serverRoot = (spec: EndpointSpec): Root => ({ origin: 'http://127.0.0.1', basePath: spec.origin ? rootOf(spec.origin).basePath : '' });
  for (const { operation, fx, driver } of unserved) {
    const copies = servedCopies(operation, serverRoot);
    if (copies.length > 0) {
      it(\`\${operation}: no saved example, so a copy of its request answers it\`, async () => {
        const before = server.unmatched.length;
        await expectAnsweredByCopy(() => driver.call(driver.makeClient(globalThis.fetch, server.url), withBlobs(fx.input)), copies, () => server.unmatched.slice(before));
      });
      continue;
    }
    it(\`\${operation}: no saved example, so its request is refused\`, async () => {
      const before = server.unmatched.length;
      await expect(driver.call(driver.makeClient(globalThis.fetch, server.url), withBlobs(fx.input))).rejects.toThrow();
      expect(server.unmatched.slice(before)).toEqual([expect.stringContaining(\`is \${operation}, which has no saved example to answer with\`)]);
    });
  }
});

// MSW sees the URL the client addressed: endpoints on a host of their own are left to the server test,
// since the test client rebases every request onto one origin.
const MSW_BASE = 'https://mocks.test';
const onBase = ({ operation }: { operation: string }) => !('origin' in (specs as Record<string, object>)[operation]!);
/** MSW's interceptor follows every mocked redirect, even one without a Location: the handlers refuse those loudly instead. */
const followed = ({ fx }: (typeof served)[number]) => [301, 302, 303, 307, 308].includes(fx.response.status);
describe('mocks through MSW', () => {
  const unmatched: string[] = [];
  const msw = setupServer(...handlers({ baseUrl: MSW_BASE, onUnmatched: (m) => unmatched.push(m) }));
  beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    msw.resetHandlers();
    unmatched.length = 0;
  });
  afterAll(() => msw.close());
  const use = (operation: string, index: number) =>
    msw.use(...handlers({ baseUrl: MSW_BASE, examples: pick(operation, index), onUnmatched: (m) => unmatched.push(m) }));
  for (const entry of served.filter(onBase)) {
    if (followed(entry)) {
      it(\`\${entry.operation}: \${fixtureTitle(entry.fx)}: a redirect MSW would follow, so it is refused\`, async () => {
        use(entry.operation, entry.index);
        await expect(entry.driver.call(entry.driver.makeClient(globalThis.fetch, MSW_BASE), withBlobs(entry.fx.input))).rejects.toThrow();
        expect(unmatched).toEqual([expect.stringContaining(\`is \${entry.operation}, whose example is a \${entry.fx.response.status} redirect\`)]);
      });
      continue;
    }
    it(\`\${entry.operation}: \${fixtureTitle(entry.fx)}\`, async () => {
      use(entry.operation, entry.index);
      await expectServed(entry, (fetch) => entry.driver.makeClient(fetch, MSW_BASE));
      expect(unmatched).toEqual([]);
    });
  }
  const mswRoot = (spec: EndpointSpec): Root => rootOf(spec.origin ?? MSW_BASE);
  for (const { operation, fx, driver } of unserved.filter(onBase)) {
    const copies = servedCopies(operation, mswRoot);
    if (copies.length > 0) {
      it(\`\${operation}: no saved example, so a copy of its request answers it\`, async () => {
        await expectAnsweredByCopy(() => driver.call(driver.makeClient(globalThis.fetch, MSW_BASE), withBlobs(fx.input)), copies, () => unmatched);
      });
      continue;
    }
    it(\`\${operation}: no saved example, so its request is refused\`, async () => {
      await expect(driver.call(driver.makeClient(globalThis.fetch, MSW_BASE), withBlobs(fx.input))).rejects.toThrow();
      expect(unmatched).toEqual([expect.stringContaining(\`is \${operation}, which has no saved example to answer with\`)]);
    });
  }
});
`;
