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

export function walk(root: ItemGroup<Item>, raw: RawCollection): Array<WalkedItem | WalkedFolder> {
  const out: Array<WalkedItem | WalkedFolder> = [];
  const visit = (group: ItemGroup<Item>, rawItems: unknown, folderPath: string[], pointer: string, ancestors: Array<Record<string, unknown>>) => {
    const sdkChildren = group.items.all();
    const rawChildren = Array.isArray(rawItems) ? (rawItems as unknown[]) : [];
    sdkChildren.forEach((child, index) => {
      const rawChild = (rawChildren[index] ?? {}) as Record<string, unknown>;
      const childPointer = `${pointer}${pointerOf('item', index)}`;
      if (isGroup(child)) {
        const path = [...folderPath, nameOf(child.name, index)];
        out.push({ kind: 'folder', group: child, raw: rawChild, path, pointer: childPointer });
        visit(child, rawChild['item'], path, childPointer, [...ancestors, rawChild]);
      } else {
        out.push({ kind: 'item', item: child as Item, raw: rawChild, folderPath, pointer: childPointer, ancestors });
      }
    });
  };
  visit(root, raw.item, [], '', []);
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
