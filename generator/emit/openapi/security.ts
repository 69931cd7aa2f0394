// Auth schemes -> OpenAPI security schemes. bearer, basic, apiKey and oauth2 map directly; what
// OpenAPI cannot express (a custom Authorization prefix, request signing) is described, carried as
// an `x-postforge-auth` extension and reported, never dropped silently.
import type { Diagnostics } from '../../diagnostics.js';
import { describeScheme } from '../../model/auth-kinds.js';
import type { AuthScheme } from '../../model/types.js';

export type SecurityScheme = { [key: string]: unknown };

/** The scheme's settings without its key and source: what the extension records (never a secret: the model holds none). */
function settings(scheme: AuthScheme): Record<string, unknown> {
  const { key: _key, source: _source, ...rest } = scheme;
  return rest;
}

/** `schemeName`: the scheme's name in the document, the key callers pass its credential under in the client. */
export function securityScheme(scheme: AuthScheme, schemeName: string, diagnostics: Diagnostics): SecurityScheme {
  const description = describeScheme(scheme);
  const prefixed = (prefix: string): SecurityScheme => {
    diagnostics.report('PF191', `auth "${schemeName}" sends \`Authorization: ${prefix} <token>\`; OpenAPI's bearer scheme cannot say the prefix, so it is an apiKey header with the prefix described`, scheme.source);
    return { type: 'apiKey', in: 'header', name: 'Authorization', description: `${description} The value is \`${prefix} \` followed by the token.`, 'x-postforge-auth': settings(scheme) };
  };
  switch (scheme.kind) {
    case 'bearer':
      return scheme.prefix === 'Bearer' ? { type: 'http', scheme: 'bearer', description } : prefixed(scheme.prefix);
    case 'oauth2':
      if (scheme.addTo === 'query') return { type: 'apiKey', in: 'query', name: 'access_token', description };
      // The collection names no flow the model keeps; OpenAPI's oauth2 type needs one, so the token is described as a bearer.
      return scheme.prefix === 'Bearer' || scheme.prefix === '' ? { type: 'http', scheme: 'bearer', description, 'x-postforge-auth': settings(scheme) } : prefixed(scheme.prefix);
    case 'basic':
      return { type: 'http', scheme: 'basic', description };
    case 'apikey':
      return { type: 'apiKey', in: scheme.addTo, name: scheme.name, description };
    default: {
      const inQuery = 'addTo' in scheme && scheme.addTo === 'query';
      diagnostics.report('PF190', `auth "${schemeName}" (${scheme.kind === 'unsupported' ? scheme.type : scheme.kind}) signs each request; OpenAPI cannot express that, so it is described and carried as x-postforge-auth`, scheme.source);
      const name = scheme.kind === 'jwt' && inQuery ? scheme.queryParam : inQuery ? 'oauth_signature' : 'Authorization';
      return { type: 'apiKey', in: inQuery ? 'query' : 'header', name, description, 'x-postforge-auth': settings(scheme) };
    }
  }
}
