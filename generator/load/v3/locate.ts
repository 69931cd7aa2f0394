// Diagnostics about a v3 collection point at the file a user can open: the loader records where
// each v2.1 part came from (collection.ts), and every diagnostic reported against the collection
// folder is moved to that file, YAML pointer and line. The v2.1 pointer's deepest recorded
// ancestor wins; what lies below it is kept when the YAML nests the same way (a list entry's `/value`).
import type { Diagnostics, Where } from '../../diagnostics.js';
import type { V3Place } from './context.js';

export type Locate = (pointer: string) => V3Place | null;

export function locator(places: ReadonlyMap<string, V3Place>): Locate {
  return (pointer) => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const place = places.get(p);
      if (place) {
        const below = pointer.slice(p.length);
        return below && place.nested ? { ...place, pointer: place.pointer + below } : place;
      }
      if (p === '') return null;
    }
  };
}

/** A collector that reports into `diagnostics`, with places in `folder` moved to their v3 files. */
export function relocated(diagnostics: Diagnostics, folder: string, locate: Locate): Diagnostics {
  return {
    get all() {
      return diagnostics.all;
    },
    hasErrors: () => diagnostics.hasErrors(),
    report(code, message, where: Where) {
      if (where.file !== folder) return diagnostics.report(code, message, where);
      const place = locate(where.pointer ?? '');
      if (!place) return diagnostics.report(code, message, where);
      diagnostics.report(code, message, { ...where, file: place.file, pointer: place.pointer, ...(place.line ? { line: place.line } : {}) });
    },
  };
}
