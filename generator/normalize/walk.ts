// Walks the raw JSON and the SDK's tree side by side: the SDK reads each item, the raw JSON gives
// the ids as written (the SDK invents random ones) and the JSON pointers.
import type { Item, ItemGroup } from 'postman-collection';
import type { RawCollection } from '../load/load.js';
import { pointerOf } from '../diagnostics.js';

export interface WalkedItem {
  kind: 'item';
  item: Item;
  raw: Record<string, unknown>;
  folderPath: string[];
  pointer: string;
  /** Raw folder objects from the root down to the parent, for folder-level settings. */
  ancestors: Array<Record<string, unknown>>;
}

export interface WalkedFolder {
  kind: 'folder';
  group: ItemGroup<Item>;
  raw: Record<string, unknown>;
  path: string[];
  pointer: string;
}

/**
 * Every folder and request in collection order (pre-order), with an explicit stack: depth is
 * bounded by limits.maxDepth at load, never by the call stack. Pointers are the file's own, from
 * `origins` (load may have left items out or read `items` as `item`).
 */
export function walk(root: ItemGroup<Item>, raw: RawCollection, origins: ReadonlyMap<object, string> = new Map()): Array<WalkedItem | WalkedFolder> {
  const out: Array<WalkedItem | WalkedFolder> = [];
  interface Frame {
    children: Array<Item | ItemGroup<Item>>;
    rawChildren: unknown[];
    next: number;
    folderPath: string[];
    pointer: string;
    ancestors: Array<Record<string, unknown>>;
  }
  const frame = (group: ItemGroup<Item>, rawItems: unknown, folderPath: string[], pointer: string, ancestors: Array<Record<string, unknown>>): Frame => ({
    children: group.items.all(),
    rawChildren: Array.isArray(rawItems) ? (rawItems as unknown[]) : [],
    next: 0,
    folderPath,
    pointer,
    ancestors,
  });
  const stack: Frame[] = [frame(root, raw.item, [], '', [])];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.children.length) {
      stack.pop();
      continue;
    }
    const index = top.next++;
    const child = top.children[index]!;
    const rawChild = (top.rawChildren[index] ?? {}) as Record<string, unknown>;
    const childPointer = origins.get(rawChild) ?? `${top.pointer}${pointerOf('item', index)}`;
    const position = Number(childPointer.split('/').pop());
    if (isGroup(child)) {
      const path = [...top.folderPath, nameOf(child.name, position)];
      out.push({ kind: 'folder', group: child, raw: rawChild, path, pointer: childPointer });
      stack.push(frame(child, rawChild['item'], path, childPointer, [...top.ancestors, rawChild]));
    } else {
      out.push({ kind: 'item', item: child as Item, raw: rawChild, folderPath: top.folderPath, pointer: childPointer, ancestors: top.ancestors });
    }
  }
  return out;
}

function isGroup(node: unknown): node is ItemGroup<Item> {
  return typeof (node as { items?: unknown }).items === 'object' && (node as { request?: unknown }).request === undefined;
}

/** Postman allows empty names; the item path still needs something readable. */
export function nameOf(name: string | undefined, index: number): string {
  const trimmed = (name ?? '').trim();
  return trimmed === '' ? `Untitled ${index + 1}` : trimmed;
}
