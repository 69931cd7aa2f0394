// The package's node:http server (src/mocks/http-server.ts) serving one fixture's response at a
// time and capturing what the client really put on the wire.
import { startHttpServer } from '../src/mocks/http-server.js';
import type { ServedResponse } from '../src/mocks/served-response.js';
import { captureRequest, type CapturedRequest } from './expectations.js';

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
  const server = await startHttpServer(async ({ method, target, headers, body }) => {
    const current = slot;
    if (!current || current.captured.length >= MAX_REQUESTS_PER_FIXTURE) return null;
    current.captured.push(await captureRequest(method, target, headers, body));
    return current.response;
  });
  return {
    origin: server.origin,
    serve(response) {
      slot = { response, captured: [] };
      return slot.captured;
    },
    close: () => server.close(),
  };
}
