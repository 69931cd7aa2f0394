// src/index.ts: the package's public surface.
import { StructureKind, type StatementStructures } from 'ts-morph';

/** `credentialTypes`: the runtime's credential types the package's `Auth` uses beyond the basic ones (OAuth1Credential, …). */
export function indexStatements(hasEnvironments: boolean, credentialTypes: readonly string[] = []): StatementStructures[] {
  const client = ['createClient', 'authSchemes', { name: 'Auth', isTypeOnly: true }, { name: 'Client', isTypeOnly: true }, { name: 'ClientOptions', isTypeOnly: true }];
  if (hasEnvironments) client.splice(1, 0, 'environments', { name: 'Environment', isTypeOnly: true });
  return [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './client.js', namedExports: client },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './endpoints.js' },
    { kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: './types.js' },
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './runtime/index.js',
      // createRuntime and Runtime: the standalone functions take a Runtime (`updateLead(createRuntime({ baseUrl, schemes: authSchemes, credentials }), params)`).
      namedExports: ['PostforgeError', 'createRuntime', ...['ApiResponse', 'BasicCredential', 'Credential', ...credentialTypes, 'HttpStatus', 'RequestOptions', 'Runtime', 'RuntimeConfig', 'UnexpectedResponse'].map((name) => ({ name, isTypeOnly: true }))],
    },
  ];
}
