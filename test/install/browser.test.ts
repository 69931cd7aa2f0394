// The generated client in a real browser: the package's ESM build, bundled by esbuild as an app's
// bundler would (through its `exports`), runs in a page in headless Chromium (Debian's, driven by
// playwright-core) and calls the example server on another 127.0.0.1 origin, so CORS is real too.
// Under CI (the CI env var) a missing chromium fails the test; locally it skips with the reason.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, savedExample, startExampleServer, TOKEN, type ExampleServer } from './zoho-server.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const missing = !existsSync(CHROMIUM);
const skip = missing && !process.env['CI'];

/** The page's own code: what an app's front end would write. */
const PAGE_SCRIPT = `import { createClient } from 'zoho-crm';
const { origin, token, input } = window.__config;
const client = createClient({ baseUrl: origin, auth: { bearer: token } });
client.v2.recordsApi.updateRecords.leads(input).then(
  (res) => { window.__result = { status: res.status, data: res.data }; },
  (error) => { window.__result = { error: String(error) }; },
);
`;

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('browser', () => {
  it.skipIf(skip)(`replays a saved Zoho example from a page in headless Chromium${skip ? ` (skipped: ${CHROMIUM} is not installed; apt-get install -y chromium)` : ''}`, async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium)`).toBe(true);
    const root = mkdtempSync(path.join(os.tmpdir(), 'postforge-browser-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    // The app's node_modules, as `npm install <folder>` leaves it: a link to the package.
    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(PACKAGE_DIR, path.join(root, 'node_modules', 'zoho-crm'), 'dir');
    const bundled = await build({ stdin: { contents: PAGE_SCRIPT, resolveDir: root, loader: 'js' }, bundle: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
    // The bundler took the shipped ESM build through `exports`, not the TypeScript sources.
    const inputs = Object.keys(bundled.metafile.inputs);
    expect(inputs.some((f) => f.endsWith('zoho-crm/dist/esm/index.js'))).toBe(true);
    expect(inputs.filter((f) => f.endsWith('.ts'))).toEqual([]);

    const api: ExampleServer = await startExampleServer({ cors: true });
    cleanups.push(() => api.close());
    const example = savedExample();
    const config = { origin: api.origin, token: TOKEN, input: example.input };
    const html = `<!doctype html><meta charset="utf-8"><script>window.__config = ${JSON.stringify(config).replace(/</g, '\\u003c')};</script><script type="module" src="/app.js"></script>`;
    const page: Server = createServer((req, res) => {
      if (req.url === '/app.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundled.outputFiles[0]!.text);
      else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(html);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => page.close(resolve)));

    const context = await chromium.launchPersistentContext(path.join(root, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS });
    cleanups.push(() => context.close());
    const tab = await context.newPage();
    await tab.goto(`http://127.0.0.1:${(page.address() as AddressInfo).port}/`);
    await tab.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 20_000 });
    const result = await tab.evaluate(() => (window as unknown as { __result: unknown }).__result);

    expect(result).toEqual({ status: example.response.status, data: example.data });
    // The browser sent the saved request itself (the server answers 404 to anything else).
    expect(api.seen.map((r) => `${r.method} ${r.url} ${r.headers.origin}`)).toEqual([`${example.request.method} ${example.request.path} http://127.0.0.1:${(page.address() as AddressInfo).port}`]);
  }, 90_000);
});
