// The last gate before anything is written: every output file is searched for token shapes and for
// each value the redactor replaced. A hit means a secret found a way around normalize's redactor;
// the run fails (PF121) and writes nothing. Our own stand-ins are not hits: placeholders, `test-…`
// credentials, and the JWTs the generated tests expect, signed with the test secret.
import { createHmac } from 'node:crypto';
import { searchable, tokenShapes } from '../normalize/secrets.js';

export interface SecretHit {
  file: string;
  /** The rule that matched (`jwt`, `stripe key`, `replaced value`): never the value. */
  pattern: string;
}

export interface ScanContext {
  /** Values the redactor replaced in this run. */
  replaced: readonly string[];
  /** Keys the generated tests sign their JWTs with. */
  testJwtKeys: readonly string[];
}

export function scanForSecrets(files: ReadonlyArray<{ path: string; content: string }>, context: ScanContext): SecretHit[] {
  const replaced = context.replaced.filter(searchable).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const anyReplaced = replaced.length ? new RegExp(replaced.join('|')) : null;
  const hits: SecretHit[] = [];
  for (const file of files) {
    for (const m of tokenShapes(file.content)) {
      const text = file.content.slice(m.start, m.end);
      if (!signedByTest(text, context.testJwtKeys) && !testBasicCredential(text)) hits.push({ file: file.path, pattern: m.kind });
    }
    if (anyReplaced?.test(file.content)) hits.push({ file: file.path, pattern: 'replaced value' });
  }
  return hits;
}

/** `Basic <base64>` of the generated tests' `test-user:test-password`-style stand-ins. */
function testBasicCredential(text: string): boolean {
  return /^[A-Za-z0-9+/]+=*$/.test(text) && /^test-[\w-]*:test-[\w-]*$/.test(Buffer.from(text, 'base64').toString('utf8'));
}

/** A JWT (alone or after its prefix) whose HMAC signature verifies with one of the test keys. */
function signedByTest(text: string, keys: readonly string[]): boolean {
  const token = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+/.exec(text)?.[0];
  if (!token) return false;
  const [header, payload, signature] = token.split('.') as [string, string, string];
  let alg: unknown;
  try {
    alg = (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown }).alg;
  } catch {
    return false;
  }
  if (alg !== 'HS256' && alg !== 'HS384' && alg !== 'HS512') return false;
  return keys.some((key) => createHmac(`sha${alg.slice(2)}`, key).update(`${header}.${payload}`).digest('base64url') === signature);
}
