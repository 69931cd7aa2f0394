// A failure in the middle of a write (disk full, a rename refused, a name too long) leaves the output
// folder byte for byte as it was: replaced files restored, new files and folders gone, stale files kept.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnostics } from '../../generator/diagnostics.js';
import type { OutputFile } from '../../generator/emit/emit.js';
import { nodeIo, type WriteIo } from '../../generator/write/transaction.js';
import { writeFiles } from '../../generator/write/write.js';
import { tempDir } from '../helpers/collection.js';
import { folders, seed, tree } from '../helpers/tree.js';

const file = (p: string, content: string): OutputFile => ({ path: p, content, parser: null });

/** The real file system, except that `method` throws `code` from its `nth` call on (only that call unless `always`). */
function failing(method: keyof WriteIo, nth: number, code: string, always = false): WriteIo {
  let calls = 0;
  const io = { ...nodeIo };
  const real = nodeIo[method] as (...args: unknown[]) => unknown;
  (io as Record<string, unknown>)[method] = (...args: unknown[]) => {
    calls++;
    if (calls === nth || (always && calls > nth)) throw Object.assign(new Error(`${code}: injected, ${method} ${String(args[0])}`), { code });
    return real(...args);
  };
  return io;
}

/** A previous package: some files the new run changes, one it keeps, one it finds stale. */
const BEFORE = {
  'postforge.names.json': '{"v":1}',
  'src/a.ts': 'old a',
  'src/b.ts': 'old b',
  'src/same.ts': 'same',
  'test/fixtures/stale.json': '{"stale":true}',
};
/** The new run: two replacements, two new files (one in a new folder), one unchanged. */
const NEXT = [
  file('postforge.names.json', '{"v":2}'),
  file('src/a.ts', 'new a'),
  file('src/b.ts', 'new b'),
  file('src/same.ts', 'same'),
  file('src/new.ts', 'new'),
  file('src/deep/er/c.ts', 'c'),
];

describe('a failure mid-write leaves the folder as it was', () => {
  type Case = [string, { io: WriteIo; want: RegExp }];
  const cases: Case[] = [
    ['disk full on the third temporary file', { io: failing('writeNew', 3, 'ENOSPC'), want: /^src\/b\.ts cannot be written \(ENOSPC: .*\): nothing was written; the folder is as it was$/ }],
    ['a folder cannot be created', { io: failing('mkdir', 5, 'EACCES'), want: /^src\/deep\/er\/c\.ts cannot be written \(EACCES/ }],
    ['a backup of a replaced file cannot be made', { io: failing('keep', 2, 'EIO'), want: /^src\/a\.ts cannot be written \(EIO/ }],
    ['the second rename into place fails (the first is undone)', { io: failing('rename', 2, 'EBUSY'), want: /^src\/a\.ts cannot be written \(EBUSY/ }],
    ['the last rename into place fails', { io: failing('rename', 5, 'EXDEV'), want: /^src\/deep\/er\/c\.ts cannot be written \(EXDEV/ }],
    ['a stale file cannot be moved aside (every write is undone)', { io: failing('rename', 6, 'EPERM'), want: /^test\/fixtures\/stale\.json cannot be written \(EPERM/ }],
  ];
  it.each(cases)('%s', (_, { io, want }) => {
    const out = tempDir();
    seed(out, BEFORE);
    const before = { files: tree(out), folders: folders(out) };
    const diagnostics = createDiagnostics();
    expect(writeFiles(out, NEXT, diagnostics, io)).toBeNull();
    expect(diagnostics.all.map((d) => d.code)).toEqual(['PF108']);
    expect(diagnostics.all[0]!.message).toMatch(want);
    expect({ files: tree(out), folders: folders(out) }).toEqual(before);
  });

  it('the same run without a failure writes everything (so the cases above do fail mid-write)', () => {
    const out = tempDir();
    seed(out, BEFORE);
    const diagnostics = createDiagnostics();
    expect(writeFiles(out, NEXT, diagnostics)).toEqual({
      written: ['postforge.names.json', 'src/a.ts', 'src/b.ts', 'src/new.ts', 'src/deep/er/c.ts'],
      unchanged: ['src/same.ts'],
      removed: ['test/fixtures/stale.json'],
    });
    expect(tree(out)).toEqual({ 'postforge.names.json': '{"v":2}', 'src/a.ts': 'new a', 'src/b.ts': 'new b', 'src/same.ts': 'same', 'src/new.ts': 'new', 'src/deep/er/c.ts': 'c' });
  });

  it('a backup that cannot be deleted afterwards is a warning (PF153): the package is written', () => {
    const out = tempDir();
    seed(out, BEFORE);
    const diagnostics = createDiagnostics();
    expect(writeFiles(out, NEXT, diagnostics, failing('unlink', 1, 'EBUSY'))).not.toBeNull();
    expect(diagnostics.all.map((d) => [d.code, d.severity])).toEqual([['PF153', 'warning']]);
    const left = Object.keys(tree(out)).filter((f) => f.includes('.postforge-'));
    expect(left).toHaveLength(1);
    expect(diagnostics.all[0]!.message).toContain(path.basename(left[0]!));
    expect(tree(out)['src/a.ts']).toBe('new a');
  });

  it('when even the undo fails, the message says so and the original bytes are kept', () => {
    const out = tempDir();
    seed(out, BEFORE);
    const diagnostics = createDiagnostics();
    // The first rename replaces postforge.names.json; every rename after it fails, the undo's too.
    expect(writeFiles(out, NEXT, diagnostics, failing('rename', 2, 'EIO', true))).toBeNull();
    const message = diagnostics.all[0]!.message;
    const kept = /could not restore .*postforge\.names\.json \(the original is kept as (\S+)\)/.exec(message)?.[1];
    expect(kept).toBeDefined();
    expect(readFileSync(kept!, 'utf8')).toBe('{"v":1}');
    expect(tree(out)['src/a.ts']).toBe('old a');
  });
});

describe('failures from the file system itself, before anything is written', () => {
  type Case = [string, { arrange: (out: string) => void; files: OutputFile[]; want: RegExp }];
  const cases: Case[] = [
    [
      'a target whose parent folder is a file',
      { arrange: (out) => writeFileSync(path.join(out, 'test', 'fixtures.json'), 'a file'), files: [...NEXT, file('test/fixtures.json/x.json', '{}')], want: /test\/fixtures\.json is a file, not a folder/ },
    ],
    ['a file name longer than the file system allows', { arrange: () => {}, files: [...NEXT, file(`test/${'x'.repeat(300)}.json`, '{}')], want: /ENAMETOOLONG/ }],
    ['a folder where a file goes', { arrange: (out) => seed(out, { 'src/new.ts/inner.ts': 'x' }), files: NEXT, want: /src\/new\.ts cannot be written: a folder of that name is in the way/ }],
  ];
  it.each(cases)('%s', (_, { arrange, files, want }) => {
    const out = tempDir();
    seed(out, BEFORE);
    arrange(out);
    const before = { files: tree(out), folders: folders(out) };
    const diagnostics = createDiagnostics();
    expect(writeFiles(out, files, diagnostics)).toBeNull();
    expect(diagnostics.all.map((d) => d.code)).toEqual(['PF108']);
    expect(diagnostics.all[0]!.message).toMatch(want);
    expect({ files: tree(out), folders: folders(out) }).toEqual(before);
  });
});
