// The runtime's public surface, re-exported by the generated package.
export { createRuntime, type Runtime, type RuntimeConfig } from './client.js';
export { PostforgeError, type PostforgeErrorCode } from './errors.js';
export type { HttpStatus, UnexpectedResponse } from './status.js';
export type {
  ApiResponse,
  AuthSchemes,
  AuthSchemeSpec,
  BasicCredential,
  CallParams,
  Credential,
  CredentialOf,
  EndpointSpec,
  PathPart,
  QueryValue,
  RequestOptions,
  TypedEndpointSpec,
} from './spec.js';
export type { AwsV4Credential } from './auth/awsv4.js';
export type { EdgeGridCredential } from './auth/edgegrid.js';
export type { HawkCredential } from './auth/hawk.js';
export type { JwtCredential } from './auth/jwt.js';
export type { OAuth1Credential } from './auth/oauth1.js';
