export { createRuntime, type Runtime, type RuntimeConfig } from './client.js';
export { PostforgeError, type PostforgeErrorCode } from './errors.js';
export type { HttpStatus, UnexpectedResponse } from './status.js';
export type { ApiResponse, AuthSchemes, AuthSchemeSpec, BasicCredential, CallParams, Credential, CredentialOf, EndpointSpec, PathPart, QueryValue, RequestOptions, TypedEndpointSpec, } from './spec.js';
export type { AwsV4Credential, EdgeGridCredential, HawkCredential, JwtCredential, OAuth1Credential, Signers, } from './auth/types.js';
