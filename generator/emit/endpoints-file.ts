// Endpoints -> src/endpoints.ts: one spec table (plain data for the runtime) and one thin exported
// function per endpoint.
import { StructureKind, VariableDeclarationKind, type StatementStructures, type WriterFunction } from 'ts-morph';
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import type { EndpointModel } from '../model/types.js';
import { displayPath } from '../plan/display-path.js';
import type { EndpointPlan } from '../plan/plan.js';
import type { CallExample } from './call-example.js';
import { accessChain, docText, endpointDoc, identifier, literal, propertyKey } from './code-text.js';
import { paramsOptional } from './types-file.js';

/** Where a file of endpoints imports from: src/endpoints.ts, or a folder's src/endpoints/<file>.ts. */
export interface EndpointsModules {
  runtime: string;
  types: string;
}

export function endpointsStatements(
  endpoints: readonly EndpointPlan[],
  shapes: readonly EndpointShapes[],
  examples: readonly CallExample[],
  modules: EndpointsModules = { runtime: './runtime/index.js', types: './types.js' },
): StatementStructures[] {
  const typeNames = endpoints.flatMap((p) => [p.types.params, p.types.result]);
  const optional = endpoints.map((plan, i) => paramsOptional(plan, shapes[i]!));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: modules.runtime,
      namedImports: ['RequestOptions', 'Runtime', 'TypedEndpointSpec'],
    },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: modules.types,
      namedImports: typeNames,
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      // Exported for src/mocks/, which matches requests by the very specs the client sends them by.
      isExported: true,
      docs: [
        "What each endpoint sends, as data for the runtime (and for the mocks, which match requests by it); each spec's type names its endpoint's params and result, so the calls below need no cast.",
      ],
      declarations: [{ name: 'specs', type: specTypes(endpoints, optional), initializer: specTable(endpoints) }],
    },
    ...endpoints.map((plan, i): StatementStructures => {
      return {
        kind: StructureKind.Function,
        isExported: true,
        name: identifier(plan.functionName),
        // The example is shown once, on the client member most callers use: repeated here it doubled a large package's bytes.
        docs: [
          endpointDoc(
            plan.endpoint.description,
            plan.endpoint.method,
            displayPath(plan.endpoint),
            plan.endpoint.source.itemPath,
            examples[i]
              ? docText(
                  `The same call as \`${accessChain('client', plan.memberPath)}\`, whose documentation shows an example.`,
                )
              : null,
          ),
        ],
        parameters: [
          { name: 'runtime', type: 'Runtime' },
          { name: 'params', type: identifier(plan.types.params), hasQuestionToken: optional[i]! },
          { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
        ],
        returnType: `Promise<${identifier(plan.types.result)}>`,
        statements: `return runtime.call(${accessChain('specs', [plan.functionName])}, params, options);`,
      };
    }),
  ];
}

/**
 * src/endpoints.ts of a package split by folder: every folder's functions re-exported, and one
 * `specs` table joining the folders' (a module's own export takes precedence over its `export *`s).
 */
export function joinedEndpointsStatements(files: readonly string[]): StatementStructures[] {
  const module = (file: string) => `./endpoints/${file}.js`;
  // Numbered bindings: file names are kebab-case, and only numbers keep them apart as identifiers.
  const binding = (i: number) => `specs${i + 1}`;
  return [
    ...files.map((file, i): StatementStructures => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: module(file),
      namedImports: [{ name: 'specs', alias: binding(i) }],
    })),
    ...files.map((file): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: module(file),
    })),
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: [
        "What each endpoint sends, as data for the runtime (and for the mocks, which match requests by it): every folder's table in one.",
      ],
      declarations: [
        {
          name: 'specs',
          type: files.map((_, i) => `typeof ${binding(i)}`).join(' & ') || '{}',
          initializer: `{ ${files.map((_, i) => `...${binding(i)}`).join(', ')} }`,
        },
      ],
    },
  ];
}

/** The table's type: each entry ties its spec to the endpoint's params (`| undefined` where they may be left out) and result. */
function specTypes(endpoints: readonly EndpointPlan[], optional: readonly boolean[]): string {
  const members = endpoints.map(
    (plan, i) =>
      `readonly ${propertyKey(plan.functionName)}: TypedEndpointSpec<${identifier(plan.types.params)}${optional[i] ? ' | undefined' : ''}, ${identifier(plan.types.result)}>;`,
  );
  return `{\n${members.join('\n')}\n}`;
}

function specTable(endpoints: readonly EndpointPlan[]): WriterFunction {
  return (writer) => {
    writer.write('').inlineBlock(() => {
      endpoints.forEach((plan) => {
        const { endpoint } = plan;
        const path = endpoint.path.map((s) =>
          s.kind === 'literal'
            ? literal(s.value)
            : `{ param: ${literal(plan.pathParams.get(s.name))}${s.prefix ? `, prefix: ${literal(s.prefix)}` : ''}${s.suffix ? `, suffix: ${literal(s.suffix)}` : ''} }`,
        );
        const fixed = endpoint.headers.filter((h) => h.role === 'fixed');
        const parts = [`method: ${literal(endpoint.method)}`, `path: [${path.join(', ')}]`];
        if (fixed.length)
          parts.push(`headers: { ${fixed.map((h) => `${propertyKey(h.name)}: ${literal(h.value)}`).join(', ')} }`);
        if (endpoint.body.kind !== 'none') parts.push(`body: ${literal(endpoint.body.kind)}`);
        if (endpoint.body.kind === 'graphql' && endpoint.body.query !== '')
          parts.push(`graphqlQuery: ${literal(endpoint.body.query)}`);
        parts.push(`auth: ${plan.schemeKey === null ? 'null' : literal(plan.schemeKey)}`);
        if (endpoint.origin !== null) parts.push(`origin: ${literal(endpoint.origin)}`);
        writer.writeLine(`${propertyKey(plan.functionName)}: { ${parts.join(', ')} },`);
      });
    });
  };
}
