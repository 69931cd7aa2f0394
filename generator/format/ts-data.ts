// The big data literals of a TypeScript file (saved examples, endpoint specs), printed without
// prettier: prettier formats the file with each literal swapped for a one-entry placeholder object,
// and data-text.ts prints the entries in its place. A literal prettier would lay out otherwise (it
// holds anything but plain data, or sits where its entries are not one level in) keeps its text,
// and prettier formats it as usual.
import ts from 'typescript';
import { printObjectEntries, type DataStyle } from './data-text.js';

/** The file prettier is to format, and how to put the data back into what prettier returns. */
export interface DataSkeleton {
  text: string;
  /** The formatted file with the data in place; undefined if prettier moved a placeholder. */
  fill(formatted: string): string | undefined;
}

/** Smaller literals are not worth a second pass: prettier formats them in microseconds. */
const MIN_LITERAL = 2048;
/** Files worth parsing: a top-level `const` and a line ending in `= {`, as emit writes such literals. */
const CANDIDATE = [/^(?:export )?const /m, /= \{$/m];
const PLACEHOLDER = '__postforge_data_';

export function dataSkeleton(source: string, style: DataStyle, minLiteral = MIN_LITERAL): DataSkeleton | undefined {
  if (!CANDIDATE.every((c) => c.test(source)) || source.includes(PLACEHOLDER)) return undefined;
  // Doc comments unparsed: only statements matter here, and some files are mostly docs.
  const file = ts.createSourceFile(
    'data.ts',
    source,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    ts.ScriptKind.TS,
  );
  const literals: Array<{ start: number; end: number; entries: string }> = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const { initializer } of statement.declarationList.declarations) {
      if (!initializer || !ts.isObjectLiteralExpression(initializer) || initializer.end - initializer.pos < minLiteral)
        continue;
      const start = initializer.getStart(file);
      const printed = printObjectEntries(source, start, style);
      if (printed?.end === initializer.end) literals.push({ start, end: printed.end, entries: printed.entries });
    }
  }
  if (literals.length === 0) return undefined;
  let text = '';
  let at = 0;
  literals.forEach(({ start, end }, i) => {
    text += `${source.slice(at, start)}{\n${PLACEHOLDER}${i}: 0 }`;
    at = end;
  });
  text += source.slice(at);
  const pad = ' '.repeat(style.tabWidth);
  const comma = style.trailingComma ? ',' : '';
  return {
    text,
    fill(formatted) {
      let out = formatted;
      for (const [i, { entries }] of literals.entries()) {
        const line = `\n${pad}${PLACEHOLDER}${i}: 0${comma}\n`;
        const found = out.indexOf(line);
        if (found < 0 || out.indexOf(line, found + 1) >= 0) return undefined;
        out = out.slice(0, found + 1) + entries + out.slice(found + line.length - 1);
      }
      return out;
    },
  };
}
