// The TypeScript compiler as the judge of generated names and code: no regex of ours decides validity.
import ts from 'typescript';

const OPTIONS: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, noLib: true, types: [], strict: true, noEmit: true };

/**
 * Compiles `files` (name -> source) together, without the standard library, and returns the
 * syntactic and binder diagnostics (strict-mode reserved words are binder errors); type errors
 * from the missing library are left out.
 */
export function syntaxErrors(files: Record<string, string>): Array<{ file: string; line: number; message: string }> {
  const sources = new Map(Object.entries(files).map(([name, text]) => [name, ts.createSourceFile(name, text, OPTIONS.target!, true)]));
  const host: ts.CompilerHost = {
    getSourceFile: (name) => sources.get(name),
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (f) => sources.has(f),
    readFile: (f) => sources.get(f)?.text,
  };
  const program = ts.createProgram([...sources.keys()], OPTIONS, host);
  // 1xxx: syntax, and the binder's strict-mode errors (`let` as a name); 2xxx and up: type errors.
  const bindOrSyntax = (d: ts.Diagnostic) => d.code < 2000;
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics().filter(bindOrSyntax)].map((d) => ({
    file: d.file?.fileName ?? '',
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  }));
}

/** Names that TypeScript does not accept as `kind` declarations in a module (strict mode), with the reason. */
export function invalidIdentifiers(names: readonly string[], kind: 'function' | 'type' = 'function'): Array<{ name: string; message: string }> {
  const line = (name: string) => (kind === 'function' ? `export function ${name}() {}` : `export type ${name} = { a: 1 };`);
  const text = names.map(line).join('\n');
  const errors = syntaxErrors({ '/names.ts': text });
  const declared = declaredNames(text);
  return [
    ...errors.map((e) => ({ name: names[e.line - 1] ?? '?', message: e.message })),
    // A name TypeScript read as something else (e.g. two tokens) is not the identifier we asked for.
    ...names.filter((name, i) => declared[i] !== name).map((name) => ({ name, message: `declared as ${JSON.stringify(declared[names.indexOf(name)])}` })),
  ];
}

function declaredNames(text: string): Array<string | undefined> {
  const file = ts.createSourceFile('/names.ts', text, ts.ScriptTarget.ES2022, true);
  return file.statements.map((s) => (ts.isFunctionDeclaration(s) || ts.isTypeAliasDeclaration(s) ? s.name?.text : undefined));
}

/** Every identifier in the syntax tree of `code`: names in comments, strings and templates are not identifiers. */
export function identifiersIn(code: string, fileName = '/file.ts'): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true));
  return out;
}
