// The assertions every fixture run makes, shared by the stub-fetch and real-HTTP transports:
// each transport only has to capture what went out as a CapturedRequest.
import { expect } from 'vitest';
import type { Fixture, MultipartPart } from './fixture.js';

export interface CapturedRequest {
  readonly method: string;
  /** The pathname as sent on the wire, percent-escapes kept. */
  readonly path: string;
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly headers: Headers;
  /** null when no body was sent; an empty body counts as none, since over HTTP the two look alike. */
  readonly body: string | null;
  /** The body's size in bytes. */
  readonly size: number;
  /** A multipart body, parsed with the boundary its content type gives; null for any other body. */
  readonly parts: MultipartPart[] | null;
}

export interface CallResult {
  readonly status: number;
  readonly data: unknown;
}

/** Splits an origin-form request target (`/a/b?x=1`) without decoding the path; reads the body as text, size and parts. */
export async function captureRequest(
  method: string,
  target: string,
  headers: Headers,
  body: Uint8Array<ArrayBuffer>,
): Promise<CapturedRequest> {
  const mark = target.indexOf('?');
  const path = mark === -1 ? target : target.slice(0, mark);
  const query = [...new URLSearchParams(mark === -1 ? '' : target.slice(mark + 1))];
  // ignoreBOM: a body that starts with a byte-order mark is compared as sent, mark included.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  return {
    method,
    path,
    query,
    headers,
    body: text === '' ? null : text,
    size: body.byteLength,
    parts: await multipartParts(headers.get('content-type'), body),
  };
}

/** Parsed the way a server would: by the boundary in the content type the request went out with. */
async function multipartParts(
  contentType: string | null,
  body: Uint8Array<ArrayBuffer>,
): Promise<MultipartPart[] | null> {
  if (contentType === null || !/^multipart\/form-data/i.test(contentType)) return null;
  try {
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    return [...form].map(([name, value]): MultipartPart =>
      typeof value === 'string'
        ? { name, text: value }
        : { name, file: { filename: value.name, type: value.type, size: value.size } },
    );
  } catch {
    return null;
  }
}

/** Exactly one request; in `request` mode it must match the example's; in every mode the result must. */
export function expectExchange(
  fx: Fixture,
  sent: readonly CapturedRequest[],
  result: CallResult,
  basePath: string,
): void {
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
  } else if (want.body.kind === 'json') {
    expect(parseJson(sent.body), `${fx.source}: JSON request body`).toEqual(want.body.value);
  } else {
    expectEncodedBody(fx, sent, want.body);
  }
}

/** Form, multipart and file bodies: compared as a server reads them, not byte for byte (multipart boundaries are random). */
function expectEncodedBody(fx: Fixture, sent: CapturedRequest, want: Exclude<Fixture['request']['body'], null>): void {
  const contentType = sent.headers.get('content-type') ?? '';
  if (want.kind === 'form') {
    // A content type the collection sets itself is checked with the other headers, whatever it says.
    if (!('content-type' in fx.request.headers)) {
      expect(contentType, `${fx.source}: form content type`).toMatch(/^application\/x-www-form-urlencoded/i);
    }
    expect([...new URLSearchParams(sent.body ?? '')], `${fx.source}: form request body`).toEqual(
      want.value.map(([k, v]) => [k, v]),
    );
  } else if (want.kind === 'multipart') {
    expect(contentType, `${fx.source}: multipart content type`).toMatch(/^multipart\/form-data; *boundary=/i);
    expect(sent.parts, `${fx.source}: multipart request body`).toEqual(want.value);
  } else if (want.kind === 'binary') {
    expect({ size: sent.size, type: contentType }, `${fx.source}: file request body`).toEqual(want.value);
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
