// Collection text is untrusted: names, descriptions, keys and values must reach the generated
// package only as string literals, quoted keys or escaped comments, never as code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCollection } from '../../generator/config.js';
import { run, type RunResult } from '../../generator/pipeline.js';
import { collection, example, folder, item, url, writeCollection } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir, tsFilesUnder, typeErrors } from '../helpers/package.js';
import { identifiersIn, syntaxErrors } from '../helpers/typescript.js';
import { generatedOnly } from '../property/generate.js';

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
    // Files copied from templates/ hold no collection text (the mocks' default reporter is console.error).
    for (const file of generatedOnly(files).filter((f) => f.path.endsWith('.ts'))) {
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

/**
 * Canaries: each would set `globalThis.PWNED` if it ever became code, by ending a comment, a string
 * or template literal, breaking a line (U+2028 ends a `//` comment), or reordering text (bidi).
 */
const CANARIES = [
  '*/ globalThis.PWNED = 1 /*',
  '${globalThis.PWNED=1}',
  "'; globalThis.PWNED = 1; '",
  '"; globalThis.PWNED = 1; "',
  '`; globalThis.PWNED = 1; `',
  '\\"; globalThis.PWNED = 1; //',
  '\u2028globalThis.PWNED = 1 //',
  '\u2029*/globalThis.PWNED = 1/*',
  '\r\n*/ globalThis.PWNED = 1 /*',
  '\u202eglobalThis.PWNED = 1\u2066 //\u2069',
  '</script><script>globalThis.PWNED = 1</script><!--',
  'NUL\u0000 */ globalThis.PWNED = 1 /*',
];
const all = CANARIES.join(' ');

/** A collection with a canary in every string field postforge reads. */
function canaryCollection() {
  const responseBody = JSON.stringify(Object.fromEntries(CANARIES.map((c, i) => [c, { [`k${i}`]: c, status: c, list: [c] }])));
  const requestBody = JSON.stringify({ [all]: all, nested: Object.fromEntries(CANARIES.map((c) => [c, c])) });
  const request = (name: string, i: number) =>
    item(
      name,
      {
        method: 'POST',
        url: url(`{{base}}/things/:${encodeURIComponent(name)}/${encodeURIComponent(name)}`, {
          query: [{ key: name, value: name, description: name }],
          variable: [{ key: name, value: name, description: name }],
        }),
        header: [
          { key: 'Content-Type', value: 'application/json' },
          { key: 'X-Canary', value: name.replace(/[\u0000-\u001f\u007f-\uffff]/g, '?'), description: name },
        ],
        body: { raw: requestBody, language: 'json' },
        description: name,
      },
      [
        example({ name, status: name, code: 200, language: 'json', header: [{ key: 'Content-Type', value: 'application/json' }], body: responseBody }),
        example({ name: `${name} text`, code: 400, header: [{ key: 'Content-Type', value: 'text/plain' }], body: name }),
      ],
      { description: name },
    );
  return collection(
    [
      ...CANARIES.map((c, i) => folder(c, [request(c, i)], { description: c })),
      ...CANARIES.map((c, i) => request(`${c} ${i}`, i)),
    ],
    {
      info: { name: all, description: all, schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      variable: [{ key: 'base', value: 'https://api.test' }, { key: 'other', value: all }],
      description: all,
    },
  );
}

describe('emit: canaries in every string field', () => {
  let root: string;
  let result: RunResult;
  let files: Array<{ path: string; content: string }>;
  beforeAll(async () => {
    root = repoTempDir('canary-');
    result = await generatePackage(root, 'canary', canaryCollection());
    const out = result.job.out;
    files = [...tsFilesUnder(path.join(out, 'src')), ...tsFilesUnder(path.join(out, 'test'))].map((f) => ({ path: path.relative(out, f), content: readFileSync(f, 'utf8') }));
  }, 60_000);
  afterAll(() => removeDir(root));

  it('generates without errors', () => {
    expect(result.diagnostics.all.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it('every TypeScript file parses without syntax errors', () => {
    expect(syntaxErrors(Object.fromEntries(files.map((f) => ['/' + f.path, f.content])))).toEqual([]);
  });

  it('the canary is never code: `PWNED` appears only in strings and comments, and it did reach the package', () => {
    for (const file of files) expect(identifiersIn(file.content, '/' + file.path).filter((id) => id === 'PWNED'), file.path).toEqual([]);
    expect(files.find((f) => f.path === path.join('src', 'endpoints.ts'))!.content).toContain('PWNED');
    expect(files.find((f) => f.path === path.join('src', 'types.ts'))!.content).toContain('PWNED');
  });

  it('no raw line separator, bidi control or NUL reaches a generated TypeScript file', () => {
    for (const file of files.filter((f) => !f.path.includes('runtime') && !f.path.includes('harness'))) {
      expect(file.content, file.path).not.toMatch(/[\u0000\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
      expect(file.content, file.path).not.toContain('</script');
    }
  });

  it('type-checks', () => {
    expect(typeErrors([result.job.out])).toEqual([]);
  }, 120_000);

  it('importing the package and its test cases runs no canary', async () => {
    const g = globalThis as { PWNED?: unknown };
    delete g.PWNED;
    const index = (await import(pathToFileURL(path.join(result.job.out, 'src', 'index.ts')).href)) as { createClient: (o: unknown) => unknown };
    await import(pathToFileURL(path.join(result.job.out, 'test', 'cases.ts')).href);
    index.createClient({ baseUrl: 'https://api.test' });
    expect(g.PWNED).toBeUndefined();
  });
});
