// Each endpoint's `@example` (TypeScript call and curl command) and its README section, with hostile
// values from the collection: backticks and backtick runs, `*/`, quotes, `$()`, line breaks, `</script>`.
// Nothing is compared with hard-coded output: the TypeScript call is compiled and run against a
// recording client, the curl command is run by bash with `curl` recording its arguments, and both
// must carry exactly the values the fixture sends.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fenced, type CallExample } from '../../generator/emit/call-example.js';
import { docText } from '../../generator/emit/code-text.js';
import { emitPackage, type OutputFile } from '../../generator/emit/emit.js';
import { format } from '../../generator/format/format.js';
import { inferEndpoints } from '../../generator/infer/endpoint-shapes.js';
import { plan } from '../../generator/plan/plan.js';
import { renderDocs } from '../../generator/render/render.js';
import { bearer, collection, example, item, url, writeTemp } from '../helpers/collection.js';
import { normalized } from '../helpers/pipeline.js';
import { syntaxErrors } from '../helpers/typescript.js';

const HOSTILE = ['`tick` and ``` a run ````', 'ends */ a comment', `it's "quoted"`, '$(touch PWNED) `touch PWNED2` ${HOME}', 'line one\nline two\r\n\ttab', '</script><!-- x', 'back\\slash \\n'];
const PATH_VALUE = "a b/`x`$(touch PWNED3)'*/";
const HEADER_VALUE = `it's $(touch PWNED4) \`x\` */ "q"`;
const TEXT_BODY = `line one\nit's $(touch PWNED5) \`x\`\n*/ </script>`;

const json = { 'Content-Type': 'application/json' };
const header = (h: Record<string, string>) => Object.entries(h).map(([key, value]) => ({ key, value }));

function hostileCollection() {
  const jsonBody = JSON.stringify({ note: HOSTILE, nested: { [HOSTILE[1]!]: HOSTILE[3], list: [1, true, null] } });
  const request = {
    method: 'POST',
    url: url('https://api.test/things/:id?q=' + encodeURIComponent(HOSTILE[3]!), { variable: [{ key: 'id', value: PATH_VALUE }], query: [{ key: 'q', value: HOSTILE.join(' ') }] }),
    header: header({ ...json, 'X-Note': HEADER_VALUE }),
    body: { raw: jsonBody, language: 'json' },
  };
  const textRequest = { method: 'PUT', url: 'https://api.test/notes', header: header({ 'Content-Type': 'text/plain' }), body: { raw: TEXT_BODY } };
  return collection(
    [
      item('Create thing', request, [example({ name: 'made', code: 201, header: header(json), body: '{"ok":true}', originalRequest: request })]),
      item('Put note', textRequest, [example({ name: 'put', code: 200, header: header(json), body: '{"ok":true}', originalRequest: textRequest })]),
    ],
    { auth: bearer() },
  );
}

let files: OutputFile[];
let examples: CallExample[];
let fixtureInputs: unknown[];
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'postforge-curl-'));
  const { api } = normalized(writeTemp(hostileCollection(), 'hostile.postman_collection.json', work));
  const planned = plan(api, 'hostile-api');
  const shapes = inferEndpoints(api);
  const emitted = emitPackage(api, planned, shapes);
  examples = emitted.examples;
  const usage = examples.map((e) => ({ ts: fenced('ts', e.ts), curl: fenced('sh', e.curl) }));
  const docs = renderDocs({ api, plan: planned, shapes, collectionFile: 'c.json', versions: { typescript: '5', vitest: '4', typesNode: '20', msw: '2' }, usage });
  files = await format([...emitted.files, { path: 'README.md', content: docs.readme, parser: 'markdown' }], new Map());
  fixtureInputs = planned.endpoints.map((p) => {
    const fixture = JSON.parse(file(`test/fixtures/${p.fixtureFile}`)) as { fixtures: Record<string, { input: unknown; mode: string }> };
    expect(fixture.fixtures['0']!.mode).toBe('request');
    return fixture.fixtures['0']!.input;
  });
}, 60_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

function file(name: string): string {
  const found = files.find((f) => f.path === name);
  if (!found) throw new Error(`no ${name}`);
  return found.content;
}

/** Runs the TypeScript call against a client whose every member records the params it is called with. */
async function runCall(code: string): Promise<{ member: string[]; params: unknown }> {
  const calls: Array<{ member: string[]; params: unknown }> = [];
  const member = (keys: string[]): unknown =>
    new Proxy(() => undefined, {
      get: (_, key) => member([...keys, String(key)]),
      apply: (_, __, args: unknown[]) => {
        calls.push({ member: keys, params: args[0] });
        return Promise.resolve({ status: 200 });
      },
    });
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const AsyncFunction = (async () => undefined).constructor as new (...args: string[]) => (client: unknown) => Promise<unknown>;
  await new AsyncFunction('client', `${js}\nreturn res;`)(member([]));
  expect(calls).toHaveLength(1);
  return calls[0]!;
}

/** Runs the curl command with bash, `curl` replaced by a function that prints its arguments. */
function runCurl(command: string): string[] {
  // stdin is not a socket (libuv's default pipes are): bash would then read ~/.bashrc, as under rshd.
  const script = `curl() { printf '%s\\0' "$@"; }\n${command}\n`;
  const result = spawnSync('bash', ['-c', script], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env['PATH'] ?? '', HOSTILE_API_TOKEN: 'tok-from-env' } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.split('\0').slice(0, -1);
}

const after = (args: string[], flag: string) => args.filter((_, i) => args[i - 1] === flag);

describe('call examples with hostile values', () => {
  it('the TypeScript call compiles and passes exactly the fixture input, through the grouped client', async () => {
    expect(syntaxErrors({ '/ex.ts': `export {};\ndeclare const client: any;\n${examples.map((e, i) => `{ ${e.ts.replace('const res', `const res${i}`)} }`).join('\n')}` })).toEqual([]);
    for (const [i, e] of examples.entries()) {
      const { member, params } = await runCall(e.ts);
      expect(member).toEqual(i === 0 ? ['createThing'] : ['putNote']);
      expect(params).toEqual(fixtureInputs[i]);
    }
  });

  it('the curl command sends the same values, runs nothing it holds, and takes the token from the environment', () => {
    const [create, put] = examples.map((e) => runCurl(e.curl));
    const target = new URL(create![0]!);
    expect(decodeURIComponent(target.pathname)).toBe(`/things/${PATH_VALUE}`);
    expect(target.searchParams.get('q')).toBe(HOSTILE.join(' '));
    expect(after(create!, '-X')).toEqual(['POST']);
    expect(after(create!, '-H')).toEqual(['Authorization: Bearer tok-from-env', 'Content-Type: application/json', `X-Note: ${HEADER_VALUE}`]);
    expect(JSON.parse(after(create!, '--data-raw')[0]!)).toEqual((fixtureInputs[0] as { body: unknown }).body);
    expect(after(put!, '--data-raw')).toEqual([TEXT_BODY]);
    for (const n of [1, 2, 3, 4, 5]) expect(existsSync(path.join(work, `PWNED${n}`))).toBe(false);
  });

  it('no credential value is written: the fixture stand-in never appears, the variable does', () => {
    for (const e of examples) {
      expect(e.curl).toContain('"$HOSTILE_API_TOKEN"');
      expect(`${e.ts}\n${e.curl}`).not.toMatch(/test-bearer-credential|access-token/);
    }
  });

  it('endpoints.ts points each function at its client member, which shows the example', () => {
    const text = file('src/endpoints.ts');
    expect(text).not.toContain('curl ');
    for (const e of examples) expect(text).toContain(`The same call as \`${/await (client\.[\w.]+)\(/.exec(e.ts)![1]}\``);
  });

  it('client.ts carries each example whole in the JSDoc: no value ends the comment', () => {
    for (const name of ['src/client.ts']) {
      const text = file(name);
      expect(syntaxErrors({ [`/${name}`]: text })).toEqual([]);
      const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
      const docs: string[] = [];
      const visit = (node: ts.Node): void => {
        for (const doc of ts.getJSDocCommentsAndTags(node)) if (ts.isJSDoc(doc)) docs.push(doc.getText());
        ts.forEachChild(node, visit);
      };
      visit(source);
      const bodies = docs.map((d) => d.replace(/^\/\*\*|\*\/$/g, '').split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n').trim());
      for (const e of examples) {
        const shown = docText(`\`\`\`sh\n${e.curl}\n\`\`\``);
        expect(bodies.some((b) => b.includes(shown)), `${name} holds the curl command of ${e.ts.slice(0, 60)}`).toBe(true);
      }
    }
  });

  it('the README shows each call and command in fences no value closes, and they run the same', async () => {
    const blocks = fencedBlocks(file('README.md'));
    const ts = blocks.filter((b) => b.info === 'ts' && b.code.startsWith('const res = await client.'));
    const sh = blocks.filter((b) => b.info === 'sh' && b.code.includes('curl '));
    expect(ts).toHaveLength(examples.length);
    expect(sh).toHaveLength(examples.length);
    for (const [i, e] of examples.entries()) {
      expect((await runCall(ts[i]!.code)).params).toEqual(fixtureInputs[i]);
      expect(runCurl(sh[i]!.code)).toEqual(runCurl(e.curl));
    }
  });
});

/** Fenced code blocks as CommonMark reads them: a closing fence is at least as long as the opening one, with nothing after it. */
function fencedBlocks(markdown: string): Array<{ info: string; code: string }> {
  const out: Array<{ info: string; code: string }> = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})([^`]*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(new RegExp(`^\`{${fence.length},}\\s*$`).test(lines[j]!))) body.push(lines[j++]!);
    out.push({ info: open[2]!.trim(), code: body.join('\n') });
    i = j;
  }
  return out;
}
