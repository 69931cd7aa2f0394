// What inference learned about the values at one position of a JSON document: plain data, `kind` first.

export type Shape =
  /** Nothing is known, e.g. only empty arrays were seen here. */
  | { kind: 'unknown' }
  | { kind: 'null' }
  | { kind: 'boolean'; values: boolean[] }
  | {
      kind: 'number';
      /** Every value seen was an integer. */
      integer: boolean;
      /** Distinct values in first-seen order, at most `MAX_DISTINCT_VALUES`. */
      values: number[];
      /** More distinct values were seen than `values` keeps. */
      open: boolean;
    }
  | {
      kind: 'string';
      /** Distinct values in first-seen order, at most `MAX_DISTINCT_VALUES`. */
      values: string[];
      /** Formats that every string seen here matches, in `STRING_FORMATS` order. */
      formats: StringFormat[];
      /** More distinct values were seen than `values` keeps. */
      open: boolean;
      /**
       * Some values were JSON numbers a double cannot hold, kept as strings with every digit:
       * integers beyond 2^53 (`int64`), decimals with more digits than a double (`decimal`), or
       * exponent forms beyond a double's range (`float`: `1e400`, `1e-400`).
       */
      numeric?: ExactNumberKind;
    }
  | { kind: 'array'; items: Shape }
  | {
      kind: 'object';
      /** In first-seen order across all samples. */
      properties: PropertyShape[];
      /** How many objects were merged into this one. */
      count: number;
    }
  | {
      kind: 'union';
      /** At most one member per kind, except objects with no key in common; never a union. */
      members: Shape[];
    };

export interface PropertyShape {
  name: string;
  shape: Shape;
  /** Missing from some of the merged objects. */
  optional: boolean;
  /** In how many of the merged objects the key was present. */
  seen: number;
}

export type ExactNumberKind = 'int64' | 'decimal' | 'float';

export type StringFormat = 'date' | 'date-time' | 'email' | 'uri' | 'uuid';

/** Kept for literal unions (literal-union.ts); the cap keeps memory bounded on big collections. */
export const MAX_DISTINCT_VALUES = 16;
