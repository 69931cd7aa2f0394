export { createClient, environments, type Environment, authSchemes, type Auth, type Client, type ClientOptions, } from './client.js';
export * from './endpoints.js';
export type * from './types.js';
export { PostforgeError, type ApiResponse, type BasicCredential, type Credential, type HttpStatus, type RequestOptions, type UnexpectedResponse, } from './runtime/index.js';
