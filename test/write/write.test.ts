import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../generator/emit/emit.js';
import { checkFiles, insideOut, writeFiles } from '../../generator/write/write.js';
import { tempDir } from '../helpers/collection.js';

const file = (p: string, content: string): OutputFile => ({ path: p, content, parser: 'typescript' });

/** Writes `files` (relative path -> content) under `dir`. */
function seed(dir: string, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), content);
  }
}

/** Every file under `dir` (relative, `/`-separated) with its content. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return out;
}

describe('writeFiles', () => {
  it('writes every file into an empty folder, creating subfolders', () => {
    const out = path.join(tempDir(), 'pkg');
    const result = writeFiles(out, [file('src/a.ts', 'a'), file('test/fixtures/x.json', '{}'), file('README.md', '# r')]);
    expect(result).toEqual({ written: ['src/a.ts', 'test/fixtures/x.json', 'README.md'], unchanged: [], removed: [] });
    expect(tree(out)).toEqual({ 'src/a.ts': 'a', 'test/fixtures/x.json': '{}', 'README.md': '# r' });
  });

  it('writes only the files whose bytes changed, and reports the others unchanged', () => {
    const out = tempDir();
    seed(out, { 'src/a.ts': 'a', 'src/b.ts': 'old b' });
    const before = statSync(path.join(out, 'src/a.ts')).mtimeMs;
    const result = writeFiles(out, [file('src/a.ts', 'a'), file('src/b.ts', 'new b'), file('src/c.ts', 'c')]);
    expect(result).toEqual({ written: ['src/b.ts', 'src/c.ts'], unchanged: ['src/a.ts'], removed: [] });
    expect(statSync(path.join(out, 'src/a.ts')).mtimeMs).toBe(before);
    expect(tree(out)).toEqual({ 'src/a.ts': 'a', 'src/b.ts': 'new b', 'src/c.ts': 'c' });
  });

  it('removes stale files and the folders they leave empty, never node_modules/ or dist/', () => {
    const out = tempDir();
    seed(out, {
      'src/a.ts': 'a',
      'src/old.ts': 'stale',
      'test/fixtures/gone.json': '{}',
      'node_modules/dep/index.js': 'dep',
      'dist/index.js': 'built',
      'dist/nested/x.d.ts': 'built',
    });
    const result = writeFiles(out, [file('src/a.ts', 'a')]);
    expect(result.removed).toEqual(['src/old.ts', 'test/fixtures/gone.json']);
    expect(tree(out)).toEqual({ 'src/a.ts': 'a', 'node_modules/dep/index.js': 'dep', 'dist/index.js': 'built', 'dist/nested/x.d.ts': 'built' });
    expect(existsSync(path.join(out, 'test'))).toBe(false);
  });

  it('leaves no temporary files behind', () => {
    const out = tempDir();
    writeFiles(out, [file('a.ts', 'a'), file('b/c.ts', 'c')]);
    writeFiles(out, [file('a.ts', 'a2'), file('b/c.ts', 'c2')]);
    expect(Object.keys(tree(out)).sort()).toEqual(['a.ts', 'b/c.ts']);
  });

  it('writes nothing when one path would land outside the folder', () => {
    const out = path.join(tempDir(), 'pkg');
    expect(() => writeFiles(out, [file('ok.ts', 'x'), file('../escape.ts', 'x')])).toThrow(/refusing to write/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(path.dirname(out), 'escape.ts'))).toBe(false);
  });
});

describe('insideOut', () => {
  const root = path.resolve('/tmp/postforge-out');
  type Case = [string, { given: string; want: string | RegExp }];
  const cases: Case[] = [
    ['a file in the folder', { given: 'README.md', want: path.join(root, 'README.md') }],
    ['a nested file', { given: 'src/runtime/url.ts', want: path.join(root, 'src', 'runtime', 'url.ts') }],
    ['a parent folder', { given: '../x', want: /refusing to write "\.\.\/x"/ }],
    ['an absolute path', { given: '/etc/passwd', want: /refusing to write/ }],
    ['a parent hidden in the middle', { given: 'a/../../x', want: /refusing to write/ }],
    ['a harmless .. that stays inside is refused too', { given: 'a/../b.ts', want: /refusing to write/ }],
    ['a backslash parent', { given: 'a\\..\\..\\x', want: /refusing to write/ }],
    ['the folder itself', { given: '.', want: /refusing to write/ }],
    ['an empty path', { given: '', want: /refusing to write/ }],
    ['a sibling folder that shares the prefix', { given: '../postforge-out-evil/x', want: /refusing to write/ }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    if (typeof want === 'string') expect(insideOut(root, given)).toBe(want);
    else expect(() => insideOut(root, given)).toThrow(want);
  });
});

describe('checkFiles', () => {
  it('reports nothing when the folder matches', () => {
    const out = tempDir();
    seed(out, { 'src/a.ts': 'a', 'node_modules/x.js': 'x', 'dist/a.js': 'a' });
    expect(checkFiles(out, [file('src/a.ts', 'a')])).toEqual({ changed: [], stale: [] });
  });

  it('reports changed, missing and stale files, and writes nothing', () => {
    const out = tempDir();
    seed(out, { 'src/a.ts': 'a', 'src/b.ts': 'old', 'src/stale.ts': 's', 'test/old/x.json': '{}' });
    const snapshot = tree(out);
    expect(checkFiles(out, [file('src/a.ts', 'a'), file('src/b.ts', 'new'), file('src/new.ts', 'n')])).toEqual({ changed: ['src/b.ts', 'src/new.ts'], stale: ['src/stale.ts', 'test/old/x.json'] });
    expect(tree(out)).toEqual(snapshot);
  });

  it('reports every file as changed when the folder does not exist', () => {
    const out = path.join(tempDir(), 'missing');
    expect(checkFiles(out, [file('a.ts', 'a')])).toEqual({ changed: ['a.ts'], stale: [] });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a path outside the folder', () => {
    expect(() => checkFiles(tempDir(), [file('../x.ts', 'x')])).toThrow(/refusing/);
  });
});
