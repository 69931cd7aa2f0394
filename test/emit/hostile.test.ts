// Collection text is untrusted: names, descriptions, keys and values must reach the generated
// package only as string literals, quoted keys or escaped comments, never as code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCollection } from '../../generator/config.js';
import { run, type RunResult } from '../../generator/pipeline.js';
import { example, folder, item, url, writeCollection } from '../helpers/collection.js';
import { identifiersIn, syntaxErrors } from '../helpers/typescript.js';

const EVIL_NAME = '*/ console.log("pwned") /*';
const EVIL_DESCRIPTION = 'Closes the comment */ console.log("pwned"); process.exit(1); /* and reopens it';
const EVIL_KEY = 'a"; process.exit(1); //';
const EVIL_QUOTES = "x'); process.exit(1); ('`${process.exit(1)}`";
/** Identifiers only an injection would put into the generated code. */
const INJECTED = ['console', 'process', 'exit', 'pwned'];

function hostileCollection(dir: string): string {
  const json = (value: unknown) => JSON.stringify(value);
  return writeCollection(
    [
      folder(`Folder ${EVIL_NAME}`, [
        item(
          EVIL_NAME,
          {
            method: 'POST',
            url: url(`{{base}}/things/:id/${encodeURIComponent(EVIL_QUOTES)}`, {
              query: [{ key: EVIL_KEY, value: '1', description: EVIL_DESCRIPTION }],
              variable: [{ key: 'id', value: '7', description: EVIL_DESCRIPTION }],
            }),
            header: [
              { key: 'Content-Type', value: 'application/json' },
              { key: 'X-Evil', value: EVIL_QUOTES },
              { key: EVIL_KEY, value: '{{evil}}' },
            ],
            body: { raw: json({ [EVIL_KEY]: EVIL_QUOTES, [EVIL_NAME]: [{ [EVIL_DESCRIPTION]: 1 }] }), language: 'json' },
            description: EVIL_DESCRIPTION,
          },
          [
            example({
              name: EVIL_NAME,
              code: 200,
              language: 'json',
              header: [{ key: 'Content-Type', value: 'application/json' }],
              body: json({ [EVIL_KEY]: EVIL_QUOTES, status: EVIL_NAME, nested: { [EVIL_DESCRIPTION]: [EVIL_QUOTES] } }),
            }),
            example({ name: EVIL_DESCRIPTION, code: 400, header: [{ key: 'Content-Type', value: 'text/plain' }], body: EVIL_QUOTES }),
          ],
        ),
      ]),
    ],
    {
      info: { name: `API ${EVIL_NAME}`, description: EVIL_DESCRIPTION, schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      variable: [{ key: 'base', value: `https://api.test/${EVIL_KEY}` }],
    },
    dir,
  );
}

describe('emit: hostile collection text', () => {
  // One run of the whole pipeline (nothing written: check mode against an empty folder), shared by the tests.
  let dir: string;
  let result: RunResult;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'postforge-hostile-'));
    const input = hostileCollection(dir);
    result = await run(resolveCollection({ input, out: path.join(dir, 'out'), name: 'hostile' }, dir), { check: true, formatCache: new Map() });
  }, 10_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates and formats every file without an error', () => {
    const { diagnostics, files } = result;
    expect(diagnostics.all.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['src/endpoints.ts', 'src/types.ts', 'src/client.ts', 'test/cases.ts', 'README.md', 'package.json']));
  });

  it('every TypeScript file compiles without syntax errors', () => {
    const ts = Object.fromEntries(result.files.filter((f) => f.path.endsWith('.ts')).map((f) => ['/' + f.path, f.content]));
    expect(Object.keys(ts).length).toBeGreaterThan(5);
    expect(syntaxErrors(ts)).toEqual([]);
  });

  it('the injected text never becomes code: no injected identifier in any syntax tree', () => {
    const { files } = result;
    for (const file of files.filter((f) => f.path.endsWith('.ts'))) {
      const injected = identifiersIn(file.content, '/' + file.path).filter((id) => INJECTED.includes(id));
      expect(injected, file.path).toEqual([]);
    }
    // ...while the text itself did reach the package (as strings and comments), so the check above looked at it.
    expect(files.find((f) => f.path === 'src/endpoints.ts')!.content).toContain('console.log');
    expect(files.find((f) => f.path === 'src/types.ts')!.content).toContain('process.exit(1)');
  });

  it('JSON files parse, and package.json keeps the collection title as written', () => {
    const { files } = result;
    for (const file of files.filter((f) => f.path.endsWith('.json'))) expect(() => JSON.parse(file.content), file.path).not.toThrow();
    const pkg = JSON.parse(files.find((f) => f.path === 'package.json')!.content) as { name: string; description: string };
    expect(pkg.name).toBe('hostile');
    expect(pkg.description).toContain(`API ${EVIL_NAME}`);
  });
});
