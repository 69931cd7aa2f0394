// One saved Zoho example (the first of updateRecordsLeads, credentials already redacted by the
// generator) and a real node:http server on 127.0.0.1 that answers it, for the tests that use the
// package from outside: installed into an app, and bundled into a browser page.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { joinedFixtureFile, readMockExamples } from '../helpers/mock-examples.js';

export const PACKAGE_DIR = path.join(PROJECT_ROOT, 'generated', 'zoho-crm');

interface Fixture {
  input: { path: Record<string, string>; body: unknown };
  request: { method: string; path: string; body: { kind: 'json'; value: unknown } };
  response: { status: number; headers: Array<[string, string]>; body: string };
  data: unknown;
}

/** The saved example the app replays: what it passes, what must go out, what comes back. */
export function savedExample(): Fixture {
  // The fixture says what goes out; the saved response it serves is in the package's mocks data.
  const examples = readMockExamples(PACKAGE_DIR);
  const file = joinedFixtureFile(
    readFileSync(path.join(PACKAGE_DIR, 'test', 'fixtures', 'update-records-leads.json'), 'utf8'),
    examples,
  );
  return file.fixtures[0] as unknown as Fixture;
}

/** The bearer token apps in these tests sign with; the server refuses any other. */
export const TOKEN = 'install-test-token';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ExampleServer {
  origin: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/**
 * Serves the saved response to the request the example makes, and 404 to anything else (a
 * wrong path, method, token or body), so a client that sends the wrong request gets the wrong
 * status. With `cors`, answers preflights and allows any origin, as a browser needs.
 */
export async function startExampleServer(options: { cors?: boolean } = {}): Promise<ExampleServer> {
  const example = savedExample();
  const seen: SeenRequest[] = [];
  const cors: Record<string, string> = options.cors
    ? {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, PUT, POST, OPTIONS',
        'access-control-allow-headers': 'authorization, content-type',
      }
    : {};
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'OPTIONS' && options.cors) {
        res.writeHead(204, cors).end();
        return;
      }
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const matches =
        req.method === example.request.method &&
        req.url === example.request.path &&
        req.headers.authorization === `Bearer ${TOKEN}` &&
        sameJson(body, example.request.body.value);
      if (!matches) {
        res.writeHead(404, { 'content-type': 'text/plain', ...cors }).end('no saved example for this request');
        return;
      }
      const headers = Object.fromEntries(example.response.headers.filter(([name]) => /^content-type$/i.test(name)));
      res.writeHead(example.response.status, { ...headers, ...cors }).end(example.response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}
