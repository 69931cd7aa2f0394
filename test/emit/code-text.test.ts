import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { Project, StructureKind } from 'ts-morph';
import { accessChain, docComment, docLine, docText, endpointDoc, identifier, literal, member, propertyKey } from '../../generator/emit/code-text.js';

/** What TypeScript reads as the name of the one property of `({ <key>: 1 })`. */
function parsedKey(key: string): string | undefined {
  const file = ts.createSourceFile('/k.ts', `export const o = { ${key}: 1 };`, ts.ScriptTarget.ES2022, true);
  const statement = file.statements[0];
  if (!statement || !ts.isVariableStatement(statement)) return undefined;
  const init = statement.declarationList.declarations[0]?.initializer;
  if (!init || !ts.isObjectLiteralExpression(init) || init.properties.length !== 1) return undefined;
  const name = init.properties[0]!.name;
  if (name && ts.isComputedPropertyName(name) && ts.isStringLiteral(name.expression)) return name.expression.text;
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
  const keys = ['id', 'Last_Name', '$ref', 'usuário', 'Content-Type', '1abc', '', 'a b', 'a"b', "it's", 'x\\y', '*/', '__proto__', 'a\nb', 'class', 'areaM²', 'a\u2028b', 'x\u202ey', 'zw\u200dj', '\\u0061', '${x}', '`t`'];
  it.each(keys)('%j reads back as the same key', (key) => {
    expect(parsedKey(propertyKey(key))).toBe(key);
  });

  type Case = [string, { given: string; want: string }];
  const quoting: Case[] = [
    ['an identifier stays bare', { given: 'Last_Name', want: 'Last_Name' }],
    ['a hyphenated header name is quoted', { given: 'Content-Type', want: '"Content-Type"' }],
    ['a leading digit is quoted', { given: '24hr', want: '"24hr"' }],
    ['a superscript is not an identifier character: quoted', { given: 'areaM²', want: '"areaM²"' }],
    ['Unicode letters stay bare', { given: 'usuário', want: 'usuário' }],
    ['an invisible joiner is quoted and escaped, so the key reads as it is', { given: 'a\u200db', want: '"a\\u200db"' }],
    ['`__proto__` is computed: as a plain key it would set the prototype', { given: '__proto__', want: '["__proto__"]' }],
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
    ['line and paragraph separators and NEL are line breaks', { given: 'a\u2028b\u2029c\u0085d', want: 'a\nb\nc\nd' }],
    ['bidi overrides and isolates are shown, not obeyed', { given: 'admin\u202e\u2066x', want: 'admin\\u202e\\u2066x' }],
    ['NUL and other controls are shown', { given: 'a\u0000b\u001bc', want: 'a\\u0000b\\u001bc' }],
    ['zero-width characters are shown', { given: 'a\u200bb\ufeff', want: 'a\\u200bb\\ufeff' }],
    ['`</script` and `<!--` cannot close a script in HTML', { given: '</script><!-- </p>', want: '<\\/script><\\!-- </p>' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(docText(given)).toBe(want);
  });

  it.each(['*/ console.log("pwned") /*', 'a */ b */ c', '**/', 'x*/', '*\u2028/', '*\r/', '\u2028*/ x'])('%j cannot end the comment early', (text) => {
    const { comment, statements } = parsedDoc(docText(text));
    expect(statements).toBe(1);
    expect(comment.startsWith('/**') && comment.endsWith('*/')).toBe(true);
    expect(comment).toContain(docText(text));
  });
});

describe('literal', () => {
  const values = ['plain', 'a"; process.exit(1); //', "it's", '\u2028line separator\u2029', '</script>', '<!-- x', '${x}', '`t`', 'nul\u0000', '\u202eoverride\u202c', '\u2066isolate\u2069', 'lone \ud800 surrogate', 'del\u007f', '\\'];
  it.each(values)('%j evaluates back to itself', (value) => {
    const file = ts.createSourceFile('/l.ts', `export const v = ${literal(value)};`, ts.ScriptTarget.ES2022, true);
    const statement = file.statements[0] as ts.VariableStatement;
    const init = statement.declarationList.declarations[0]!.initializer!;
    expect(ts.isStringLiteral(init) ? init.text : null).toBe(value);
    expect(file.statements).toHaveLength(1);
  });

  it.each(values)('%j: the literal text holds no line break, bidi control, invisible character or `</`', (value) => {
    expect(literal(value)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|<\/|<!/u);
  });

  it('keys ending in a backslash survive ts-morph\'s writer, which tracks strings by the previous character only', () => {
    const keys = [' 2V\\e(}6EO*/..\\', '*/ p(); /*t|6|', "v'3'; g = 1; '", 'b\\\\', '// z'];
    const project = new Project({ useInMemoryFileSystem: true });
    const type = `{ ${keys.map((k) => `${propertyKey(k)}: 1`).join('; ')} }`;
    const text = project.createSourceFile('/w.ts', { statements: [{ kind: StructureKind.Interface, name: 'W', properties: [{ name: 'p', type }, { name: 'q', hasQuestionToken: true, type: 'number' }] }] }).getFullText();
    const file = ts.createSourceFile('/w.ts', text, ts.ScriptTarget.ES2022, true);
    const outer = (file.statements[0] as ts.InterfaceDeclaration).members[0] as ts.PropertySignature;
    const names = (outer.type as ts.TypeLiteralNode).members.map((m) => (m.name as ts.StringLiteral).text);
    expect(names).toEqual(keys);
    expect((file.statements[0] as ts.InterfaceDeclaration).members.map((m) => m.name?.getText(file))).toEqual(['p', 'q']);
  });

  it('objects and arrays keep their structure', () => {
    const value = { a: ['\u2028', { '</script>': 1 }], b: null };
    expect(JSON.parse(literal(value))).toEqual(value);
  });
});

describe('docComment', () => {
  const cases: Array<[string, { given: string; want: string }]> = [
    ['one line', { given: 'Format: date', want: '/** Format: date */' }],
    ['comment ends escaped', { given: 'a */ b', want: '/** a *\\/ b */' }],
    ['several lines, each escaped and indented', { given: 'one\r\n*/two\n\nthree', want: '/**\n   * one\n   * *\\/two\n   *\n   * three\n   */' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(docComment(given, '  ')).toBe(want);
  });

  it.each(['*/ globalThis.PWNED = 1 /*', 'a\u2028*/ b', 'x\n*/\ny'])('%j stays one comment before the statement', (text) => {
    const source = `${docComment(text)}\nexport const a = 1;\n`;
    const file = ts.createSourceFile('/d.ts', source, ts.ScriptTarget.ES2022, true);
    expect(file.statements).toHaveLength(1);
    expect((ts.getLeadingCommentRanges(source, 0) ?? []).map((r) => source.slice(r.pos, r.end))).toEqual([docComment(text)]);
  });

  it('docLine puts the text on one line', () => {
    expect(docLine('a\n\nb\u2028c')).toBe('a b c');
  });
});

describe('accessChain and identifier', () => {
  type Case = [string, { given: [string, string[]]; want: string }];
  const cases: Case[] = [
    ['identifiers: dots', { given: ['client', ['v2', 'recordsApi', 'leads']], want: 'client.v2.recordsApi.leads' }],
    ['anything else: brackets with a literal', { given: ['client', ['a-b', '1x', 'c d', '"q']], want: 'client["a-b"]["1x"]["c d"]["\\"q"]' }],
    ['reserved words are fine as properties', { given: ['client', ['class', 'delete']], want: 'client.class.delete' }],
  ];
  it.each(cases)('%s', (_, { given, want }) => {
    expect(accessChain(...given)).toBe(want);
  });

  it('reads back as the same property path', () => {
    const keys = ['ok', 'a-b', '__proto__', '*/x', 'a\u2028b'];
    const file = ts.createSourceFile('/a.ts', `${accessChain('client', keys)};`, ts.ScriptTarget.ES2022, true);
    const path: string[] = [];
    let node = (file.statements[0] as ts.ExpressionStatement).expression;
    while (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      path.unshift(ts.isPropertyAccessExpression(node) ? node.name.text : (node.argumentExpression as ts.StringLiteral).text);
      node = node.expression;
    }
    expect(path).toEqual(keys);
  });

  it.each(['a-b', 'class', '', '1a', 'areaM²'])('identifier(%j) refuses a name the plan should never have made', (name) => {
    expect(() => identifier(name)).toThrow(/internal/);
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

describe('member', () => {
  it.each([
    ['a required member', { given: ['id', false, 'string'] as const, want: 'id: string' }],
    ['an optional member', { given: ['x-y', true, 'number'] as const, want: '"x-y"?: number' }],
    ['an optional member named like one of Object\'s also admits the inherited type', { given: ['constructor', true, 'string'] as const, want: 'constructor?: string | Object["constructor"]' }],
    ['a required one does not', { given: ['toString', false, 'string'] as const, want: 'toString: string' }],
  ])('%s', (_, { given, want }) => {
    expect(member(given[0], given[1], given[2])).toBe(want);
  });
});
