import { describe, expect, it } from 'vitest';
import { createFileScope, fileStem, MAX_FILE_NAME_BYTES } from '../../generator/plan/file-names.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('fileStem', () => {
  type Case = [string, { given: string; want: string }];
  const cases: Case[] = [
    ['kebab-case words', { given: 'v21MassUpdateRecordsLeads', want: 'v21-mass-update-records-leads' }],
    ['a leading underscore is dropped', { given: '_24hrTicker', want: '24hr-ticker' }],
    ['path separators and dots cannot appear', { given: '../../etc/passwd', want: 'etc-passwd' }],
    ['an absolute path stays inside', { given: '/abs/path', want: 'abs-path' }],
    ['a dot folder', { given: '.github/workflows', want: 'github-workflows' }],
    ['a Windows path', { given: 'C:\\x\\y', want: 'c-x-y' }],
    ['Windows device names', { given: 'CON', want: 'con_' }],
    ['a device name with a digit', { given: 'com1', want: 'com1_' }],
    ['a device name in another case', { given: 'Lpt9', want: 'lpt9_' }],
    ['not a device name', { given: 'console', want: 'console' }],
    ['reserved characters', { given: 'a<b>c:d"e|f?g*h', want: 'a-b-c-d-e-f-g-h' }],
    ['trailing dots and spaces', { given: 'name. . ', want: 'name' }],
    ['nothing usable: the fallback', { given: '🚀 !!!', want: 'request' }],
    ['Unicode letters are kept, composed', { given: 'Cafe\u0301', want: 'café' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(fileStem(given, 'request', '.json')).toBe(want);
  });

  it.each([
    ['300 ASCII characters', 'a'.repeat(300)],
    ['300 words', Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ')],
    ['100 three-byte characters', '語'.repeat(100)],
    ['100 emoji-free astral letters', '𝒜'.repeat(100)],
  ])('%s: cut to the bound with a hash, never splitting a character', (_, given) => {
    const stem = fileStem(given, 'request', '.json');
    expect(bytes(stem + '.json')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(stem).toMatch(/-[0-9a-f]{8}$/);
    expect(stem).not.toContain('\ufffd');
    expect(stem).not.toMatch(/[\ud800-\udfff]/u);
  });

  it('two long names with the same beginning stay apart', () => {
    const long = 'x'.repeat(200);
    expect(fileStem(`${long} a`, 'request', '.json')).not.toBe(fileStem(`${long} b`, 'request', '.json'));
  });
});

describe('createFileScope', () => {
  it('names that differ only in case, punctuation or Unicode normal form are one file: later ones get -2, -3', () => {
    const scope = createFileScope();
    const names = ['getUser', 'get_user', 'GET USER', 'Caf\u00e9', 'Cafe\u0301', 'CAFÉ'].map((n) => scope.claim(n, 'request', '.json'));
    expect(names).toEqual(['get-user.json', 'get-user-2.json', 'get-user-3.json', 'café.json', 'café-2.json', 'café-3.json']);
  });

  it('a suffixed long name is still bounded and unique', () => {
    const scope = createFileScope();
    const long = 'y'.repeat(300);
    const names = [long, long, long].map((n) => scope.claim(n, 'request', '.json'));
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
  });

  it('reserved names are not given out', () => {
    expect(createFileScope(['_requests.ts']).claim('_requests', 'folder', '.ts')).toBe('requests.ts');
  });
});
