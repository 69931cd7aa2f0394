import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnostics } from '../../generator/diagnostics.js';
import type { OutputFile } from '../../generator/emit/emit.js';
import { checkFiles, writeFiles } from '../../generator/write/write.js';
import { tempDir } from '../helpers/collection.js';
import { seed, tree } from '../helpers/tree.js';

const file = (p: string, content: string): OutputFile => ({ path: p, content, parser: 'typescript' });
/** The marker that makes a folder postforge's (see out-folder.test.ts). */
const MARKER = { 'postforge.names.json': '{}' };

function write(out: string, files: OutputFile[]) {
  const diagnostics = createDiagnostics();
  return {
    result: writeFiles(out, files, diagnostics),
    codes: diagnostics.all.map((d) => d.code),
    messages: diagnostics.all.map((d) => d.message),
  };
}

function check(out: string, files: OutputFile[]) {
  const diagnostics = createDiagnostics();
  return { result: checkFiles(out, files, diagnostics), codes: diagnostics.all.map((d) => d.code) };
}

describe('writeFiles', () => {
  it('writes every file into a folder that does not exist yet, creating subfolders', () => {
    const out = path.join(tempDir(), 'pkg');
    const { result, codes } = write(out, [
      file('src/a.ts', 'a'),
      file('test/fixtures/x.json', '{}'),
      file('README.md', '# r'),
    ]);
    expect(codes).toEqual([]);
    expect(result).toEqual({ written: ['src/a.ts', 'test/fixtures/x.json', 'README.md'], unchanged: [], removed: [] });
    expect(tree(out)).toEqual({ 'src/a.ts': 'a', 'test/fixtures/x.json': '{}', 'README.md': '# r' });
  });

  it('writes only the files whose bytes changed, and reports the others unchanged', () => {
    const out = tempDir();
    seed(out, { ...MARKER, 'src/a.ts': 'a', 'src/b.ts': 'old b' });
    const before = statSync(path.join(out, 'src/a.ts')).mtimeMs;
    const { result } = write(out, [
      file('postforge.names.json', '{}'),
      file('src/a.ts', 'a'),
      file('src/b.ts', 'new b'),
      file('src/c.ts', 'c'),
    ]);
    expect(result).toEqual({
      written: ['src/b.ts', 'src/c.ts'],
      unchanged: ['postforge.names.json', 'src/a.ts'],
      removed: [],
    });
    expect(statSync(path.join(out, 'src/a.ts')).mtimeMs).toBe(before);
    expect(tree(out)).toEqual({ ...MARKER, 'src/a.ts': 'a', 'src/b.ts': 'new b', 'src/c.ts': 'c' });
  });

  it('compares bytes, not decoded text: a file with invalid UTF-8 is rewritten', () => {
    const out = tempDir();
    seed(out, MARKER);
    writeFileSync(path.join(out, 'a.txt'), Buffer.from([0xff]));
    expect(write(out, [file('postforge.names.json', '{}'), file('a.txt', '\ufffd')]).result?.written).toEqual([
      'a.txt',
    ]);
  });

  it('removes stale files and the folders they leave empty, never node_modules/ nor the tarball npm pack left', () => {
    const out = tempDir();
    seed(out, {
      ...MARKER,
      'src/a.ts': 'a',
      'src/old.ts': 'stale',
      'src/old.tgz': 'stale',
      'test/fixtures/gone.json': '{}',
      'node_modules/dep/index.js': 'dep',
      'tiny-0.1.0.tgz': 'packed',
    });
    const { result } = write(out, [file('postforge.names.json', '{}'), file('src/a.ts', 'a')]);
    expect(result?.removed).toEqual(['src/old.tgz', 'src/old.ts', 'test/fixtures/gone.json']);
    expect(tree(out)).toEqual({
      ...MARKER,
      'src/a.ts': 'a',
      'node_modules/dep/index.js': 'dep',
      'tiny-0.1.0.tgz': 'packed',
    });
    expect(existsSync(path.join(out, 'test'))).toBe(false);
  });

  it("never touches the package's dot-files and dot-folders: a repository of its own (.git/) survives regeneration", () => {
    const out = tempDir();
    seed(out, {
      ...MARKER,
      'src/old.ts': 'stale',
      '.git/HEAD': 'ref: refs/heads/main',
      '.npmrc': 'x',
      '.github/ci.yml': 'on: push',
      // A temporary a crashed write left is postforge's own: stale.
      '.postforge-123-1.tmp': 'half',
    });
    mkdirSync(path.join(out, '.git', 'refs', 'tags'), { recursive: true });
    const { result } = write(out, [file('postforge.names.json', '{}'), file('src/a.ts', 'a')]);
    expect(result?.removed).toEqual(['.postforge-123-1.tmp', 'src/old.ts']);
    expect(tree(out)).toMatchObject({ '.git/HEAD': 'ref: refs/heads/main', '.npmrc': 'x', '.github/ci.yml': 'on: push' });
    // Empty folders inside .git/ are git's: not pruned either.
    expect(existsSync(path.join(out, '.git', 'refs', 'tags'))).toBe(true);
    expect(check(out, [file('postforge.names.json', '{}'), file('src/a.ts', 'a')]).result).toEqual({ changed: [], stale: [] });
  });

  it('owns dist/ like any other folder: built files are written, and ones the build no longer makes are stale', () => {
    const out = tempDir();
    seed(out, { ...MARKER, 'dist/esm/index.js': 'old build', 'dist/esm/gone.js': 'stale', 'dist/old/x.d.ts': 'stale' });
    const { result } = write(out, [
      file('postforge.names.json', '{}'),
      file('dist/esm/index.js', 'new build'),
      file('dist/cjs/index.js', 'cjs'),
    ]);
    expect(result?.written).toEqual(['dist/esm/index.js', 'dist/cjs/index.js']);
    expect(result?.removed).toEqual(['dist/esm/gone.js', 'dist/old/x.d.ts']);
    expect(tree(out)).toEqual({ ...MARKER, 'dist/esm/index.js': 'new build', 'dist/cjs/index.js': 'cjs' });
    expect(existsSync(path.join(out, 'dist', 'old'))).toBe(false);
  });

  it('leaves no temporary or backup files behind', () => {
    const out = tempDir();
    write(out, [file('a.ts', 'a'), file('b/c.ts', 'c'), file('postforge.names.json', '{}')]);
    write(out, [file('a.ts', 'a2'), file('b/c.ts', 'c2'), file('postforge.names.json', '{}')]);
    expect(tree(out)).toEqual({ 'a.ts': 'a2', 'b/c.ts': 'c2', ...MARKER });
  });
});

describe('checkFiles', () => {
  it('reports nothing when the folder matches', () => {
    const out = tempDir();
    seed(out, { ...MARKER, 'src/a.ts': 'a', 'node_modules/x.js': 'x', 'dist/a.js': 'a', 'tiny-0.1.0.tgz': 'packed' });
    expect(check(out, [file('postforge.names.json', '{}'), file('src/a.ts', 'a'), file('dist/a.js', 'a')])).toEqual({
      result: { changed: [], stale: [] },
      codes: [],
    });
  });

  it('reports changed, missing and stale files (built ones too), and writes nothing', () => {
    const out = tempDir();
    seed(out, {
      ...MARKER,
      'src/a.ts': 'a',
      'src/b.ts': 'old',
      'src/stale.ts': 's',
      'test/old/x.json': '{}',
      'dist/esm/a.js': 'drifted',
      'dist/esm/stale.js': 's',
    });
    const snapshot = tree(out);
    const files = [
      file('postforge.names.json', '{}'),
      file('src/a.ts', 'a'),
      file('src/b.ts', 'new'),
      file('src/new.ts', 'n'),
      file('dist/esm/a.js', 'built'),
    ];
    expect(check(out, files).result).toEqual({
      changed: ['src/b.ts', 'src/new.ts', 'dist/esm/a.js'],
      stale: ['dist/esm/stale.js', 'src/stale.ts', 'test/old/x.json'],
    });
    expect(tree(out)).toEqual(snapshot);
  });

  it('reports every file as changed when the folder does not exist', () => {
    const out = path.join(tempDir(), 'missing');
    expect(check(out, [file('a.ts', 'a')]).result).toEqual({ changed: ['a.ts'], stale: [] });
    expect(existsSync(out)).toBe(false);
  });

  it('refuses what writeFiles refuses: a path outside the folder, a folder postforge does not own', () => {
    expect(check(tempDir(), [file('../x.ts', 'x')])).toEqual({ result: null, codes: ['PF152'] });
    const foreign = tempDir();
    seed(foreign, { 'notes.txt': 'mine' });
    expect(check(foreign, [file('a.ts', 'a')])).toEqual({ result: null, codes: ['PF151'] });
  });
});
