// A real node:http server on 127.0.0.1 that serves one fixture's response at a time and
// captures what the client really put on the wire.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { captureRequest, type CapturedRequest } from './expectations.js';
import type { ServedResponse } from './served-response.js';

/** A client looping on requests is cut off here; one is expected, so any more already fails. */
const MAX_REQUESTS_PER_FIXTURE = 5;

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Serves `response` from now on; returns the list the following requests are captured into. */
  serve(response: ServedResponse): readonly CapturedRequest[];
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  let slot: { response: ServedResponse; captured: CapturedRequest[] } | null = null;

  const server = createServer((req, res) => {
    const current = slot;
    if (!current || current.captured.length >= MAX_REQUESTS_PER_FIXTURE) {
      res.destroy();
      return;
    }
    handle(req, res, current.response, current.captured).catch(() => res.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server: no TCP address');

  return {
    origin: `http://127.0.0.1:${address.port}`,
    serve(response) {
      slot = { response, captured: [] };
      return slot.captured;
    },
    close() {
      // Keep-alive sockets would otherwise hold close() open.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  response: ServedResponse,
  captured: CapturedRequest[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '');
  captured.push(await captureRequest(req.method ?? '', req.url ?? '/', headers, new Uint8Array(Buffer.concat(chunks))));

  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.appendHeader(name, value);
  res.end(response.body ?? undefined);
}
