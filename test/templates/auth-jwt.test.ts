// JWT Bearer against published vectors: RFC 7515 Appendix A.1 (HS256 over its exact signing input)
// and jwt.io's default token (header, payload and secret as JSON the runtime serialises).
import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../templates/runtime/auth/crypto.js';
import { jwsSignature, signJwt, type JwtSpec } from '../../templates/runtime/auth/jwt.js';

const JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const payload = { sub: '1234567890', name: 'John Doe', iat: 1516239022 };
const spec = (fields: Partial<JwtSpec> = {}): JwtSpec =>
  ({ type: 'jwt', algorithm: 'HS256', header: '{"alg":"HS256","typ":"JWT"}', payload: JSON.stringify(payload), secretBase64: false, in: 'header', prefix: 'Bearer', ...fields }) as JwtSpec;

describe('runtime auth: jwt', () => {
  it('RFC 7515 A.1: HS256 over the example signing input with the example key', async () => {
    const input =
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ';
    const key = fromBase64('AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow');
    expect(await jwsSignature('HS256', input, key)).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it("jwt.io's token, as `Authorization: Bearer <jwt>`", async () => {
    expect(await signJwt(spec(), { secret: 'your-256-bit-secret' }, payload)).toEqual({ headers: [['Authorization', `Bearer ${JWT_IO}`]], query: [] });
  });

  it('a base64 secret signs with its decoded bytes', async () => {
    const secret = Buffer.from('your-256-bit-secret').toString('base64');
    const { headers } = await signJwt(spec({ secretBase64: true }), { secret }, payload);
    expect(headers[0]?.[1]).toBe(`Bearer ${JWT_IO}`);
  });

  it('an empty prefix sends the bare token; query mode uses the parameter name', async () => {
    expect((await signJwt(spec({ prefix: '' }), { secret: 'your-256-bit-secret' }, payload)).headers).toEqual([['Authorization', JWT_IO]]);
    const query = spec({ in: 'query', name: 'jwt' } as Partial<JwtSpec>);
    expect(await signJwt(query, { secret: 'your-256-bit-secret' }, payload)).toEqual({ headers: [], query: [['jwt', JWT_IO]] });
  });

  it("alg is always the scheme's; the credential's header replaces the collection's", async () => {
    const { headers } = await signJwt(spec({ header: '{"alg":"none","kid":"k1"}', algorithm: 'HS512' }), { secret: 's', header: { kid: 'k2' } }, {});
    const token = headers[0]![1].split(' ')[1]!;
    expect(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString())).toEqual({ kid: 'k2', alg: 'HS512' });
    expect(Buffer.from(token.split('.')[2]!, 'base64url')).toHaveLength(64);
  });
});
