import { describe, expect, it } from 'vitest';
import { renderDocComment } from '../../generator/infer/doc-comment.js';

describe('renderDocComment', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['one line', { given: 'Format: date', want: '/** Format: date */' }],
    ['comment ends escaped', { given: 'a */ b', want: '/** a *\\/ b */' }],
    ['several lines, each escaped and indented', { given: 'one\r\n*/two\n\nthree', want: '/**\n   * one\n   * *\\/two\n   *\n   * three\n   */' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(renderDocComment(given, '  ')).toBe(want);
  });
});
