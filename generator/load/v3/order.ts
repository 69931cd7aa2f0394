// Items in Postman's order: `order` (a number, often 13-16 digits: compared exactly, as decimal
// text, never as a float), items without one after those with one, then the file name.
import { compareNames } from '../../config.js';

export interface Ordered {
  /** The `order` as written (YAML numbers are kept as their text), or null. */
  order: string | null;
  /** The file or folder name, the tie-breaker. */
  name: string;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** Exact comparison of two decimal numbers written as text; null when either is not one. */
export function compareDecimals(a: string, b: string): number | null {
  const ma = DECIMAL.exec(a.trim());
  const mb = DECIMAL.exec(b.trim());
  if (!ma || !mb) return null;
  const sign = (m: RegExpExecArray) => (m[1] === '-' && !/^0*$/.test(m[2]! + (m[3] ?? '')) ? -1 : 1);
  const sa = sign(ma);
  const sb = sign(mb);
  if (sa !== sb) return sa - sb;
  const ia = ma[2]!.replace(/^0+(?=\d)/, '');
  const ib = mb[2]!.replace(/^0+(?=\d)/, '');
  let c = ia.length - ib.length || (ia < ib ? -1 : ia > ib ? 1 : 0);
  if (c === 0) {
    const width = Math.max(ma[3]?.length ?? 0, mb[3]?.length ?? 0);
    const fa = (ma[3] ?? '').padEnd(width, '0');
    const fb = (mb[3] ?? '').padEnd(width, '0');
    c = fa < fb ? -1 : fa > fb ? 1 : 0;
  }
  return sa * Math.sign(c);
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== null && b.order !== null) {
    const c = compareDecimals(a.order, b.order);
    if (c) return c;
  } else if (a.order !== null || b.order !== null) return a.order !== null ? -1 : 1;
  return compareNames(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
