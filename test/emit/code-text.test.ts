import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { docText, endpointDoc, literal, propertyKey } from '../../generator/emit/code-text.js';

/** What TypeScript reads as the name of the one property of `({ <key>: 1 })`. */
function parsedKey(key: string): string | undefined {
  const file = ts.createSourceFile('/k.ts', `export const o = { ${key}: 1 };`, ts.ScriptTarget.ES2022, true);
  const statement = file.statements[0];
  if (!statement || !ts.isVariableStatement(statement)) return undefined;
  const init = statement.declarationList.declarations[0]?.initializer;
  if (!init || !ts.isObjectLiteralExpression(init) || init.properties.length !== 1) return undefined;
  const name = init.properties[0]!.name;
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/** The text of the one JSDoc comment before `export const a = 1;`, and what follows it. */
function parsedDoc(text: string): { comment: string; statements: number } {
  const source = `/** ${text} */\nexport const a = 1;\n`;
  const file = ts.createSourceFile('/d.ts', source, ts.ScriptTarget.ES2022, true);
  const ranges = ts.getLeadingCommentRanges(source, 0) ?? [];
  return { comment: ranges.map((r) => source.slice(r.pos, r.end)).join('|'), statements: file.statements.length };
}

describe('propertyKey', () => {
  const keys = ['id', 'Last_Name', '$ref', 'usuário', 'Content-Type', '1abc', '', 'a b', 'a"b', "it's", 'x\\y', '*/', '__proto__', 'a\nb', 'class'];
  it.each(keys)('%j reads back as the same key', (key) => {
    expect(parsedKey(propertyKey(key))).toBe(key);
  });

  type Case = [string, { given: string; want: string }];
  const quoting: Case[] = [
    ['an identifier stays bare', { given: 'Last_Name', want: 'Last_Name' }],
    ['a hyphenated header name is quoted', { given: 'Content-Type', want: '"Content-Type"' }],
    ['a leading digit is quoted', { given: '24hr', want: '"24hr"' }],
  ];
  it.each(quoting)('%s', (_, { given, want }) => {
    expect(propertyKey(given)).toBe(want);
  });
});

describe('docText', () => {
  type Case = [string, { given: string; want: string }];
  const cases: Case[] = [
    ['escapes */', { given: 'ends here */ not', want: 'ends here *\\/ not' }],
    ['escapes every */', { given: '*/*/', want: '*\\/*\\/' }],
    ['normalises line endings', { given: 'a\r\nb\rc', want: 'a\nb\nc' }],
    ['trims', { given: '  text \n', want: 'text' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(docText(given)).toBe(want);
  });

  it.each(['*/ console.log("pwned") /*', 'a */ b */ c', '**/', 'x*/'])('%j cannot end the comment early', (text) => {
    const { comment, statements } = parsedDoc(docText(text));
    expect(statements).toBe(1);
    expect(comment.startsWith('/**') && comment.endsWith('*/')).toBe(true);
    expect(comment).toContain(docText(text));
  });
});

describe('literal', () => {
  it.each(['plain', 'a"; process.exit(1); //', "it's", '\u2028line separator', '</script>', '${x}'])('%j evaluates back to itself', (value) => {
    const file = ts.createSourceFile('/l.ts', `export const v = ${literal(value)};`, ts.ScriptTarget.ES2022, true);
    const statement = file.statements[0] as ts.VariableStatement;
    const init = statement.declarationList.declarations[0]!.initializer!;
    expect(ts.isStringLiteral(init) ? init.text : null).toBe(value);
    expect(file.statements).toHaveLength(1);
  });
});

describe('endpointDoc', () => {
  it('description, then method and path, then the item path, each escaped', () => {
    expect(endpointDoc('Updates */ leads', 'PUT', '/crm/v2/Leads/{record-id}', ['V2', 'Records */ API', 'Leads'])).toBe(
      'Updates *\\/ leads\n\n`PUT /crm/v2/Leads/{record-id}`\n\nPostman: V2 / Records *\\/ API / Leads',
    );
  });
  it('leaves the description out when there is none', () => {
    expect(endpointDoc(null, 'GET', '/a', ['A'])).toBe('`GET /a`\n\nPostman: A');
  });
});
