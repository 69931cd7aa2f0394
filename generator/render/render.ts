// handlebars: the generated package's files that are not code (README.md, package.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import type { ApiModel } from '../model/types.js';
import type { Plan } from '../plan/plan.js';
import { displayPath } from '../emit/endpoints-file.js';
import { TEMPLATES_DIR } from '../paths.js';

export interface RenderInput {
  api: ApiModel;
  plan: Plan;
  shapes: readonly EndpointShapes[];
  collectionFile: string;
  versions: { typescript: string; vitest: string; typesNode: string };
}

export function renderDocs(input: RenderInput): { readme: string; packageJson: string } {
  const hbs = Handlebars.create();
  hbs.registerHelper('json', (value: unknown) => JSON.stringify(value ?? null));
  const compile = (file: string) => hbs.compile(readFileSync(path.join(TEMPLATES_DIR, 'package', file), 'utf8'), { noEscape: false, strict: false });
  const data = docsData(input);
  return { readme: compile('README.md.hbs')(data), packageJson: compile('package.json.hbs')(data) };
}

function docsData({ api, plan, shapes, collectionFile, versions }: RenderInput) {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const endpoints = plan.endpoints.map((p, i) => ({
    member: p.memberPath.join('.'),
    functionName: p.functionName,
    method: p.endpoint.method,
    path: cell(displayPath(p.endpoint)),
    statuses: shapes[i]!.responses.map((r) => r.status).join(', ') || 'none saved',
  }));
  const first = plan.endpoints.find((p, i) => shapes[i]!.responses.length > 0);
  const firstIndex = first ? plan.endpoints.indexOf(first) : -1;
  return {
    packageName: plan.packageName,
    title: api.title,
    description: api.description,
    collectionFile,
    versions,
    baseUrl: api.baseUrl.defaultValue ?? 'https://api.example.com',
    environments: api.environments.map((env, i) => ({ key: plan.environmentKeys[i], name: cell(env.name), baseUrl: cell(env.baseUrl) })),
    schemes: api.authSchemes.map((s) => ({
      key: plan.schemeKeys.get(s.key),
      example: s.kind === 'basic' ? "{ username: 'user', password: process.env.PASSWORD! }" : 'process.env.API_TOKEN!',
      description: cell(s.kind === 'unsupported' ? `Postman "${s.type}" auth: pass a \`sign\` hook to createClient` : describeScheme(s)),
    })),
    endpoints,
    firstEndpoint: first && {
      member: first.memberPath.join('.'),
      callExample: callExample(first),
      firstStatus: shapes[firstIndex]!.responses[0]!.status,
      responseType: first.types.response(shapes[firstIndex]!.responses[0]!.status),
    },
    fixtureCount: api.endpoints.reduce((n, e) => n + e.examples.length, 0),
  };
}

function callExample(p: Plan['endpoints'][number]): string {
  const parts: string[] = [];
  if (p.pathParams.size) parts.push(`path: { ${[...p.pathParams].map(([raw, id]) => `${id}: ${JSON.stringify(exampleOf(p, raw))}`).join(', ')} }`);
  if (p.endpoint.body.kind !== 'none') parts.push('body: { /* ... */ }');
  return parts.length ? `{ ${parts.join(', ')} }` : '';
}

function exampleOf(p: Plan['endpoints'][number], raw: string): string {
  const segment = p.endpoint.path.find((s) => s.kind === 'param' && s.name === raw);
  return segment?.kind === 'param' && segment.example ? segment.example : raw;
}

function describeScheme(s: ApiModel['authSchemes'][number]): string {
  switch (s.kind) {
    case 'bearer':
      return `\`Authorization: ${s.prefix} <token>\``;
    case 'oauth2':
      return s.addTo === 'header' ? `OAuth 2.0: \`Authorization: ${s.prefix} <token>\`` : 'OAuth 2.0: `?access_token=<token>`';
    case 'basic':
      return 'HTTP Basic';
    case 'apikey':
      return `API key in the \`${s.name}\` ${s.addTo === 'header' ? 'header' : 'query parameter'}`;
    default:
      return '';
  }
}
