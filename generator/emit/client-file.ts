// The client -> src/client.ts: named base URLs, the auth scheme table, the `Client` type (the
// endpoints grouped by folder, each documented with its example call) and createClient(), which
// implements it. The type is written out rather than inferred, so that the build copies it into the
// declarations instead of printing a thousand-member inferred type, and the docs live only there.
import {
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type StatementStructures,
  type WriterFunction,
} from 'ts-morph';
import type { EndpointShapes } from '../infer/endpoint-shapes.js';
import { signersOf, signsWithClock } from '../model/auth-kinds.js';
import type { ApiModel } from '../model/types.js';
import { displayPath } from '../plan/display-path.js';
import type { EndpointPlan, FolderFiles, GroupNode, Plan } from '../plan/plan.js';
import { credentialType, schemeDoc, schemeSpec, typeImports, type TypeText } from './auth-schemes.js';
import { exampleDoc, type CallExample } from './call-example.js';
import { docComment, docLine, docText, endpointDoc, identifier, literal, propertyKey } from './code-text.js';
import { paramsOptional } from './types-file.js';

/**
 * `folders`: for a package split by folder, the folders whose parts of the client (folderClientStatements)
 * client.ts joins; null: every endpoint is written here.
 */
export function clientStatements(
  api: ApiModel,
  plan: Plan,
  shapes: readonly EndpointShapes[],
  examples: readonly CallExample[],
  folders: readonly FolderFiles[] | null = null,
): StatementStructures[] {
  const hasEnvironments = api.environments.length > 0;
  const defaultBaseUrl = api.baseUrl.variable === null && api.baseUrl.template !== '' ? api.baseUrl.template : null;
  const clock = api.authSchemes.some(signsWithClock);
  const credentials = api.authSchemes.map(credentialType);
  const { basic, others } = credentialImports(credentials);
  const signers = signersOf(api.authSchemes);
  const typeOnly = (name: string) => ({ name, isTypeOnly: true });
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      namedImports: [
        'createRuntime',
        ...basic.map(typeOnly),
        typeOnly('RequestOptions'),
        typeOnly('RuntimeConfig'),
        ...others.map(typeOnly),
      ],
    },
    // Only the signers this package's schemes use: the others are not in the package at all.
    ...signers.map((s): StatementStructures => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `./runtime/auth/${s.file}.js`,
      namedImports: [s.exportName],
    })),
    ...(folders
      ? folders.map((f): StatementStructures => ({
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: `./client/${f.file}.js`,
          namedImports: [f.clientFactory, typeOnly(f.clientType)],
        }))
      : endpointImports(plan.endpoints, './endpoints.js', './types.js')),
  ];
  if (hasEnvironments) {
    statements.push(
      constant(
        'environments',
        `The collection's environments, by name: each gives the base URL (\`${docText(api.baseUrl.template)}\`).`,
        (w) => {
          w.inlineBlock(() =>
            api.environments.forEach((env, i) =>
              w.writeLine(`${propertyKey(plan.environmentKeys[i]!)}: ${literal(env.baseUrl)},`),
            ),
          );
          w.write(' as const');
        },
      ),
      { kind: StructureKind.TypeAlias, isExported: true, name: 'Environment', type: 'keyof typeof environments' },
    );
  }
  const infoOf = endpointInfo(plan, shapes, examples);
  statements.push(
    constant('authSchemes', "How each auth scheme signs a request (from the collection's auth blocks).", (w) => {
      w.inlineBlock(() =>
        api.authSchemes.forEach((s) => w.writeLine(`${propertyKey(plan.schemeKeys.get(s.key)!)}: ${schemeSpec(s)},`)),
      );
      // No `satisfies AuthSchemes`: isolated declarations (tsconfig.build.json) take an `as const`
      // literal's type as written; createRuntime's `schemes` checks it against AuthSchemes.
      w.write(' as const');
    }),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'Auth',
      docs: [
        `Credentials, one per auth scheme: ${credentials.every((c) => c.text === 'Credential') ? 'a string' : 'a value'}, or a function returning one (called for every request).`,
      ],
      properties: api.authSchemes.map((s, i) => ({
        name: propertyKey(plan.schemeKeys.get(s.key)!),
        hasQuestionToken: true,
        type: credentials[i]!.text,
        docs: [schemeDoc(s)],
      })),
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ClientOptions',
      docs: [
        'Where to send requests and how to sign them; optionally a custom fetch, headers sent with every request, retries (`maxRetries`, default 2; `retryNonIdempotent`), a per-attempt `timeout` (default 60,000 ms) and `beforeRequest`/`afterResponse` hooks.',
      ],
      type: `${baseUrlOptions(hasEnvironments, defaultBaseUrl)} & { auth?: Auth } & Pick<RuntimeConfig, ${CLIENT_RUNTIME_OPTIONS.concat(
        clock ? ['clock', 'nonce'] : [],
      )
        .map((o) => `'${o}'`)
        .join(' | ')}>`,
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'Client',
      docs: [
        `Every endpoint of ${docText(api.title)}, grouped by the collection's folders: what createClient() returns.`,
      ],
      type: (w) => (folders ? writeJoinedType(w, plan.root, folders) : writeGroupType(w, plan.root, infoOf)),
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'createClient',
      docs: [`A client for ${docText(api.title)}: every endpoint, grouped by the collection's folders.`],
      parameters: [{ name: 'options', type: 'ClientOptions' }],
      returnType: 'Client',
      statements: (w) => {
        const base = hasEnvironments
          ? 'options.baseUrl === undefined ? environments[options.environment] : options.baseUrl'
          : defaultBaseUrl !== null
            ? `options.baseUrl ?? ${literal(defaultBaseUrl)}`
            : 'options.baseUrl';
        const passed = CLIENT_RUNTIME_OPTIONS.concat(clock ? ['clock', 'nonce'] : []).map((o) => `${o}: options.${o}`);
        const signerTable = `{ ${signers.map((s) => `${propertyKey(s.kind)}: ${s.exportName}`).join(', ')} }`;
        w.writeLine(
          `const runtime = createRuntime({ baseUrl: ${base}, schemes: authSchemes, signers: ${signerTable}, credentials: { ...options.auth }, ${passed.join(', ')} });`,
        );
        w.write('return ');
        if (folders) writeJoined(w, plan.root, folders);
        else writeGroup(w, plan.root);
        w.write(';');
      },
    },
  );
  return statements;
}

/**
 * src/client/<file>.ts of a package split by folder: one top-level folder's part of the client (or the
 * requests at the root), as a type and the function building it; `indices`: its endpoints in `plan`.
 */
export function folderClientStatements(
  folder: FolderFiles,
  plan: Plan,
  indices: readonly number[],
  shapes: readonly EndpointShapes[],
  examples: readonly CallExample[],
): StatementStructures[] {
  const endpoints = indices.map((i) => plan.endpoints[i]!);
  const group: GroupNode = folder.group ?? {
    ...plan.root,
    children: plan.root.children.filter((c) => c.kind === 'member'),
  };
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: '../runtime/index.js',
      namedImports: ['RequestOptions', 'Runtime'],
    },
    ...endpointImports(endpoints, `../endpoints/${folder.file}.js`, `../types/${folder.file}.js`),
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: folder.clientType,
      docs: [folder.group ? docText(folder.group.title) : "The requests at the collection's root."],
      type: (w) => writeGroupType(w, group, endpointInfo(plan, shapes, examples)),
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: folder.clientFactory,
      docs: [`Builds \`${folder.clientType}\` on a runtime: createClient() calls it.`],
      parameters: [{ name: 'runtime', type: 'Runtime' }],
      returnType: folder.clientType,
      statements: (w) => {
        w.write('return ');
        writeGroup(w, group);
        w.write(';');
      },
    },
  ];
}

/** An endpoint's shapes and call example, by its plan. */
function endpointInfo(plan: Plan, shapes: readonly EndpointShapes[], examples: readonly CallExample[]) {
  const index = new Map(plan.endpoints.map((p, i) => [p, i]));
  return (p: EndpointPlan) => ({ shapes: shapes[index.get(p)!]!, example: examples[index.get(p)!] });
}

/** The endpoint functions and their params and result types, as a file calling them imports them. */
function endpointImports(endpoints: readonly EndpointPlan[], functions: string, types: string): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: functions,
      namedImports: endpoints.map((p) => p.functionName),
    },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: types,
      namedImports: endpoints.flatMap((p) => [p.types.params, p.types.result]),
    },
  ];
}

/** `Client` of a split package: each top-level folder's part by its type, and the root's requests' part joined to it. */
function writeJoinedType(w: CodeBlockWriter, root: GroupNode, folders: readonly FolderFiles[]): void {
  const byGroup = new Map(folders.map((f) => [f.group, f]));
  const atRoot = byGroup.get(null);
  if (atRoot && !root.children.some((c) => c.kind === 'group')) {
    w.write(atRoot.clientType);
    return;
  }
  w.inlineBlock(() => {
    for (const child of root.children) {
      if (child.kind !== 'group') continue;
      w.writeLine(docComment(docLine(child.title)));
      w.writeLine(`readonly ${propertyKey(child.name)}: ${byGroup.get(child)!.clientType};`);
    }
  });
  if (atRoot) w.write(` & ${atRoot.clientType}`);
}

/** createClient()'s value for a split package: each folder's part built by its function. */
function writeJoined(w: CodeBlockWriter, root: GroupNode, folders: readonly FolderFiles[]): void {
  const byGroup = new Map(folders.map((f) => [f.group, f]));
  w.inlineBlock(() => {
    const atRoot = byGroup.get(null);
    if (atRoot) w.writeLine(`...${atRoot.clientFactory}(runtime),`);
    for (const child of root.children) {
      if (child.kind === 'group')
        w.writeLine(`${propertyKey(child.name)}: ${byGroup.get(child)!.clientFactory}(runtime),`);
    }
  });
}

/** RuntimeConfig options a client passes through as they are. */
const CLIENT_RUNTIME_OPTIONS = [
  'fetch',
  'headers',
  'sign',
  'maxRetries',
  'timeout',
  'retryNonIdempotent',
  'beforeRequest',
  'afterResponse',
];

function constant(name: string, doc: string, initializer: WriterFunction): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, initializer }],
  };
}

function baseUrlOptions(hasEnvironments: boolean, defaultBaseUrl: string | null): string {
  if (hasEnvironments)
    return '({ environment: Environment; baseUrl?: undefined } | { baseUrl: string; environment?: undefined })';
  return defaultBaseUrl !== null ? '{ baseUrl?: string }' : '{ baseUrl: string }';
}

/** A group's object type: nested groups and endpoints as readonly members, each endpoint with its docs and example. */
function writeGroupType(
  w: CodeBlockWriter,
  group: GroupNode,
  shapesOf: (plan: EndpointPlan) => { shapes: EndpointShapes; example: CallExample | undefined },
): void {
  w.inlineBlock(() => {
    for (const child of group.children) {
      if (child.kind === 'group') {
        w.writeLine(docComment(docLine(child.title)));
        w.write(`readonly ${propertyKey(child.name)}: `);
        writeGroupType(w, child, shapesOf);
        w.write(';').newLine();
        continue;
      }
      const plan = child.endpoint;
      const { endpoint } = plan;
      const { shapes, example } = shapesOf(plan);
      const optional = paramsOptional(plan, shapes);
      w.writeLine(
        docComment(
          endpointDoc(
            endpoint.description,
            endpoint.method,
            displayPath(endpoint),
            endpoint.source.itemPath,
            example ? exampleDoc(example) : null,
          ),
        ),
      );
      w.writeLine(
        // A function-typed member, not a method: a method named `new` would be a construct signature.
        `readonly ${propertyKey(child.name)}: (params${optional ? '?' : ''}: ${identifier(plan.types.params)}, options?: RequestOptions) => Promise<${identifier(plan.types.result)}>;`,
      );
    }
  });
}

/** The implementation: each endpoint's function, given the runtime; its parameters are typed by `Client`. */
function writeGroup(w: CodeBlockWriter, group: GroupNode): void {
  w.inlineBlock(() => {
    for (const child of group.children) {
      if (child.kind === 'group') {
        w.write(`${propertyKey(child.name)}: `);
        writeGroup(w, child);
        w.write(',').newLine();
        continue;
      }
      w.writeLine(
        `${propertyKey(child.name)}: (params, options) => ${identifier(child.endpoint.functionName)}(runtime, params, options),`,
      );
    }
  });
}

/** The runtime types the `Auth` interface names: the two every package exports (`BasicCredential`, `Credential`) and the others. */
export function credentialImports(credentials: readonly TypeText[]): { basic: string[]; others: string[] } {
  const used = typeImports(credentials);
  const basic = ['BasicCredential', 'Credential'];
  return { basic: basic.filter((name) => used.includes(name)), others: used.filter((name) => !basic.includes(name)) };
}
