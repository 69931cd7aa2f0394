// The structure printer gives the text ts-morph's createSourceFile would, without parsing it, and it
// is ts-morph's own internal printer (so an upgrade that moves it fails here, not silently slower).
import path from 'node:path';
import { IndentationText, Project, QuoteKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { clientStatements } from '../../generator/emit/client-file.js';
import { callExamples } from '../../generator/emit/call-example.js';
import { endpointsStatements } from '../../generator/emit/endpoints-file.js';
import { fixtureData } from '../../generator/emit/fixtures.js';
import { mockExamplesStatements, mockMswStatements } from '../../generator/emit/mocks-file.js';
import { structurePrinter } from '../../generator/emit/print-structures.js';
import { typesStatements } from '../../generator/emit/types-file.js';
import { inferEndpoints } from '../../generator/infer/endpoint-shapes.js';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { planned } from '../helpers/pipeline.js';

const project = () => new Project({ useInMemoryFileSystem: true, manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single } });

describe('structurePrinter', () => {
  it("uses ts-morph's internal structure printer", () => {
    const p = project();
    expect(typeof (p as unknown as { _context: { structurePrinterFactory: { forSourceFile: unknown } } })._context.structurePrinterFactory.forSourceFile).toBe('function');
  });

  it('prints every kind of file exactly as createSourceFile would', () => {
    const { api, plan } = planned(path.join(PROJECT_ROOT, 'collections', 'zoho-crm.postman_collection.json'));
    const shapes = inferEndpoints(api);
    const examples = callExamples(api, plan, plan.endpoints.map((p) => fixtureData(api, p)));
    const files = {
      'types.ts': typesStatements(plan.endpoints, shapes),
      'endpoints.ts': endpointsStatements(plan.endpoints, shapes, examples),
      'client.ts': clientStatements(api, plan, shapes, examples),
      'examples.ts': mockExamplesStatements(plan),
      'index.ts': mockMswStatements(),
    };
    const print = structurePrinter(project());
    const reference = project();
    for (const [file, statements] of Object.entries(files)) {
      const text = print(file, statements);
      expect(text.length, file).toBeGreaterThan(100);
      expect(text, file).toBe(reference.createSourceFile(file, { statements }).getFullText());
    }
  });
});
