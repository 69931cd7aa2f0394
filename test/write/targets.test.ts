// Escape attempts: every one is refused before anything is written, and nothing outside the output
// folder changes, whether the path says so (`../x`) or a link on disk would take it there.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnostics } from '../../generator/diagnostics.js';
import type { OutputFile } from '../../generator/emit/emit.js';
import { unsafePath } from '../../generator/write/targets.js';
import { writeFiles } from '../../generator/write/write.js';
import { tempDir } from '../helpers/collection.js';
import { seed, tree } from '../helpers/tree.js';

const file = (p: string, content = 'x'): OutputFile => ({ path: p, content, parser: null });

describe('unsafePath', () => {
  type Case = [string, { given: string; want: RegExp | null }];
  const cases: Case[] = [
    ['a file in the folder', { given: 'README.md', want: null }],
    ['a nested file', { given: 'src/runtime/url.ts', want: null }],
    ['a dotted name that is not a parent', { given: 'test/..fixtures/a..b.json', want: null }],
    ['a parent folder', { given: '../x', want: /"\.\." segment/ }],
    ['two parents', { given: '../../x', want: /"\.\." segment/ }],
    ['an absolute path', { given: '/etc/passwd', want: /absolute/ }],
    ['a parent hidden in the middle', { given: 'a/../../x', want: /"\.\." segment/ }],
    ['a harmless .. that stays inside is refused too', { given: 'a/../b.ts', want: /"\.\." segment/ }],
    ['a Windows drive', { given: 'C:\\x', want: /backslash/ }],
    ['a drive-relative path', { given: 'C:x', want: /drive letter/ }],
    ['a backslash parent', { given: 'a\\..\\..\\x', want: /backslash/ }],
    ['a UNC path', { given: '\\\\server\\share\\x', want: /backslash/ }],
    ['the folder itself', { given: '.', want: /"\." segment/ }],
    ['an empty path', { given: '', want: /empty/ }],
    ['a doubled slash', { given: 'src//a.ts', want: /empty segment/ }],
    ['a trailing slash', { given: 'src/', want: /empty segment/ }],
    ['a NUL byte', { given: 'a\0.ts', want: /NUL/ }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    if (want === null) expect(unsafePath(given)).toBeNull();
    else expect(unsafePath(given)).toMatch(want);
  });
});

describe('writeFiles refuses every escape and writes nothing', () => {
  /** A package folder with one file, next to a folder that stands for "outside". */
  function setup() {
    const base = tempDir();
    const out = path.join(base, 'pkg');
    const outside = path.join(base, 'outside');
    seed(out, { 'postforge.names.json': '{}', 'src/a.ts': 'old a' });
    seed(outside, { 'victim.ts': 'precious' });
    return { base, out, outside };
  }

  type Case = [string, { arrange: (dirs: ReturnType<typeof setup>) => void; files: OutputFile[]; want: RegExp }];
  const cases: Case[] = [
    ['../x', { arrange: () => {}, files: [file('../outside/victim.ts')], want: /refusing to write "\.\.\/outside\/victim\.ts"/ }],
    ['an absolute path', { arrange: () => {}, files: [file('/tmp/postforge-escape.ts')], want: /absolute/ }],
    ['a/../../x', { arrange: () => {}, files: [file('a/../../outside/victim.ts')], want: /"\.\." segment/ }],
    ['C:\\x', { arrange: () => {}, files: [file('C:\\outside\\victim.ts')], want: /backslash/ }],
    [
      'a symlinked folder pointing outside',
      { arrange: ({ out, outside }) => symlinkSync(outside, path.join(out, 'test'), 'dir'), files: [file('test/victim.ts')], want: /test is a symbolic link/ },
    ],
    [
      'a symlinked folder deeper down',
      {
        arrange: ({ out, outside }) => {
          mkdirSync(path.join(out, 'test'));
          symlinkSync(outside, path.join(out, 'test', 'fixtures'), 'dir');
        },
        files: [file('test/fixtures/victim.ts')],
        want: /test\/fixtures is a symbolic link/,
      },
    ],
    [
      'a symlinked file pointing outside',
      { arrange: ({ out, outside }) => symlinkSync(path.join(outside, 'victim.ts'), path.join(out, 'README.md')), files: [file('README.md')], want: /README\.md.*symbolic link/ },
    ],
    [
      'a dangling symlink (its target would be created outside)',
      { arrange: ({ out, outside }) => symlinkSync(path.join(outside, 'new.ts'), path.join(out, 'new.ts')), files: [file('new.ts')], want: /symbolic link/ },
    ],
    ['two names that are one file on macOS and Windows', { arrange: () => {}, files: [file('src/User.ts'), file('src/user.ts')], want: /same file as src\/User\.ts/ }],
  ];
  it.each(cases)('%s', (_, { arrange, files, want }) => {
    const dirs = setup();
    arrange(dirs);
    const before = { out: tree(dirs.out), outside: tree(dirs.outside), base: tree(dirs.base) };
    const diagnostics = createDiagnostics();
    // A good file first: it must not be written either.
    expect(writeFiles(dirs.out, [file('src/a.ts', 'new a'), ...files, file('postforge.names.json', '{}')], diagnostics)).toBeNull();
    expect(diagnostics.all.map((d) => d.code)).toEqual(['PF152']);
    expect(diagnostics.all[0]!.message).toMatch(want);
    expect({ out: tree(dirs.out), outside: tree(dirs.outside), base: tree(dirs.base) }).toEqual(before);
  });

  it('follows a symlinked --out itself once: the real folder is the output', () => {
    const { base, out } = setup();
    const link = path.join(base, 'link');
    symlinkSync(out, link, 'dir');
    const diagnostics = createDiagnostics();
    expect(writeFiles(link, [file('src/a.ts', 'new a'), file('postforge.names.json', '{}')], diagnostics)?.written).toEqual(['src/a.ts']);
    expect(tree(out)).toEqual({ 'postforge.names.json': '{}', 'src/a.ts': 'new a' });
  });

  it('does not remove a link as stale, nor what it points to', () => {
    const { out, outside } = setup();
    symlinkSync(outside, path.join(out, 'linked'), 'dir');
    writeFileSync(path.join(out, 'src', 'stale.ts'), 'stale');
    const diagnostics = createDiagnostics();
    expect(writeFiles(out, [file('src/a.ts', 'old a'), file('postforge.names.json', '{}')], diagnostics)?.removed).toEqual(['src/stale.ts']);
    expect(tree(outside)).toEqual({ 'victim.ts': 'precious' });
    expect(tree(out)['linked']).toBe(`-> ${outside}`);
  });
});
