// Endpoints -> src/endpoints.ts: one spec table (plain data for the runtime) and one thin exported
// function per endpoint.
import { StructureKind, VariableDeclarationKind, type StatementStructures, type WriterFunction } from 'ts-morph';
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import type { EndpointModel } from '../model/types.js';
import { displayPath } from '../plan/display-path.js';
import type { EndpointPlan } from '../plan/plan.js';
import { accessChain, endpointDoc, identifier, literal, propertyKey } from './code-text.js';
import { paramsOptional } from './types-file.js';

export function endpointsStatements(endpoints: readonly EndpointPlan[], shapes: readonly EndpointShapes[]): StatementStructures[] {
  const typeNames = endpoints.flatMap((p) => [p.types.params, p.types.result]);
  return [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/index.js', namedImports: ['EndpointSpec', 'RequestOptions', 'Runtime'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './types.js', namedImports: typeNames },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      // Exported for src/mocks/, which matches requests by the very specs the client sends them by.
      isExported: true,
      docs: ['What each endpoint sends, as data for the runtime (and for the mocks, which match requests by it).'],
      declarations: [{ name: 'specs', initializer: specTable(endpoints) }],
    },
    ...endpoints.map((plan, i): StatementStructures => {
      const optional = paramsOptional(plan, shapes[i]!);
      return {
        kind: StructureKind.Function,
        isExported: true,
        name: identifier(plan.functionName),
        docs: [endpointDoc(plan.endpoint.description, plan.endpoint.method, displayPath(plan.endpoint), plan.endpoint.source.itemPath)],
        parameters: [
          { name: 'runtime', type: 'Runtime' },
          { name: 'params', type: identifier(plan.types.params), hasQuestionToken: optional },
          { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
        ],
        returnType: `Promise<${identifier(plan.types.result)}>`,
        statements: `return runtime.call(${accessChain('specs', [plan.functionName])}, params, options) as Promise<${plan.types.result}>;`,
      };
    }),
  ];
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
        if (fixed.length) parts.push(`headers: { ${fixed.map((h) => `${propertyKey(h.name)}: ${literal(h.value)}`).join(', ')} }`);
        if (endpoint.body.kind !== 'none') parts.push(`body: ${literal(endpoint.body.kind)}`);
        if (endpoint.body.kind === 'graphql' && endpoint.body.query !== '') parts.push(`graphqlQuery: ${literal(endpoint.body.query)}`);
        parts.push(`auth: ${plan.schemeKey === null ? 'null' : literal(plan.schemeKey)}`);
        if (endpoint.origin !== null) parts.push(`origin: ${literal(endpoint.origin)}`);
        writer.writeLine(`${propertyKey(plan.functionName)}: { ${parts.join(', ')} },`);
      });
    });
    writer.write(' as const satisfies Record<string, EndpointSpec>');
  };
}
