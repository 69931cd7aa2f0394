// The assertions every fixture run makes, shared by the stub-fetch and real-HTTP transports:
// each transport only has to capture what went out as a CapturedRequest.
import { expect } from 'vitest';
import type { Fixture } from './fixture.js';

export interface CapturedRequest {
  readonly method: string;
  /** The pathname as sent on the wire, percent-escapes kept. */
  readonly path: string;
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly headers: Headers;
  /** null when no body was sent; an empty body counts as none, since over HTTP the two look alike. */
  readonly body: string | null;
}

export interface CallResult {
  readonly status: number;
  readonly data: unknown;
}

/** Splits an origin-form request target (`/a/b?x=1`) without decoding the path. */
export function captureRequest(method: string, target: string, headers: Headers, body: string): CapturedRequest {
  const mark = target.indexOf('?');
  const path = mark === -1 ? target : target.slice(0, mark);
  const query = [...new URLSearchParams(mark === -1 ? '' : target.slice(mark + 1))];
  return { method, path, query, headers, body: body === '' ? null : body };
}

/** Exactly one request; in `request` mode it must match the example's; in every mode the result must. */
export function expectExchange(fx: Fixture, sent: readonly CapturedRequest[], result: CallResult, basePath: string): void {
  expect(sent.length, `${fx.source}: number of requests sent`).toBe(1);
  const [request] = sent;
  if (request && fx.mode === 'request') expectRequest(fx, request, basePath);
  expectResult(fx, result);
}

export function expectRequest(fx: Fixture, sent: CapturedRequest, basePath: string): void {
  const want = fx.request;
  expect(sent.method, `${fx.source}: method`).toBe(want.method.toUpperCase());
  // Raw wire paths on both sides: decoding would hide encoding bugs (`a%2Fb` vs `a/b`).
  expect(sent.path, `${fx.source}: path`).toBe(basePath + want.path);
  expect(sent.query, `${fx.source}: query parameters, in order`).toEqual(want.query.map(([k, v]) => [k, v]));
  for (const [name, value] of Object.entries(want.headers)) {
    expect(sent.headers.get(name), `${fx.source}: header ${name}`).toBe(value);
  }
  if (want.body === null) {
    expect(sent.body, `${fx.source}: no request body`).toBeNull();
  } else if (want.body.kind === 'text') {
    expect(sent.body ?? '', `${fx.source}: text request body`).toBe(want.body.value);
  } else {
    expect(parseJson(sent.body), `${fx.source}: JSON request body`).toEqual(want.body.value);
  }
}

export function expectResult(fx: Fixture, result: CallResult): void {
  expect(result.status, `${fx.source}: response status`).toBe(fx.response.status);
  expect(result.data, `${fx.source}: response data`).toEqual(fx.data);
}

/** Unparseable text is kept as a marked string so the toEqual diff shows what was sent. */
function parseJson(body: string | null): unknown {
  if (body === null) return { notJson: 'no body was sent' };
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return { notJson: body };
  }
}
