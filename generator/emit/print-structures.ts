// Structures -> code text, through ts-morph's own structure printer. `project.createSourceFile`
// prints the structures and then parses the text into a SourceFile that we never navigate (prettier
// formats the text next): the parse was 40% of emit, and the parsed files stayed in memory until emit
// ended. The printer itself is internal to ts-morph (pinned in the lockfile), so it is reached through
// the project; should a version not have it, createSourceFile gives the same text, only slower.
import type { Project, SourceFileStructure, StatementStructures } from 'ts-morph';

interface Internals {
  _context?: {
    structurePrinterFactory?: {
      forSourceFile(options: { isAmbient: boolean }): {
        printText(writer: unknown, structure: SourceFileStructure): void;
      };
    };
  };
}

export type PrintStatements = (file: string, statements: Array<StatementStructures | string>) => string;

export function structurePrinter(project: Project): PrintStatements {
  const factory = (project as unknown as Internals)._context?.structurePrinterFactory;
  if (!factory?.forSourceFile)
    return (file, statements) => project.createSourceFile(file, { statements }).getFullText();
  const printer = factory.forSourceFile({ isAmbient: false });
  return (_file, statements) => {
    const writer = project.createWriter();
    printer.printText(writer, { statements } as SourceFileStructure);
    return writer.toString();
  };
}
