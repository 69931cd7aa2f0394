// The helpers that judge generated names and code must themselves be able to say no.
import { describe, expect, it } from 'vitest';
import { identifiersIn, invalidIdentifiers, syntaxErrors } from './typescript.js';

describe('invalidIdentifiers', () => {
  type Case = [string, { given: string; want: boolean }];
  const cases: Case[] = [
    ['a plain name', { given: 'updateRecordsLeads', want: true }],
    ['non-ASCII letters', { given: 'usuário', want: true }],
    ['a leading underscore and digit', { given: '_24hrTicker', want: true }],
    ['a reserved word', { given: 'class', want: false }],
    ['a strict-mode reserved word', { given: 'let', want: false }],
    ['another strict-mode reserved word', { given: 'implements', want: false }],
    ['a leading digit', { given: '24hrTicker', want: false }],
    ['a hyphen', { given: 'a-b', want: false }],
    ['a space', { given: 'a b', want: false }],
    ['empty', { given: '', want: false }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(invalidIdentifiers([given]).length === 0).toBe(want);
  });

  it('judges type names too', () => {
    expect(invalidIdentifiers(['24hrTickerParams'], 'type')).not.toEqual([]);
    expect(invalidIdentifiers(['_24hrTickerParams'], 'type')).toEqual([]);
  });
});

describe('syntaxErrors', () => {
  it('reports a syntax error with its line', () => {
    expect(syntaxErrors({ '/a.ts': 'const a = 1;\nconst b = ;\n' })).toMatchObject([{ file: '/a.ts', line: 2 }]);
  });
  it('reports nothing for valid code that uses undeclared globals', () => {
    expect(syntaxErrors({ '/a.ts': 'export const a: Array<string> = [];\nconsole.log(a);\n' })).toEqual([]);
  });
});

describe('identifiersIn', () => {
  it('finds identifiers in code, not in comments, strings or templates', () => {
    const code = '/* console */ // console\nconst s = "console"; const t = `console ${x}`; foo.bar();';
    expect(identifiersIn(code)).toEqual(['s', 't', 'x', 'foo', 'bar']);
  });
});
