// Auth schemes -> the `authSchemes` table entries, the `Auth` credential types and their docs.
// Only non-secret settings are written; every secret is a field of the credential the caller passes.
import type { AuthScheme } from '../model/types.js';
import { docText, literal } from './code-text.js';

/** Runtime types the `Auth` interface uses, beyond the ones client.ts always imports. */
export function credentialImports(schemes: readonly AuthScheme[]): string[] {
  const names = new Set<string>();
  for (const s of schemes) {
    const type = credentialType(s);
    if (type.startsWith('CredentialOf<')) names.add('CredentialOf');
    const inner = /^CredentialOf<(\w+)/.exec(type)?.[1];
    if (inner) names.add(inner);
  }
  return [...names];
}

/** Schemes whose signature covers a time and a nonce: the client takes `clock` and `nonce` for them. */
export function usesClock(schemes: readonly AuthScheme[]): boolean {
  return schemes.some((s) => s.kind === 'oauth1' || s.kind === 'awsv4' || s.kind === 'hawk' || s.kind === 'edgegrid');
}

export function credentialType(scheme: AuthScheme): string {
  switch (scheme.kind) {
    case 'bearer':
    case 'oauth2':
    case 'apikey':
      return 'Credential';
    case 'basic':
      return 'BasicCredential';
    case 'oauth1':
      return 'CredentialOf<OAuth1Credential>';
    case 'jwt':
      return scheme.payload === null ? 'CredentialOf<JwtCredential & { payload: Record<string, unknown> }>' : 'CredentialOf<JwtCredential>';
    case 'awsv4': {
      const required = [scheme.region === null ? 'region: string' : null, scheme.service === null ? 'service: string' : null].filter((r) => r !== null);
      return required.length ? `CredentialOf<AwsV4Credential & { ${required.join('; ')} }>` : 'CredentialOf<AwsV4Credential>';
    }
    case 'hawk':
      return 'CredentialOf<HawkCredential>';
    case 'edgegrid':
      return 'CredentialOf<EdgeGridCredential>';
    case 'unsupported':
      // Handed to the sign hook as `scheme.credential`; digest and NTLM take a username and password.
      return scheme.type === 'digest' || scheme.type === 'ntlm' ? 'BasicCredential' : 'unknown';
  }
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

/** JSDoc for the scheme's `Auth` property: what to pass, where it goes, and what is never copied. */
export function schemeDoc(scheme: AuthScheme): string {
  const never = 'The collection\'s secrets are never copied into this package.';
  switch (scheme.kind) {
    case 'bearer':
    case 'oauth2':
      return scheme.kind === 'oauth2' && scheme.addTo === 'query'
        ? 'OAuth 2.0 access token, sent as the `access_token` query parameter.'
        : `${scheme.kind === 'bearer' ? 'Bearer' : 'OAuth 2.0 access'} token, sent as \`Authorization: ${docText(scheme.prefix)} <token>\`.`;
    case 'basic':
      return 'Username and password for HTTP Basic auth.';
    case 'apikey':
      return `API key, sent as the \`${docText(scheme.name)}\` ${scheme.addTo === 'header' ? 'header' : 'query parameter'}.`;
    case 'oauth1':
      return [
        `OAuth 1.0a (${scheme.signatureMethod}): the client signs every request, in the ${scheme.addTo === 'header' ? '`Authorization` header' : 'query (`oauth_*` parameters)'}.`,
        'Pass `{ consumerKey, consumerSecret, token?, tokenSecret? }`; `callback`, `verifier` and `realm` are optional.',
        never,
      ].join('\n');
    case 'jwt':
      return [
        `JWT Bearer (${scheme.algorithm}): the client signs ${scheme.payload === null ? 'the `payload` you pass (the collection\'s has variables without values)' : 'the collection\'s payload (or the `payload` you pass)'} on every request and sends it ${scheme.addTo === 'header' ? `as \`Authorization: ${docText(scheme.prefix)} <jwt>\`` : `as the \`${docText(scheme.queryParam)}\` query parameter`}.`,
        `Pass \`{ secret }\`${scheme.secretBase64 ? ' (base64: the decoded bytes sign)' : ''}; \`header\` adds JOSE header fields.`,
        never,
      ].join('\n');
    case 'awsv4':
      return [
        `AWS Signature Version 4 for service ${setting(scheme.service, 'service')} in region ${setting(scheme.region, 'region')}: the client signs every request (\`Authorization\`, \`x-amz-date\`, \`x-amz-content-sha256\`).`,
        'Pass `{ accessKey, secretKey, sessionToken? }`; `region` and `service` override the defaults.',
        never,
      ].join('\n');
    case 'hawk':
      return [
        `Hawk (${scheme.algorithm}${scheme.includePayloadHash ? ', with the payload hash' : ''}): the client signs every request as \`Authorization: Hawk id="…", ts="…", nonce="…", mac="…"\`.`,
        'Pass `{ authId, authKey }`; `ext`, `app` and `dlg` override the collection\'s.',
        never,
      ].join('\n');
    case 'edgegrid':
      return [
        `Akamai EdgeGrid (EG1-HMAC-SHA256): the client signs every request${scheme.headersToSign.length ? `, with the headers ${scheme.headersToSign.map((h) => `\`${docText(h)}\``).join(', ')}` : ''}.`,
        'Pass `{ clientToken, clientSecret, accessToken }`; `baseUrl` signs another host than the request\'s.',
        never,
      ].join('\n');
    case 'unsupported':
      return [
        `Postman "${docText(scheme.type)}" auth, which the runtime cannot sign: pass createClient({ sign }), a hook that must ${docText(scheme.hook)}.`,
        `The hook gets this credential as \`scheme.credential\`${scheme.type === 'digest' || scheme.type === 'ntlm' ? ' (`{ username, password }`)' : ''}.`,
      ].join('\n');
  }
}

function setting(value: string | null, name: string): string {
  return value === null ? `you pass as \`${name}\` (the collection's variable has no value)` : `\`${docText(value)}\``;
}
