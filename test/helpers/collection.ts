// Tiny Postman collections built inline, written to a temp folder that is removed when the test ends.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onTestFinished } from 'vitest';

export const SCHEMA_V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';
export const SCHEMA_V20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
export type JsonObject = { [key: string]: Json | undefined };

/** A fresh temp folder, removed when the current test finishes. Call it inside a test. */
export function tempDir(prefix = 'postforge-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `content` (JSON-encoded unless it is a string) as `name` in a fresh temp folder; returns the file's path. */
export function writeTemp(content: unknown, name = 'test.postman_collection.json', dir = tempDir()): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/** A minimal v2.1 collection around `items`; `extra` adds collection-level keys (`auth`, `variable`, ...). */
export function collection(items: JsonObject[], extra: JsonObject = {}, schema = SCHEMA_V21): JsonObject {
  return { info: { name: 'Test API', schema }, item: items, ...extra };
}

/** Writes a minimal v2.1 collection to a temp file and returns its path. */
export function writeCollection(items: JsonObject[], extra: JsonObject = {}, dir?: string): string {
  return writeTemp(collection(items, extra), undefined, dir);
}

export function folder(name: string, items: JsonObject[], extra: JsonObject = {}): JsonObject {
  return { name, item: items, ...extra };
}

export interface RequestSpec {
  method?: string;
  /** A raw URL string, or a URL object made by `url()`. */
  url: string | JsonObject;
  header?: Array<{ key: string; value: string; disabled?: boolean; description?: string }>;
  /** A raw body; `language` sets `options.raw.language`. */
  body?: { raw: string; language?: string };
  auth?: JsonObject;
  description?: string;
}

export function item(name: string, spec: RequestSpec, response: JsonObject[] = [], extra: JsonObject = {}): JsonObject {
  return { name, request: requestObject(spec), response, ...extra };
}

export function requestObject(spec: RequestSpec): JsonObject {
  const out: JsonObject = { method: spec.method ?? 'GET', header: spec.header ?? [], url: spec.url };
  if (spec.body) out['body'] = { mode: 'raw', raw: spec.body.raw, ...(spec.body.language ? { options: { raw: { language: spec.body.language } } } : {}) };
  if (spec.auth) out['auth'] = spec.auth;
  if (spec.description !== undefined) out['description'] = spec.description;
  return out;
}

/** A URL object as Postman exports it: the raw text plus host and path; query and path variables as given. */
export function url(
  raw: string,
  parts: { query?: Array<{ key: string; value: string; disabled?: boolean; description?: string }>; variable?: Array<{ key: string; value?: string; description?: string }> } = {},
): JsonObject {
  const withoutQuery = raw.split('?')[0]!;
  const protocolMatch = /^([a-z]+):\/\//i.exec(withoutQuery);
  const rest = protocolMatch ? withoutQuery.slice(protocolMatch[0].length) : withoutQuery;
  const [host = '', ...pathParts] = rest.split('/');
  const queryFromRaw = raw.includes('?')
    ? raw
        .slice(raw.indexOf('?') + 1)
        .split('&')
        .map((pair) => ({ key: pair.split('=')[0]!, value: pair.split('=').slice(1).join('=') }))
    : [];
  return {
    raw,
    ...(protocolMatch ? { protocol: protocolMatch[1]! } : {}),
    host: host.split('.'),
    path: pathParts,
    ...(parts.query !== undefined || queryFromRaw.length > 0 ? { query: parts.query ?? queryFromRaw } : {}),
    ...(parts.variable ? { variable: parts.variable } : {}),
  };
}

export interface ExampleSpec {
  name: string;
  code?: number;
  status?: string;
  body?: string;
  header?: Array<{ key: string; value: string }>;
  /** `json` sets `_postman_previewlanguage`. */
  language?: string;
  originalRequest?: RequestSpec;
}

export function example(spec: ExampleSpec): JsonObject {
  return {
    name: spec.name,
    ...(spec.originalRequest ? { originalRequest: requestObject(spec.originalRequest) } : {}),
    status: spec.status ?? 'OK',
    code: spec.code ?? 200,
    ...(spec.language ? { _postman_previewlanguage: spec.language } : {}),
    header: spec.header ?? [],
    body: spec.body ?? '',
  };
}

export const bearer = (token = '{{access-token}}'): JsonObject => ({ type: 'bearer', bearer: [{ key: 'token', value: token, type: 'string' }] });
export const noauth = (): JsonObject => ({ type: 'noauth' });
