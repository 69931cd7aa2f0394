// The generated package's public entry points, outside the stages because render/ (package.json's
// `exports`) and build/ (which must find each one's source) both read them. A new subpath is one
// entry here: it gets the ESM and the CommonJS build, each with its own declarations.
export interface EntryPoint {
  /** The subpath apps import: '.' is the package name itself, './mocks' is `<name>/mocks`. */
  subpath: string;
  /** The module under src/ (without `.ts`) that the subpath exposes. */
  module: string;
}

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { subpath: '.', module: 'index' },
  // The mocks: MSW handlers (the only module that imports msw, an optional peer) and a node:http server.
  { subpath: './mocks', module: 'mocks/index' },
  { subpath: './mocks/server', module: 'mocks/server' },
];

type Conditions = { types: string; default: string };

/**
 * package.json `exports`: `types` inside each of `import` and `require`, so TypeScript under
 * nodenext reads ESM declarations for an import and CommonJS ones for a require (one `types` for
 * both would make one of them lie about the module's kind).
 */
export function packageExports(entries: readonly EntryPoint[]): Record<string, { import: Conditions; require: Conditions } | string> {
  const out: Record<string, { import: Conditions; require: Conditions } | string> = {};
  for (const e of entries) {
    out[e.subpath] = {
      import: { types: `./dist/esm/${e.module}.d.ts`, default: `./dist/esm/${e.module}.js` },
      require: { types: `./dist/cjs/${e.module}.d.ts`, default: `./dist/cjs/${e.module}.js` },
    };
  }
  out['./package.json'] = './package.json';
  return out;
}
