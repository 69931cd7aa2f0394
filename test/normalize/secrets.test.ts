import { describe, expect, it } from 'vitest';
import { highEntropy, searchable, secretKey, tokenShapes } from '../../generator/normalize/secrets.js';

describe('secretKey: names by their words', () => {
  const table: Array<[string, ReturnType<typeof secretKey>]> = [
    ['password', 'strong'],
    ['UserPassword', 'strong'],
    ['client_secret', 'strong'],
    ['access_token', 'strong'],
    ['refreshToken', 'strong'],
    ['accesstoken', 'strong'],
    ['api_key', 'strong'],
    ['X-API-Key', 'strong'],
    ['APIKey', 'strong'],
    ['apikey', 'strong'],
    ['X-Amz-Signature', 'weak'],
    ['dateOfSignature', 'weak'],
    ['X-Amz-Credential', 'strong'],
    ['X-Amz-Security-Token', 'strong'],
    ['Authorization', 'strong'],
    ['Cookie', 'strong'],
    ['Set-Cookie', 'strong'],
    ['private_key', 'strong'],
    ['secretAccessKey', 'strong'],
    ['session_id', 'strong'],
    ['authorization_code', 'strong'],
    ['key', 'weak'],
    ['sig', 'weak'],
    ['authCode', null],
    ['auth', 'weak'],
    // Not secrets: the last word says what the value is.
    ['author', null],
    ['authorId', null],
    ['authority', null],
    ['OAuth Flow', null],
    ['token_type', null],
    ['expires_in', null],
    ['tokenUrl', null],
    ['password_policy', null],
    ['nextPageToken', null],
    ['sync_token', null],
    ['status', null],
    ['id', null],
    ['X-ACCESSTOKEN-RESET', null],
    ['', null],
  ];
  it.each(table)('%s -> %s', (given, want) => expect(secretKey(given)).toBe(want));
});

describe('tokenShapes: well-known tokens anywhere in text', () => {
  const table: Array<[string, string, string[]]> = [
    ['a JWT', 'id eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXBhcnQ end', ['jwt']],
    ['a Stripe live key', 'key: sk_live_4eC39HqLyjWDarjtT1zdp7dc', ['stripe key']],
    ['a Stripe restricted test key', 'rk_test_51Habcdefghijklmnop', ['stripe key']],
    ['a GitHub token', 'ghp_16C7e42F292c6912E7710c838347Ae178B4a', ['github token']],
    ['a fine-grained GitHub token', 'github_pat_11ABCDEFG0123456789_abcdefghijk', ['github token']],
    ['a Slack token', 'xoxp-1234-5678-abcdef', ['slack token']],
    ['a Google API key', 'https://x.test/?key=AIzaSyA-1234567890abcdefghijklmnopqrstu', ['google api key']],
    ['an AWS access key id', 'AKIAIOSFODNN7EXAMPLE/20200101/us-east-1', ['aws access key']],
    ['a PEM private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', ['private key']],
    ['a bearer token in prose', 'send Authorization: Bearer abc123def456', ['bearer token']],
    ['basic credentials', 'Basic dXNlcjpwYXNz', ['bearer token']],
    ['userinfo in a URL', 'https://admin:hunter2@api.test/x', ['url userinfo']],
    ['a token after a percent-escape', '/keys%2FAKIAIOSFODNN7EXAMPLE', ['aws access key']],
    ['userinfo after a scheme with + and .', 'git+ssh.v2://deploy:s3cret@host', ['url userinfo']],
    // Not secrets.
    ['prose about tokens', 'Pass a Bearer token. Basic authentication works too.', []],
    ['our own stand-ins', 'Bearer test-bearer2-credential and Bearer redacted-12', []],
    ['a variable as userinfo', 'https://{{user}}:{{pass}}@api.test', []],
    ['a publishable key', 'pk_live_4eC39HqLyjWDarjtT1zdp7dc', []],
    ['a UUID', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', []],
    ['an email', 'ann@example.com', []],
    ['a token shape inside a word', 'myAKIAIOSFODNN7EXAMPLE and xeyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', []],
    ['a scheme glued to a digit', '1https://admin:hunter2@api.test', ['url userinfo']],
  ];
  it.each(table)('%s', (_name, given, want) => expect(tokenShapes(given).map((m) => m.kind)).toEqual(want));

  it('gives the span of the secret only', () => {
    const text = 'https://admin:hunter2@api.test and Bearer abc123def456';
    expect(tokenShapes(text).map((m) => text.slice(m.start, m.end))).toEqual(['admin:hunter2', 'abc123def456']);
  });
});

describe('highEntropy and searchable', () => {
  const table: Array<[string, boolean, boolean]> = [
    ['f0e1d2c3b4a5968778695a4b', true, true],
    ['Content-Type', false, false],
    ['sessionId', false, false],
    ['Pa55-word', false, true],
    ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', false, true],
    ['aaaaaaaaaaaaaaaa1111', false, true],
    ['changeme', false, false],
    ['12345678901', false, false],
    ['hunter2', false, false],
  ];
  it.each(table)('%s: high entropy %s, searched for %s', (given, entropy, search) => {
    expect(highEntropy(given)).toBe(entropy);
    expect(searchable(given)).toBe(search);
  });
});
