// A v3 collection folder -> the raw v2.1 collection the JSON path reads, plus where each of its
// parts came from (file and YAML pointer), so diagnostics name the file a user can open. Every
// file is read even when another one is bad: errors fail the run once, after all are reported.
import path from 'node:path';
import type { Limits } from '../../config.js';
import type { Diagnostics } from '../../diagnostics.js';
import type { JsonObject } from '../parts.js';
import { auth } from './auth.js';
import { createFileContext, isMap, put, textOf, wrongShape, type FileContext, type V3Place } from './context.js';
import { responseBody } from './body.js';
import { compareOrdered, type Ordered } from './order.js';
import { pairs, variables } from './params.js';
import { request } from './request.js';
import { events } from './scripts.js';
import { EXAMPLE_SUFFIXES, exampleFiles, folderFiles, insideTree, REQUEST_SUFFIXES, stemOf, type FolderFiles, type Tree } from './tree.js';
import { readYamlFile, type YamlMap } from './yaml-file.js';

export const V21_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json';

/** Kinds postforge generates; the others are said and left out (PF023). */
const REQUEST_KINDS = new Set(['http-request', 'graphql-request']);
const EXAMPLE_KINDS = new Set(['http-example', 'graphql-example']);
const KNOWN_OTHER_KINDS = /^(websocket|ws-raw|ws-socketio|socketio|grpc|mqtt|mcp|llm)-/;

export interface V3Collection {
  raw: JsonObject & { item: JsonObject[] };
  /** v2.1 pointer (into `raw`) -> where in which v3 file it came from. */
  places: Map<string, V3Place>;
}

interface Reading {
  tree: Tree;
  limits: Limits;
  diagnostics: Diagnostics;
  places: Map<string, V3Place>;
  requests: number;
}

export function readCollection(root: string, realRoot: string, limits: Limits, diagnostics: Diagnostics): V3Collection | null {
  const tree: Tree = { root, realRoot, diagnostics };
  const reading: Reading = { tree, limits, diagnostics, places: new Map(), requests: 0 };
  const files = folderFiles(tree, root);
  if (!files.definition && files.requests.length === 0 && files.folders.length === 0) {
    diagnostics.report('PF024', 'the folder holds no `.resources/definition.yaml`, no `*.request.yaml` and no folders: it is not a collection v3 folder', { file: root });
    return null;
  }
  const info: JsonObject = { name: path.basename(root), schema: V21_SCHEMA };
  const raw: V3Collection['raw'] = { info, item: [] };
  if (files.definition) {
    const def = readDefinition(reading, files.definition, '');
    if (def) {
      const { doc, ctx } = def;
      const name = textOf(doc['name']);
      if (typeof name === 'string' && name.trim() !== '') info['name'] = name;
      if (typeof doc['id'] === 'string') info['_postman_id'] = doc['id'];
      if (typeof doc['description'] === 'string') info['description'] = doc['description'];
      ctx.place('/info', '');
      ctx.place('/info/name', '/name');
      ctx.place('/info/description', '/description');
      sharedParts(ctx, doc, '', raw);
    }
  } else {
    diagnostics.report('PF029', `no .resources/definition.yaml: the collection is named "${info['name']}" after its folder`, { file: root });
    reading.places.set('', { file: root, pointer: '', nested: false });
  }
  raw.item = children(reading, files, '', 1);
  return { raw, places: reading.places };
}

/** auth, variables and scripts, as a collection's or folder's definition gives them. */
function sharedParts(ctx: FileContext, doc: YamlMap, v2: string, into: JsonObject): void {
  put(into, 'auth', auth(ctx, doc['auth'], '/auth', `${v2}/auth`));
  put(into, 'variable', variables(ctx, doc['variables'], '/variables', `${v2}/variable`));
  put(into, 'event', events(ctx, doc['scripts'], '/scripts', `${v2}/event`));
}

function readDefinition(reading: Reading, file: string, v2: string): { doc: YamlMap; ctx: FileContext } | null {
  const yaml = readYamlFile(file, reading.limits, reading.diagnostics);
  if (!yaml) return null;
  const ctx = createFileContext(yaml, reading.diagnostics, reading.places);
  ctx.place(v2, '');
  if (!isMap(yaml.value)) {
    wrongShape(ctx, '', 'the definition is not a map of settings; it is ignored');
    return null;
  }
  const kind = yaml.value['$kind'];
  if (kind !== undefined && kind !== 'collection' && kind !== 'folder') wrongShape(ctx, '/$kind', `a definition has $kind ${JSON.stringify(kind)}, not collection; it is read as one`);
  return { doc: yaml.value, ctx };
}

/** A folder's requests and subfolders in Postman's order, converted; `v2` is the folder's pointer. */
function children(reading: Reading, files: FolderFiles, v2: string, depth: number): JsonObject[] {
  const pending: Array<Ordered & { build: (pointer: string) => JsonObject | null }> = [];
  for (const file of files.requests) {
    const yaml = readYamlFile(file, reading.limits, reading.diagnostics);
    if (!yaml) continue;
    const ctx = createFileContext(yaml, reading.diagnostics, reading.places);
    if (!isMap(yaml.value)) {
      wrongShape(ctx, '', 'the request file is not a map of settings; it is left out');
      continue;
    }
    const doc = yaml.value;
    const kind = typeof doc['$kind'] === 'string' ? doc['$kind'] : 'http-request';
    if (!REQUEST_KINDS.has(kind)) {
      const what = KNOWN_OTHER_KINDS.test(kind) ? `a ${kind.replace(/-request$/, '')} request, which postforge does not generate` : `of the unknown $kind ${JSON.stringify(kind)}`;
      reading.diagnostics.report('PF023', `this item is ${what}; it is left out`, { file, pointer: '/$kind', line: yaml.lines.get('/$kind') });
      continue;
    }
    if (++reading.requests > reading.limits.maxRequests) {
      if (reading.requests === reading.limits.maxRequests + 1) reading.diagnostics.report('PF008', `the collection has more than limits.maxRequests (${reading.limits.maxRequests}) requests`, { file });
      continue;
    }
    const stem = stemOf(path.basename(file), REQUEST_SUFFIXES)!;
    pending.push({ order: orderOf(doc), name: path.basename(file), build: (pointer) => requestItem(reading, ctx, doc, kind, stem, files, pointer) });
  }
  for (const dir of files.folders) {
    const sub = folderFiles(reading.tree, dir);
    if (depth > reading.limits.maxDepth) {
      reading.diagnostics.report('PF017', `this folder is nested ${depth} levels deep, deeper than limits.maxDepth (${reading.limits.maxDepth}); it is left out with what is under it`, { file: dir });
      continue;
    }
    const def = sub.definition ? readDefinition(reading, sub.definition, '\0pending') : null;
    pending.push({
      order: def ? orderOf(def.doc) : null,
      name: path.basename(dir),
      build: (pointer) => {
        const folder: JsonObject = { name: textOf(def?.doc['name']) || path.basename(dir) };
        if (def) {
          def.ctx.place(pointer, '');
          def.ctx.place(`${pointer}/name`, '/name');
          if (typeof def.doc['id'] === 'string') folder['id'] = def.doc['id'];
          if (typeof def.doc['description'] === 'string') folder['description'] = def.doc['description'];
          sharedParts(def.ctx, def.doc, pointer, folder);
        } else reading.places.set(pointer, { file: dir, pointer: '', nested: false });
        folder['item'] = children(reading, sub, pointer, depth + 1);
        return folder;
      },
    });
  }
  reportOrphanExamples(reading, files);
  pending.sort(compareOrdered);
  const out: JsonObject[] = [];
  for (const entry of pending) {
    const item = entry.build(`${v2}/item/${out.length}`);
    if (item) out.push(item);
  }
  reading.places.delete('\0pending');
  return out;
}

function orderOf(doc: YamlMap): string | null {
  const order = doc['order'];
  return typeof order === 'string' && order.trim() !== '' ? order.trim() : null;
}

/** One request file -> a v2.1 item with its saved examples. */
function requestItem(reading: Reading, ctx: FileContext, doc: YamlMap, kind: string, stem: string, files: FolderFiles, pointer: string): JsonObject {
  ctx.place(pointer, '');
  ctx.place(`${pointer}/request`, '');
  const name = textOf(doc['name']);
  const item: JsonObject = { name: typeof name === 'string' && name.trim() !== '' ? name : stem };
  ctx.place(`${pointer}/name`, '/name');
  if (typeof doc['id'] === 'string') item['id'] = doc['id'];
  item['request'] = request(ctx, doc, '', `${pointer}/request`, kind === 'graphql-request');
  put(item, 'event', events(ctx, doc['scripts'], '/scripts', `${pointer}/event`));
  const examples = examplesOf(reading, ctx, doc, stem, files, `${pointer}/response`);
  if (examples.length) item['response'] = examples;
  return item;
}

/**
 * The request's examples: from the folder its `examples:` names (with or without `./`), or else by
 * Postman's convention `.resources/<stem>.resources/examples`, even when `examples:` is missing.
 */
function examplesOf(reading: Reading, ctx: FileContext, doc: YamlMap, stem: string, files: FolderFiles, v2: string): JsonObject[] {
  const file = ctx.yaml.file;
  const named = typeof doc['examples'] === 'string' && doc['examples'].trim() !== '' ? path.resolve(path.dirname(file), doc['examples'].trim()) : null;
  const conventional = files.resourceFolders.has(stem) ? path.join(files.resourceFolders.get(stem)!, 'examples') : null;
  const dir = (named && insideTree(reading.tree, named, file)) ?? (conventional && insideTree(reading.tree, conventional, file));
  if (!dir) {
    if (named) reading.diagnostics.report('PF025', `\`examples: ${doc['examples'] as string}\` names no folder, and there is none at .resources/${stem}.resources/examples; the request has no saved examples`, { file, pointer: '/examples', line: ctx.yaml.lines.get('/examples') });
    return [];
  }
  const pending: Array<Ordered & { doc: YamlMap; ctx: FileContext; stem: string }> = [];
  for (const exampleFile of exampleFiles(reading.tree, dir)) {
    const yaml = readYamlFile(exampleFile, reading.limits, reading.diagnostics);
    if (!yaml) continue;
    const exampleCtx = createFileContext(yaml, reading.diagnostics, reading.places);
    if (!isMap(yaml.value)) {
      wrongShape(exampleCtx, '', 'the example file is not a map of settings; it is left out');
      continue;
    }
    const kind = yaml.value['$kind'];
    if (typeof kind === 'string' && !EXAMPLE_KINDS.has(kind)) {
      reading.diagnostics.report('PF023', `this example is of $kind ${JSON.stringify(kind)}, which postforge does not read; it is left out`, { file: exampleFile, pointer: '/$kind', line: yaml.lines.get('/$kind') });
      continue;
    }
    pending.push({ order: orderOf(yaml.value), name: path.basename(exampleFile), doc: yaml.value, ctx: exampleCtx, stem: stemOf(path.basename(exampleFile), EXAMPLE_SUFFIXES)! });
  }
  pending.sort(compareOrdered);
  return pending.map((entry, i) => example(entry.ctx, entry.doc, entry.stem, `${v2}/${i}`, doc['$kind'] === 'graphql-request'));
}

/** An `http-example` -> a v2.1 response: name, status, headers, body, and the request that made it. */
function example(ctx: FileContext, doc: YamlMap, stem: string, v2: string, graphql: boolean): JsonObject {
  ctx.place(v2, '');
  const name = textOf(doc['name']);
  const out: JsonObject = { name: typeof name === 'string' && name.trim() !== '' ? name : stem };
  const made = doc['request'];
  // Postman writes `url: ""` for an example saved without its request: it was made by the item's own.
  if (isMap(made) && !(textOf(made['url']) === '' && made['body'] === undefined && made['headers'] === undefined)) {
    ctx.place(`${v2}/originalRequest`, '/request');
    out['originalRequest'] = request(ctx, made, '/request', `${v2}/originalRequest`, graphql);
  }
  const response = isMap(doc['response']) ? doc['response'] : {};
  if (doc['response'] !== undefined && !isMap(doc['response'])) wrongShape(ctx, '/response', 'the response is not a map of status, headers and body; it is read as empty');
  const code = textOf(response['statusCode']);
  if (typeof code === 'string' && /^\d+$/.test(code)) out['code'] = Number(code);
  else if (code !== undefined && code !== null) wrongShape(ctx, '/response/statusCode', `the status code ${JSON.stringify(code)} is not a number; it is read as 200`);
  ctx.place(`${v2}/code`, '/response/statusCode');
  const status = textOf(response['statusText']);
  if (typeof status === 'string') out['status'] = status;
  ctx.place(`${v2}/status`, '/response/statusText');
  put(out, 'header', pairs(ctx, response['headers'], '/response/headers', `${v2}/header`, 'the response headers'));
  const { body, language } = responseBody(ctx, response['body'], '/response/body');
  ctx.place(`${v2}/body`, '/response/body/content');
  out['body'] = body;
  if (language !== undefined) out['_postman_previewlanguage'] = language;
  return out;
}

/** `.resources/<stem>.resources` folders whose request file is gone (renamed or deleted). */
function reportOrphanExamples(reading: Reading, files: FolderFiles): void {
  const stems = new Set(files.requests.map((f) => stemOf(path.basename(f), REQUEST_SUFFIXES)));
  for (const [stem, dir] of files.resourceFolders) {
    if (!stems.has(stem)) reading.diagnostics.report('PF025', `examples for "${stem}", but there is no ${stem}.request.yaml beside .resources; they are left out`, { file: dir });
  }
}
