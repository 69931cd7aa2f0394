// The raw collection checked and copied, iteratively, before the postman-collection SDK sees it.
// The SDK builds its tree recursively and trusts its input, so it only ever gets this clean copy:
// folders no deeper than limits.maxDepth, items that are requests or folders, and parts of the
// types it reads. Whatever is dropped, defaulted or renamed is said at its pointer in the file.
import path from 'node:path';
import type { Limits } from '../config.js';
import type { Diagnostics } from '../diagnostics.js';
import { commonFields, describe, description, isObject, itemName, request, responses, type JsonObject, type PartContext } from './parts.js';

export interface CleanCollection {
  /** What the SDK is given: the collection as postforge read it. */
  clean: JsonObject & { item: JsonObject[] };
  /** The pointer in the file of every item, folder and saved example of `clean` (their positions can differ from the file's). */
  origins: Map<object, string>;
  requests: number;
}

interface Frame {
  list: readonly unknown[];
  /** `/item/0/item`: the pointer of `list` in the file. */
  pointer: string;
  next: number;
  into: JsonObject[];
  folderPath: readonly string[];
  /** Folders from the root down to and including the one `list` belongs to. */
  depth: number;
}

export function cleanCollection(doc: Record<string, unknown>, file: string, limits: Limits, diagnostics: Diagnostics): CleanCollection {
  const origins = new Map<object, string>();
  const root: PartContext = { file, itemPath: [], limits, diagnostics };
  const { clean, list, listPointer } = top(doc, root);
  let requests = 0;
  const stack: Frame[] = [{ list, pointer: listPointer, next: 0, into: clean.item, folderPath: [], depth: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.list.length) {
      stack.pop();
      continue;
    }
    const index = frame.next++;
    const raw = frame.list[index];
    const pointer = `${frame.pointer}/${index}`;
    const where = { file, itemPath: frame.folderPath, pointer };
    if (!isObject(raw)) {
      diagnostics.report('PF016', `item ${index + 1} is ${describe(raw)}, not a request or a folder; it is left out`, where);
      continue;
    }
    const ctx: PartContext = { file, itemPath: frame.folderPath, limits, diagnostics };
    const name = itemName(ctx, raw, pointer);
    const itemPath = [...frame.folderPath, displayName(name, index)];
    const own: PartContext = { ...ctx, itemPath };
    const children = childList(raw, pointer, own);
    if (children) {
      if (frame.depth + 1 > limits.maxDepth) {
        const under = countRequests(children.list);
        diagnostics.report('PF017', `this folder is nested ${frame.depth + 1} levels deep, deeper than limits.maxDepth (${limits.maxDepth}); it is left out with the ${under} request(s) under it`, { ...where, itemPath });
        continue;
      }
      const folder = { ...commonFields(own, raw, pointer, name), item: [] as JsonObject[] };
      origins.set(folder, pointer);
      frame.into.push(folder);
      stack.push({ list: children.list, pointer: children.pointer, next: 0, into: folder.item, folderPath: itemPath, depth: frame.depth + 1 });
      continue;
    }
    if (raw['request'] === undefined) {
      diagnostics.report('PF016', 'this item has neither a `request` nor an `item` list, so it is no request and no folder; it is left out', { ...where, itemPath });
      continue;
    }
    const read = request(own, raw['request'], `${pointer}/request`, 'request');
    if ('problem' in read) {
      diagnostics.report('PF016', `${read.problem}; the item is left out`, { ...where, itemPath, pointer: `${pointer}/request` });
      continue;
    }
    const item: JsonObject = { ...commonFields(own, raw, pointer, name), request: read.request };
    const examples = responses(own, raw['response'], `${pointer}/response`);
    if (examples) {
      item['response'] = examples.list;
      examples.list.forEach((r, i) => origins.set(r, `${pointer}/response/${examples.indices[i]}`));
    }
    origins.set(item, pointer);
    frame.into.push(item);
    requests++;
  }
  return { clean, origins, requests };
}

/** The collection object: info (defaulted when missing), the top-level list (`item`, or `items`), and collection-wide parts. */
function top(doc: Record<string, unknown>, ctx: PartContext): { clean: CleanCollection['clean']; list: readonly unknown[]; listPointer: string } {
  const fallbackName = path.basename(ctx.file).replace(/\.postman_collection\.json$|\.json$/i, '') || 'API';
  const info = isObject(doc['info']) ? doc['info'] : null;
  const where = { file: ctx.file, itemPath: [], pointer: '/info' };
  if (!info) ctx.diagnostics.report('PF012', `the collection has ${doc['info'] === undefined ? 'no `info`' : `an \`info\` that is ${describe(doc['info'])}`}; it is named "${fallbackName}" after its file`, where);
  const name = info?.['name'];
  const named = typeof name === 'string' && name.trim() !== '';
  if (info && !named) ctx.diagnostics.report('PF012', `the collection's \`info.name\` is ${name === undefined ? 'missing' : typeof name === 'string' ? 'empty' : describe(name)}; it is named "${fallbackName}" after its file`, { ...where, pointer: '/info/name' });
  const cleanInfo: JsonObject = { name: named ? name : fallbackName };
  for (const key of ['_postman_id', 'schema'] as const) if (typeof info?.[key] === 'string') cleanInfo[key] = info[key] as string;
  const infoDescription = description(ctx, info?.['description'], '/info/description');
  if (infoDescription !== undefined) cleanInfo['description'] = infoDescription;
  // The collection's own auth, variables and events sit beside `info`, as a folder's do.
  const { name: _name, ...parts } = commonFields(ctx, { auth: doc['auth'], variable: doc['variable'], event: doc['event'] }, '', '');
  const children = childList(doc, '', ctx);
  return { clean: { info: cleanInfo, ...parts, item: [] }, list: children?.list ?? [], listPointer: children?.pointer ?? '/item' };
}

/**
 * A folder's list of children: `item`, or `items` as some tools write it (Postman reads only
 * `item`; postforge reads both and says so). null when the object is no folder.
 */
function childList(raw: Record<string, unknown>, pointer: string, ctx: PartContext): { list: readonly unknown[]; pointer: string } | null {
  const key = raw['item'] !== undefined ? 'item' : raw['items'] !== undefined ? 'items' : null;
  if (key === null) return null;
  const value = raw[key];
  const where = { file: ctx.file, itemPath: ctx.itemPath, pointer: `${pointer}/${key}` };
  if (key === 'items' && Array.isArray(value)) ctx.diagnostics.report('PF011', 'the list of requests and folders is called `items`; it is read as `item`, the name Postman uses', where);
  if (key === 'item' && raw['items'] !== undefined) ctx.diagnostics.report('PF011', 'both `item` and `items` are given; `item` is read and `items` ignored', { ...where, pointer: `${pointer}/items` });
  if (raw['request'] !== undefined) {
    if (!Array.isArray(value)) {
      ctx.diagnostics.report('PF015', `\`${key}\` is ${describe(value)}, not a list; the item is read as a request`, where);
      return null;
    }
    ctx.diagnostics.report('PF015', `this item has both a \`request\` and an \`${key}\` list; it is read as a folder, as Postman does, and its request is ignored`, { ...where, pointer: `${pointer}/request` });
  }
  if (!Array.isArray(value)) {
    ctx.diagnostics.report('PF015', `\`${key}\` is ${describe(value)}, not a list; it is read as an empty list`, where);
    return { list: [], pointer: where.pointer };
  }
  return { list: value, pointer: where.pointer };
}

/** How many requests the collection holds as written (before any check), to refuse a too-large one quickly. */
export function requestsIn(doc: Record<string, unknown>): number {
  const list = Array.isArray(doc['item']) ? doc['item'] : Array.isArray(doc['items']) ? doc['items'] : [];
  return countRequests(list);
}

/** How many requests a subtree holds (iterative, like the walk). */
function countRequests(list: readonly unknown[]): number {
  let count = 0;
  const stack: Array<readonly unknown[]> = [list];
  while (stack.length) {
    for (const node of stack.pop()!) {
      if (!isObject(node)) continue;
      const children = Array.isArray(node['item']) ? node['item'] : Array.isArray(node['items']) ? node['items'] : null;
      if (children) stack.push(children);
      else if (node['request'] !== undefined) count++;
    }
  }
  return count;
}

/** As walk names items: an empty name becomes `Untitled <n>`. */
function displayName(name: string, index: number): string {
  return name.trim() === '' ? `Untitled ${index + 1}` : name.trim();
}
