// A real node:http server on 127.0.0.1 that hands each request, read whole, to a handler and writes
// back the ServedResponse it returns (null: the connection is dropped). The package's mock server
// and its tests' fixture server are both this.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ServedResponse } from './served-response.js';

export interface IncomingCall {
  readonly method: string;
  /** The request target as sent (`/a/b?x=1`), percent-escapes kept. */
  readonly target: string;
  readonly headers: Headers;
  readonly body: Uint8Array<ArrayBuffer>;
}

export type CallHandler = (call: IncomingCall) => ServedResponse | null | Promise<ServedResponse | null>;

export interface HttpServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

export async function startHttpServer(handle: CallHandler, port = 0): Promise<HttpServer> {
  const server = createServer((req, res) => {
    respond(req, res, handle).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('http server: no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close() {
      // Keep-alive sockets would otherwise hold close() open.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

async function respond(req: IncomingMessage, res: ServerResponse, handle: CallHandler): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '');
  const body = new Uint8Array(Buffer.concat(chunks));
  const response = await handle({ method: req.method ?? '', target: req.url ?? '/', headers, body });
  if (response === null) {
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  for (const [name, value] of response.headers) res.appendHeader(name, value);
  res.end(response.body ?? undefined);
}
