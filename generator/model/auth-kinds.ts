// One table keyed by auth kind: what each scheme needs from the caller (its credential and the
// credential's fields), whether it signs a time and a nonce, whether it writes the Authorization
// header, and the one sentence that describes it (README and JSDoc alike). Every stage derives its
// auth rules from here: normalize (which header it replaces), emit (credential types, docs, test
// credentials, clock options) and render (the README's table and example).
import type { AuthScheme, JsonValue } from './types.js';

export type AuthKind = AuthScheme['kind'];
/** A scheme of one kind, with or without its key (normalize asks before keys are given). */
type SchemeOf<K extends AuthKind> = Omit<Extract<AuthScheme, { kind: K }>, 'key'>;
type AnyScheme = { [K in AuthKind]: SchemeOf<K> }[AuthKind];

/** A field of an object credential, in the order the docs list it. */
export interface CredentialField {
  name: string;
  /**
   * `required`: the runtime type requires it. `optional`: a secret the runtime takes if given.
   * `setting`: overrides a collection setting. `demanded`: such a setting that the collection leaves
   * to a variable without a value, so this package requires it (PF111).
   */
  need: 'required' | 'optional' | 'setting' | 'demanded';
  type: 'string' | 'object';
  /** Where the README's example reads a secret from; settings have a `sample` instead. */
  env?: string;
  /** A value for a non-secret field, for the README's example (never a secret). */
  sample?: JsonValue;
}

export type CredentialShape =
  /** A string, or a function returning one. */
  | { shape: 'token' }
  /** Whatever the client's `sign` hook understands. */
  | { shape: 'opaque' }
  /**
   * An object of fields, typed by the runtime interface `runtimeType` (exported by the runtime).
   * `plain`: the object itself, not also a function returning it (BasicCredential).
   */
  | { shape: 'fields'; runtimeType: string; plain: boolean; fields: CredentialField[] };

interface AuthKindEntry<K extends AuthKind> {
  credential(scheme: SchemeOf<K>): CredentialShape;
  /** It signs the host, a time and a nonce: the client takes `clock` and `nonce`, and tests fix them. */
  signsWithClock: boolean;
  /** It writes (or, for the sign hook, owns) the Authorization header, so an explicit one is dropped (PF102), as Postman's runtime does. */
  setsAuthorization(scheme: SchemeOf<K>): boolean;
  /** One sentence (markdown): what the scheme is and where the credential goes. Collection text in it is raw: callers escape for where it goes. */
  describe(scheme: SchemeOf<K>): string;
  /**
   * The runtime signer this kind needs: its file under `runtime/auth/` (copied only into packages
   * that use the kind) and the function the client passes as `signers[kind]`; null for none.
   */
  signer: RuntimeSigner | null;
}

export interface RuntimeSigner {
  /** `awsv4`: templates/runtime/auth/awsv4.ts. */
  file: string;
  /** The function it exports, e.g. `signAwsV4`. */
  exportName: string;
}

const TOKEN: CredentialShape = { shape: 'token' };
const required = (name: string, env: string): CredentialField => ({ name, need: 'required', type: 'string', env });
const optional = (name: string): CredentialField => ({ name, need: 'optional', type: 'string' });
/** A setting the caller may override; `collectionValue` null: the collection leaves it to a variable without a value (demanded). */
const setting = (name: string, collectionValue?: unknown, sample?: JsonValue, type: CredentialField['type'] = 'string'): CredentialField => ({
  name,
  need: collectionValue === null ? 'demanded' : 'setting',
  type,
  ...(sample === undefined ? {} : { sample }),
});
/** Username and password: HTTP Basic, and the hook schemes that take the same (digest, NTLM). */
const USER_PASSWORD: CredentialShape = {
  shape: 'fields',
  runtimeType: 'BasicCredential',
  plain: true,
  fields: [{ name: 'username', need: 'required', type: 'string', sample: 'user' }, required('password', 'PASSWORD')],
};
const header = (prefix: string, value: string) => `\`Authorization: ${[prefix, value].filter((p) => p !== '').join(' ')}\``;
const settingText = (value: string | null, name: string) => (value === null ? `you pass as \`${name}\` (the collection's variable has no value)` : `\`${value}\``);

export const AUTH_KINDS: { [K in AuthKind]: AuthKindEntry<K> } = {
  bearer: {
    signer: null,
    credential: () => TOKEN,
    signsWithClock: false,
    setsAuthorization: () => true,
    describe: (s) => `Bearer token, sent as ${header(s.prefix, '<token>')}.`,
  },
  oauth2: {
    signer: null,
    credential: () => TOKEN,
    signsWithClock: false,
    setsAuthorization: (s) => s.addTo === 'header',
    describe: (s) => (s.addTo === 'query' ? 'OAuth 2.0 access token, sent as the `access_token` query parameter.' : `OAuth 2.0 access token, sent as ${header(s.prefix, '<token>')}.`),
  },
  basic: {
    signer: null,
    credential: () => USER_PASSWORD,
    signsWithClock: false,
    setsAuthorization: () => true,
    describe: () => 'Username and password for HTTP Basic auth.',
  },
  apikey: {
    signer: null,
    credential: () => TOKEN,
    signsWithClock: false,
    setsAuthorization: () => false,
    describe: (s) => `API key, sent as the \`${s.name}\` ${s.addTo === 'header' ? 'header' : 'query parameter'}.`,
  },
  oauth1: {
    signer: { file: 'oauth1', exportName: 'signOAuth1' },
    credential: () => ({
      shape: 'fields',
      runtimeType: 'OAuth1Credential',
      plain: false,
      fields: [required('consumerKey', 'CONSUMER_KEY'), required('consumerSecret', 'CONSUMER_SECRET'), optional('token'), optional('tokenSecret'), setting('callback'), setting('verifier'), setting('realm')],
    }),
    signsWithClock: true,
    setsAuthorization: () => true,
    describe: (s) => `OAuth 1.0a (${s.signatureMethod}): the client signs every request, in the ${s.addTo === 'header' ? '`Authorization` header' : 'query (`oauth_*` parameters)'}.`,
  },
  jwt: {
    signer: { file: 'jwt', exportName: 'signJwt' },
    credential: (s) => ({
      shape: 'fields',
      runtimeType: 'JwtCredential',
      plain: false,
      fields: [required('secret', 'JWT_SECRET'), setting('payload', s.payload, { sub: 'me' }, 'object'), setting('header', undefined, undefined, 'object')],
    }),
    signsWithClock: false,
    setsAuthorization: (s) => s.addTo === 'header',
    describe: (s) =>
      `JWT Bearer (${s.algorithm}): the client signs ${s.payload === null ? 'the `payload` you pass (the collection\'s has variables without values)' : 'the collection\'s payload (or the `payload` you pass)'} on every request and sends it ${s.addTo === 'header' ? `as ${header(s.prefix, '<jwt>')}` : `as the \`${s.queryParam}\` query parameter`}${s.secretBase64 ? '; the secret is base64 (the decoded bytes sign)' : ''}.`,
  },
  awsv4: {
    signer: { file: 'awsv4', exportName: 'signAwsV4' },
    credential: (s) => ({
      shape: 'fields',
      runtimeType: 'AwsV4Credential',
      plain: false,
      fields: [required('accessKey', 'AWS_ACCESS_KEY_ID'), required('secretKey', 'AWS_SECRET_ACCESS_KEY'), optional('sessionToken'), setting('region', s.region, 'us-east-1'), setting('service', s.service, 'execute-api')],
    }),
    signsWithClock: true,
    setsAuthorization: () => true,
    describe: (s) =>
      `AWS Signature Version 4 for service ${settingText(s.service, 'service')} in region ${settingText(s.region, 'region')}: the client signs every request (\`Authorization\`, \`x-amz-date\`, \`x-amz-content-sha256\`).`,
  },
  hawk: {
    signer: { file: 'hawk', exportName: 'signHawk' },
    credential: () => ({ shape: 'fields', runtimeType: 'HawkCredential', plain: false, fields: [required('authId', 'HAWK_ID'), required('authKey', 'HAWK_KEY'), setting('ext'), setting('app'), setting('dlg')] }),
    signsWithClock: true,
    setsAuthorization: () => true,
    describe: (s) => `Hawk (${s.algorithm}${s.includePayloadHash ? ', with the payload hash' : ''}): the client signs every request as \`Authorization: Hawk id="…", ts="…", nonce="…", mac="…"\`.`,
  },
  edgegrid: {
    signer: { file: 'edgegrid', exportName: 'signEdgeGrid' },
    credential: () => ({
      shape: 'fields',
      runtimeType: 'EdgeGridCredential',
      plain: false,
      fields: [required('clientToken', 'AKAMAI_CLIENT_TOKEN'), required('clientSecret', 'AKAMAI_CLIENT_SECRET'), required('accessToken', 'AKAMAI_ACCESS_TOKEN'), setting('baseUrl')],
    }),
    signsWithClock: true,
    setsAuthorization: () => true,
    describe: (s) => `Akamai EdgeGrid (EG1-HMAC-SHA256): the client signs every request${s.headersToSign.length ? `, with the headers ${s.headersToSign.map((h) => `\`${h}\``).join(', ')}` : ''}.`,
  },
  unsupported: {
    signer: null,
    credential: (s) => (s.type === 'digest' || s.type === 'ntlm' ? USER_PASSWORD : { shape: 'opaque' }),
    signsWithClock: false,
    setsAuthorization: () => true,
    describe: (s) => `Postman "${s.type}" auth, which the runtime cannot sign: pass createClient({ sign }), a hook that must ${s.hook}. The hook gets this credential as \`scheme.credential\`.`,
  },
};

/** The entry for a scheme's kind (one cast here: TypeScript cannot correlate the kind with its entry). */
function entry(scheme: AnyScheme): AuthKindEntry<AuthKind> {
  return AUTH_KINDS[scheme.kind] as unknown as AuthKindEntry<AuthKind>;
}

export const credentialOf = (scheme: AnyScheme): CredentialShape => entry(scheme).credential(scheme as never);
export const signsWithClock = (scheme: AnyScheme): boolean => entry(scheme).signsWithClock;
export const setsAuthorization = (scheme: AnyScheme): boolean => entry(scheme).setsAuthorization(scheme as never);
export const describeScheme = (scheme: AnyScheme): string => entry(scheme).describe(scheme as never);

/** The signers a package's schemes need, each once, keyed by kind (the `signers` the client passes), in first-use order. */
export function signersOf(schemes: readonly AnyScheme[]): Array<{ kind: AuthKind } & RuntimeSigner> {
  const found = new Map<AuthKind, RuntimeSigner>();
  for (const scheme of schemes) {
    const signer = entry(scheme).signer;
    if (signer && !found.has(scheme.kind)) found.set(scheme.kind, signer);
  }
  return [...found].map(([kind, signer]) => ({ kind, ...signer }));
}

/** Every signer file the runtime has, so the emit stage can leave out the ones a package does not use. */
export const SIGNER_FILES: readonly string[] = Object.values(AUTH_KINDS).flatMap((k) => (k.signer ? [k.signer.file] : []));

/** The fields a caller must or may pass in the object, in table order: what `Pass { … }` lists and tests give. */
export function passedFields(shape: CredentialShape): CredentialField[] {
  return shape.shape === 'fields' ? shape.fields.filter((f) => f.need !== 'setting') : [];
}
