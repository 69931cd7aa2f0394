// The output folder itself: postforge writes only into a folder that is missing, empty, or marked as
// its own by postforge.names.json, so pointing --out at a real folder never deletes its files as stale.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDiagnostics } from '../../generator/diagnostics.js';
import type { OutputFile } from '../../generator/emit/emit.js';
import { writeFiles } from '../../generator/write/write.js';
import { tempDir } from '../helpers/collection.js';
import { seed, tree } from '../helpers/tree.js';

const files: OutputFile[] = [
  { path: 'src/a.ts', content: 'a', parser: null },
  { path: 'postforge.names.json', content: '{}', parser: null },
];

describe('the output folder', () => {
  type Case = [string, { arrange: (base: string) => string; code: string | null; want?: RegExp }];
  const cases: Case[] = [
    ['missing: created', { arrange: (base) => path.join(base, 'a', 'b'), code: null }],
    ['empty: used', { arrange: (base) => base, code: null }],
    [
      'a previous package (has postforge.names.json): used',
      {
        arrange: (base) => {
          seed(base, { 'postforge.names.json': '{}', 'src/old.ts': 'stale' });
          return base;
        },
        code: null,
      },
    ],
    [
      'a file: refused',
      {
        arrange: (base) => {
          writeFileSync(path.join(base, 'out'), 'a file');
          return path.join(base, 'out');
        },
        code: 'PF150',
        want: /is a file/,
      },
    ],
    [
      'a folder of the user\'s (`--out .`): refused, nothing removed',
      {
        arrange: (base) => {
          seed(base, { 'package.json': '{}', 'src/index.ts': 'mine', '.git/HEAD': 'ref' });
          return base;
        },
        code: 'PF151',
        want: /holds files postforge did not write \(\.git, package\.json, src\) and no postforge\.names\.json/,
      },
    ],
    [
      'only node_modules/: refused (not postforge\'s either)',
      {
        arrange: (base) => {
          seed(base, { 'node_modules/x/index.js': 'x' });
          return base;
        },
        code: 'PF151',
      },
    ],
    [
      'a marker that is a folder: refused',
      {
        arrange: (base) => {
          mkdirSync(path.join(base, 'postforge.names.json'));
          seed(base, { 'notes.txt': 'mine' });
          return base;
        },
        code: 'PF151',
      },
    ],
    [
      'a marker that is a link: refused',
      {
        arrange: (base) => {
          seed(base, { 'notes.txt': 'mine', '../elsewhere.json': '{}' });
          symlinkSync(path.join(base, '..', 'elsewhere.json'), path.join(base, 'postforge.names.json'));
          return base;
        },
        code: 'PF151',
      },
    ],
  ];
  it.each(cases)('%s', (_, { arrange, code, want }) => {
    const base = path.join(tempDir(), 'base');
    mkdirSync(base);
    const out = arrange(base);
    const before = tree(path.dirname(base));
    const diagnostics = createDiagnostics();
    const result = writeFiles(out, files, diagnostics);
    expect(diagnostics.all.map((d) => d.code)).toEqual(code === null ? [] : [code]);
    if (want) expect(diagnostics.all[0]!.message).toMatch(want);
    if (code === null) {
      expect(result).not.toBeNull();
      expect(tree(out)).toEqual({ 'src/a.ts': 'a', 'postforge.names.json': '{}' });
    } else {
      expect(result).toBeNull();
      expect(tree(path.dirname(base))).toEqual(before);
    }
  });
});
