// The checks the hostile corpus and the property tests rely on must themselves catch what they claim.
import { describe, expect, it } from 'vitest';
import { BREAKOUTS, CANARY_PAYLOADS, canaryProblems, changesOutside, parseAndCanaryProblems, secretProblems } from './output-checks.js';

const file = (content: string, path = 'src/x.ts') => [{ path, content }];

describe('output checks', () => {
  it.each([
    ['a payload written as code', `export const a = 1; ${CANARY_PAYLOADS[0]};`, ['globalThis.PWNED_CANARY']],
    ['the fs payload as code', `${CANARY_PAYLOADS[1]};`, ['process.getBuiltinModule']],
    ['the eval payload as code', `${CANARY_PAYLOADS[2]};`, ['eval(...)']],
    ['payloads inside strings, templates and comments', `export const a = ${JSON.stringify(CANARY_PAYLOADS.join(';'))}; const b = \`plain\`; /** ${CANARY_PAYLOADS[0]} */ // ${CANARY_PAYLOADS[2]}`, []],
    ['a name derived from a payload', 'export function globalThisPwnedCanary1() {} export const o = { PWNED_CANARY: 1 }; o.PWNED_CANARY;', []],
  ])('canaries: %s', (_, code, found) => {
    expect(canaryProblems(file(code)).map((p) => p.replace('src/x.ts: ', ''))).toEqual(found);
    expect(parseAndCanaryProblems(file(code)).map((p) => p.replace('src/x.ts: ', ''))).toEqual(found);
  });

  it('each breakout, pasted raw into some TypeScript context, is caught: the corpus tests something', () => {
    const contexts = [(t: string) => `const a = "${t}";`, (t: string) => `const a = '${t}';`, (t: string) => `const a = \`${t}\`;`, (t: string) => `/** ${t} */`, (t: string) => `// ${t}`];
    const caught = BREAKOUTS.map((b) => b(CANARY_PAYLOADS[0])).filter((text) => contexts.some((c) => parseAndCanaryProblems(file(c(text))).length > 0));
    // The three left target escapers and other languages: a quote-only escaper (\\" becomes \\\\"),
    // HTML in markdown, and braces in JSON or hand-made templates.
    const left = BREAKOUTS.map((b) => b(CANARY_PAYLOADS[0])).filter((t) => !caught.includes(t));
    expect(left).toEqual([`\\"; ${CANARY_PAYLOADS[0]}; //`, `</script><script>${CANARY_PAYLOADS[0]}</script>`, `}; ${CANARY_PAYLOADS[0]}; {`]);
  });

  it('parse problems: syntax errors and strict-mode reserved names', () => {
    expect(parseAndCanaryProblems(file('export function areaM²() {}'))).not.toEqual([]);
    expect(parseAndCanaryProblems(file('export function let() {}'))).toEqual(['src/x.ts: declares reserved word let']);
    expect(parseAndCanaryProblems(file("export const ok = { let: 1, 'a b': 2 };"))).toEqual([]);
  });

  it('secrets: found as written and escaped, reported without the value', () => {
    const secret = 'sk_live_"quoted"/value';
    const found = (content: string) => secretProblems(file(content, 'test/fixtures/a.json'), [secret]);
    expect(found(`{"k": ${JSON.stringify(secret)}}`)).toEqual(['test/fixtures/a.json: planted secret #0 (sk_liv…)']);
    expect(found(`?k=${encodeURIComponent(secret)}`)).toHaveLength(1);
    expect(found(secret)).toHaveLength(1);
    expect(found('{"k": "<redacted>"}')).toEqual([]);
  });

  it('changes outside: new, changed and removed entries, except under the output folder and the folders leading to it', () => {
    const before = new Map([['a', 'dir'], ['a/old.txt', '1:1'], ['keep.txt', '1:1']]);
    const after = new Map([['a', 'dir'], ['a/b', 'dir'], ['a/b/out', 'dir'], ['a/b/out/x.ts', '2:2'], ['keep.txt', '1:2'], ['escaped.txt', '1:1']]);
    expect(changesOutside(before, after, ['a/b/out'])).toEqual(['written: keep.txt', 'written: escaped.txt', 'removed: a/old.txt']);
  });
});
