import { describe, expect, it } from 'vitest';
import { isCredentialName } from '../../generator/normalize/variables.js';

describe('isCredentialName: variables judged by their words', () => {
  const credentials = ['token', 'accessToken', 'access_token', 'api_key', 'x-api-key', 'apikey', 'clientSecret', 'client_secret', 'password', 'userPassword', 'auth', 'zoho_auth', 'session', 'sessionId', 'signature', 'privateKey', 'cookie', 'credentials', 'jwt'];
  const data = ['author', 'authorId', 'authority', 'nextPageToken', 'token_type', 'baseUrl', 'recordId', 'key', 'sessionTimeout', 'signatureDate', 'module_api_name'];
  it.each(credentials)('%s is a credential', (name) => expect(isCredentialName(name)).toBe(true));
  it.each(data)('%s is data', (name) => expect(isCredentialName(name)).toBe(false));
});
