// Endpoint types -> statements of src/types.ts: request bodies, one response type per status,
// params, and the status-discriminated result union. Identical response types are written once
// and aliased, so shared error bodies stay one type.
import { StructureKind, type InterfaceDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import type { EndpointPlan } from '../plan/plan.js';
import { bodyParam, bodyRequired, type BodyParam } from './body-types.js';
import { docComment, docLine, docText, member, propertyKey } from './code-text.js';
import { renderType } from './render-type.js';

export function typesStatements(endpoints: readonly EndpointPlan[], shapes: readonly EndpointShapes[], runtimeModule = './runtime/index.js'): StatementStructures[] {
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: runtimeModule, namedImports: ['ApiResponse', 'UnexpectedResponse'] },
  ];
  const written = new Map<string, string>();
  const alias = (name: string, text: string, doc: string) => {
    const first = written.get(text);
    if (first === undefined) written.set(text, name);
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name, type: first ?? text, docs: [doc] });
  };
  endpoints.forEach((plan, i) => {
    const shape = shapes[i]!;
    const { endpoint, types } = plan;
    const where = docText(endpoint.source.itemPath.join(' / '));
    const body = bodyParam(endpoint, shape, where);
    if (body) alias(types.body, body.type, body.doc);
    for (const { status, shape: response } of shape.responses) {
      const names = endpoint.examples.filter((e) => e.status === status).map((e) => docText(e.name));
      alias(types.response(status), renderType(response), `Response ${status} of ${where}, inferred from: ${names.join(', ')}.`);
    }
    statements.push(paramsInterface(plan, body));
    const statuses = shape.responses.map((r) => r.status);
    const members = [...statuses.map((s) => `ApiResponse<${s}, ${types.response(s)}>`), `UnexpectedResponse<${statuses.length ? statuses.join(' | ') : 'never'}>`];
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: types.result, type: members.join(' | '), docs: [`What ${where} returns, by HTTP status.`] });
  });
  return statements;
}

function paramsInterface(plan: EndpointPlan, body: BodyParam | null): InterfaceDeclarationStructure {
  const { endpoint } = plan;
  const properties: OptionalKind<PropertySignatureStructure>[] = [];
  if (plan.pathParams.size) {
    const members = [...plan.pathParams].map(([raw, id]) => {
      const param = endpoint.path.find((s) => s.kind === 'param' && s.name === raw);
      const doc = param?.kind === 'param' && param.description ? `${docComment(docLine(param.description))}\n` : '';
      return `${doc}${propertyKey(id)}: string | number;`;
    });
    properties.push({ name: 'path', type: `{\n${members.join('\n')}\n}` });
  }
  const query = endpoint.query.filter((q) => !q.credential);
  if (query.length) {
    const members = query.map((q) => member(q.name, !q.required, 'string | number | boolean | ReadonlyArray<string | number | boolean>'));
    properties.push({ name: 'query', hasQuestionToken: !query.some((q) => q.required), type: `{ ${members.join('; ')} }` });
  }
  const headers = endpoint.headers.filter((h) => h.role !== 'fixed');
  if (headers.length) {
    properties.push({ name: 'headers', hasQuestionToken: !headers.some((h) => h.required), type: `{ ${headers.map((h) => member(h.name, !h.required, 'string')).join('; ')} }` });
  }
  if (body) properties.push({ name: 'body', hasQuestionToken: body.optional, type: plan.types.body });
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name: plan.types.params,
    docs: [`Parameters of ${docText(endpoint.source.itemPath.join(' / '))}.`],
    properties,
  };
}

/** Whether callers may omit the params argument entirely. */
export function paramsOptional(plan: EndpointPlan, shapes: EndpointShapes): boolean {
  const { endpoint } = plan;
  return (
    plan.pathParams.size === 0 &&
    !bodyRequired(endpoint, shapes) &&
    !endpoint.query.some((q) => !q.credential && q.required) &&
    !endpoint.headers.some((h) => h.role !== 'fixed' && h.required)
  );
}
