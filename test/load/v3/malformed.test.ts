// Malformed v3 trees: each is a diagnostic with a code, the file and (for YAML) the line, never a
// stack trace; one bad file does not stop the others from being read; errors write nothing.
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCollection } from '../../../generator/config.js';
import { run } from '../../../generator/pipeline.js';
import { tempDir } from '../../helpers/collection.js';
import { loadFolder, loadTree } from '../../helpers/v3.js';

const GOOD = 'url: https://x.test/a\nmethod: GET\n';

describe('v3: YAML that is refused', () => {
  it('bad YAML: file and line; the other bad file is reported too', () => {
    const { loaded, diagnostics } = loadTree({ 'a.request.yaml': GOOD, 'b.request.yaml': 'url: https://x.test/b\nmethod: [GET\n', 'c.request.yaml': 'url: https://x.test/c\nmethod: GET\n\theaders: {}\n' });
    expect(loaded).toBeNull();
    const bad = diagnostics.all.filter((d) => d.code === 'PF020');
    expect(bad.map((d) => [path.basename(d.file), d.line])).toEqual([
      ['b.request.yaml', expect.any(Number)],
      ['c.request.yaml', 3],
    ]);
    expect(bad[0]!.message).toMatch(/^line \d+, column \d+: /);
  });

  it('a YAML bomb: aliases bounded, refused fast', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    const { loaded, diagnostics } = loadTree({ 'a.request.yaml': GOOD, 'bomb.request.yaml': `url: https://x.test/b\nmethod: GET\nheaders:\n${lines.map((l) => '  ' + l).join('\n')}\n` });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(loaded).toBeNull();
    expect(diagnostics.all.find((d) => d.code === 'PF022')).toMatchObject({ file: expect.stringMatching(/bomb\.request\.yaml$/), line: expect.any(Number) });
  });

  it.each([
    ['!!js/function', 'url: !!js/function "function () { return 1 }"\nmethod: GET\n'],
    ['!foo', 'url: https://x.test/a\nmethod: !foo GET\n'],
    ['a merge key', 'base: &b { method: GET }\n<<: *b\nurl: https://x.test/a\n'],
  ])('a tag or merge key (%s) refuses the file', (_what, text) => {
    const { loaded, diagnostics } = loadTree({ 'a.request.yaml': text });
    expect(loaded).toBeNull();
    expect(diagnostics.all.filter((d) => d.severity !== 'info').map((d) => [d.code, d.line])).toEqual([['PF021', expect.any(Number)]]);
  });

  it('a key written twice is an error with its line', () => {
    const { loaded, diagnostics } = loadTree({ 'a.request.yaml': 'url: https://x.test/a\nmethod: GET\nurl: https://x.test/b\n' });
    expect(loaded).toBeNull();
    expect(diagnostics.all.filter((d) => d.severity !== 'info').map((d) => [d.code, d.line])).toEqual([['PF020', 3]]);
  });
});

describe('v3: paths, kinds and examples that are left out, said', () => {
  it('a symbolic link is not followed, nor an examples path that climbs out', () => {
    const outside = tempDir('postforge-outside-');
    writeFileSync(path.join(outside, 'secret.request.yaml'), 'url: https://evil.test/\nmethod: GET\n');
    mkdirSync(path.join(outside, 'examples'));
    writeFileSync(path.join(outside, 'examples', 'x.example.yaml'), '$kind: http-example\nresponse:\n  statusCode: 200\n');
    const { dir } = loadTree({ 'a.request.yaml': `url: https://x.test/a\nmethod: GET\nexamples: ../../${path.basename(outside)}/examples\n` });
    symlinkSync(path.join(outside, 'secret.request.yaml'), path.join(dir, 'linked.request.yaml'));
    symlinkSync(outside, path.join(dir, 'Linked folder'));
    const { loaded, diagnostics } = loadFolder(dir);
    const items = loaded!.raw.item as Array<Record<string, unknown>>;
    expect(items.map((i) => i['name'])).toEqual(['a']);
    expect(items[0]!['response']).toBeUndefined();
    expect(diagnostics.all.filter((d) => d.code === 'PF026').map((d) => path.basename(d.file)).sort()).toEqual(['Linked folder', 'a.request.yaml', 'linked.request.yaml']);
  });

  it('websocket, grpc and unknown kinds are left out (warning); the rest generates', () => {
    const { loaded, diagnostics } = loadTree({ 'a.request.yaml': GOOD, 'ws.request.yaml': '$kind: websocket-request\nurl: wss://x.test\n', 'g.request.yaml': '$kind: grpc-request\nurl: x.test:443\n', 'q.request.yaml': '$kind: carrier-pigeon\n' });
    expect(loaded!.raw.item).toHaveLength(1);
    expect(diagnostics.all.filter((d) => d.code === 'PF023').map((d) => [path.basename(d.file), d.severity, d.line])).toEqual([
      ['g.request.yaml', 'warning', 1],
      ['q.request.yaml', 'warning', 1],
      ['ws.request.yaml', 'warning', 1],
    ]);
  });

  it('an examples pointer to a missing folder, and examples whose request is gone', () => {
    const { loaded, diagnostics } = loadTree({
      'a.request.yaml': 'url: https://x.test/a\nmethod: GET\nexamples: ./.resources/gone.resources/examples\n',
      '.resources/Renamed.resources/examples/ok.example.yaml': '$kind: http-example\nresponse:\n  statusCode: 200\n',
    });
    expect(loaded).not.toBeNull();
    expect(diagnostics.all.filter((d) => d.code === 'PF025').map((d) => path.basename(d.file))).toEqual(['Renamed.resources', 'a.request.yaml']);
  });

  it('a folder that is no collection (PF024)', () => {
    const { loaded, codes } = loadTree({ 'notes.txt': 'hello' });
    expect(loaded).toBeNull();
    expect(codes).toEqual(['PF024']);
  });

  it('diagnostics of later stages point at the v3 file and line', () => {
    const { loaded, diagnostics } = loadTree({ 'a.request.yaml': 'url: https://x.test/a\nmethod: GET\nheaders:\n  - key: Good\n    value: yes\n  - key: "Bad header"\n    value: x\n' });
    expect(loaded).not.toBeNull();
    return import('../../../generator/normalize/normalize.js').then(({ normalize }) => {
      normalize(loaded!, loaded!.located(diagnostics));
      const bad = diagnostics.all.find((d) => d.code === 'PF116')!;
      expect([path.basename(bad.file), bad.pointer, bad.line]).toEqual(['a.request.yaml', '/headers/1', 6]);
    });
  });

  it('an error writes nothing', async () => {
    const root = tempDir('postforge-v3-run-');
    const input = path.join(root, 'API');
    mkdirSync(input);
    writeFileSync(path.join(input, 'a.request.yaml'), 'url: [\n');
    const out = path.join(root, 'out');
    const result = await run(resolveCollection({ input, out, name: 'api' }, root), { check: false, formatCache: new Map() });
    expect(result.diagnostics.all.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(['PF020']);
    expect(existsSync(out)).toBe(false);
  });
});

