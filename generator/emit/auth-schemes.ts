// Auth schemes -> the `authSchemes` table entries, the `Auth` credential types (with the runtime
// types they import) and their docs, all derived from the auth table (model/auth-kinds.ts). Only
// non-secret settings are written; every secret is a field of the credential the caller passes.
import { credentialOf, describeScheme, passedFields } from '../model/auth-kinds.js';
import type { AuthScheme } from '../model/types.js';
import { docText, literal } from './code-text.js';

/** A type's text and the runtime types it names, which the file that writes it must import. */
export interface TypeText {
  text: string;
  imports: string[];
}

/** The `Auth` property's type for a scheme: its credential shape from the auth table, in TypeScript. */
export function credentialType(scheme: AuthScheme): TypeText {
  const credential = credentialOf(scheme);
  switch (credential.shape) {
    case 'token':
      return { text: 'Credential', imports: ['Credential'] };
    case 'opaque':
      return { text: 'unknown', imports: [] };
    case 'fields': {
      if (credential.plain) return { text: credential.runtimeType, imports: [credential.runtimeType] };
      // Settings the collection leaves to the caller are optional in the runtime type: required here.
      const demanded = credential.fields.filter((f) => f.need === 'demanded').map((f) => `${f.name}: ${f.type === 'object' ? 'Record<string, unknown>' : 'string'}`);
      const inner = demanded.length ? `${credential.runtimeType} & { ${demanded.join('; ')} }` : credential.runtimeType;
      return { text: `CredentialOf<${inner}>`, imports: ['CredentialOf', credential.runtimeType] };
    }
  }
}

/** The runtime types a set of credential types needs, each once, in first-use order. */
export function typeImports(types: readonly TypeText[]): string[] {
  return [...new Set(types.flatMap((t) => t.imports))];
}

/** The scheme's entry in the `authSchemes` table (AuthSchemeSpec in templates/runtime/spec.ts). */
export function schemeSpec(scheme: AuthScheme): string {
  switch (scheme.kind) {
    case 'bearer':
      return `{ type: "bearer", in: "header", prefix: ${literal(scheme.prefix)} }`;
    case 'oauth2':
      return scheme.addTo === 'header' ? `{ type: "oauth2", in: "header", prefix: ${literal(scheme.prefix)} }` : '{ type: "oauth2", in: "query", name: "access_token" }';
    case 'basic':
      return '{ type: "basic" }';
    case 'apikey':
      return `{ type: "apikey", in: ${literal(scheme.addTo)}, name: ${literal(scheme.name)} }`;
    case 'oauth1':
      return `{ type: "oauth1", signatureMethod: ${literal(scheme.signatureMethod)}, in: ${literal(scheme.addTo)}, version: ${literal(scheme.version)}, realm: ${literal(scheme.realm)}, includeBodyHash: ${scheme.includeBodyHash}, addEmptyParamsToSign: ${scheme.addEmptyParamsToSign} }`;
    case 'jwt': {
      const where = scheme.addTo === 'header' ? `in: "header", prefix: ${literal(scheme.prefix)}` : `in: "query", name: ${literal(scheme.queryParam)}`;
      return `{ type: "jwt", algorithm: ${literal(scheme.algorithm)}, ${where}, header: ${literal(scheme.header)}, payload: ${literal(scheme.payload)}, secretBase64: ${scheme.secretBase64} }`;
    }
    case 'awsv4':
      return `{ type: "awsv4", region: ${literal(scheme.region)}, service: ${literal(scheme.service)} }`;
    case 'hawk':
      return `{ type: "hawk", algorithm: ${literal(scheme.algorithm)}, ext: ${literal(scheme.ext)}, app: ${literal(scheme.app)}, dlg: ${literal(scheme.dlg)}, includePayloadHash: ${scheme.includePayloadHash} }`;
    case 'edgegrid':
      return `{ type: "edgegrid", headersToSign: ${literal(scheme.headersToSign)}, baseUrl: ${literal(scheme.baseUrl)}, maxBodySize: ${scheme.maxBodySize} }`;
    case 'unsupported':
      return `{ type: "custom", postmanType: ${literal(scheme.type)} }`;
  }
}

/** JSDoc for the scheme's `Auth` property: the table's description, what to pass, and what is never copied. */
export function schemeDoc(scheme: AuthScheme): string {
  const credential = credentialOf(scheme);
  if (credential.shape !== 'fields') return docText(describeScheme(scheme));
  const passed = passedFields(credential).map((f) => (f.need === 'optional' ? `${f.name}?` : f.name));
  const settings = credential.fields.filter((f) => f.need === 'setting').map((f) => `\`${f.name}\``);
  const optional = settings.length ? `; ${settings.length > 1 ? `${settings.slice(0, -1).join(', ')} and ${settings.at(-1)} are` : `${settings[0]} is`} optional` : '';
  return [docText(describeScheme(scheme)), `Pass \`{ ${passed.join(', ')} }\`${optional}.`, 'The collection\'s secrets are never copied into this package.'].join('\n');
}
