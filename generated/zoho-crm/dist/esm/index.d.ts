export { createClient, environments, type Environment, authSchemes, type Auth, type Client, type ClientOptions, } from './client.js';
export * from './endpoints.js';
export type * from './types.js';
export { PostforgeError, createRuntime, type ApiResponse, type BasicCredential, type Credential, type HttpStatus, type RequestOptions, type Runtime, type RuntimeConfig, type UnexpectedResponse, } from './runtime/index.js';
