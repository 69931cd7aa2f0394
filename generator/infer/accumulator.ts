// Quicktype-style inference: every value seen at one position, across all samples, is folded into one
// accumulator, then frozen into a Shape. An accumulator is created and mutated only inside a single
// inferShape/mergeShapes call, so callers only ever see fresh, immutable-by-convention shapes.
// One pass over the input with Map/Set lookups keeps the work linear in the input size.

import { objectMemberFor } from './object-members.js';
import { exactKind, exactLiteral, isExactNumber, type Sample } from './sample.js';
import { MAX_DISTINCT_VALUES, type ExactNumberKind, type Shape, type StringFormat } from './shape.js';
import { STRING_FORMATS, matchesFormat, stringFormatsOf } from './string-format.js';

export interface Accumulator {
  sawNull: boolean;
  booleans: Set<boolean> | null;
  numbers: { integer: boolean; values: Set<number>; open: boolean } | null;
  strings: { values: Set<string>; formats: Set<StringFormat>; open: boolean; numeric: ExactNumberKind | null } | null;
  /** Items of every array seen here, merged; null until an array is seen. */
  arrayItems: Accumulator | null;
  objects: ObjectsAccumulator;
}

/** The object types at one position. Members never share a key (see object-members.ts). */
export interface ObjectsAccumulator {
  members: ObjectAccumulator[];
  /** Too many distinct object types were seen: everything merges into the one member left. */
  collapsed: boolean;
}

export interface ObjectAccumulator {
  count: number;
  /** Insertion order is first-seen order. */
  properties: Map<string, PropertyAccumulator>;
}

export interface PropertyAccumulator {
  seen: number;
  /** A merged shape said so, whatever the counts say. */
  optional: boolean;
  value: Accumulator;
}

export function createAccumulator(): Accumulator {
  return {
    sawNull: false,
    booleans: null,
    numbers: null,
    strings: null,
    arrayItems: null,
    objects: { members: [], collapsed: false },
  };
}

export function addValue(acc: Accumulator, value: Sample): void {
  if (value === null) {
    acc.sawNull = true;
  } else if (typeof value === 'boolean') {
    (acc.booleans ??= new Set()).add(value);
  } else if (typeof value === 'number') {
    addNumber(acc, value, Number.isInteger(value));
  } else if (typeof value === 'string') {
    addString(acc, value);
  } else if (isExactNumber(value)) {
    const literal = exactLiteral(value);
    addString(acc, literal);
    acc.strings!.numeric = widerExact(acc.strings!.numeric, exactKind(literal));
  } else if (isArray(value)) {
    const items = (acc.arrayItems ??= createAccumulator());
    for (const item of value) addValue(items, item);
  } else {
    const entries = Object.entries(value);
    const member = objectMemberFor(acc.objects, entries.map(([key]) => key));
    member.count += 1;
    for (const [key, item] of entries) {
      const property = propertyOf(member, key);
      property.seen += 1;
      addValue(property.value, item);
    }
  }
}

export function addShape(acc: Accumulator, shape: Shape): void {
  switch (shape.kind) {
    case 'unknown':
      return;
    case 'null':
      acc.sawNull = true;
      return;
    case 'boolean': {
      const booleans = (acc.booleans ??= new Set());
      for (const value of shape.values) booleans.add(value);
      return;
    }
    case 'number': {
      const numbers = (acc.numbers ??= { integer: shape.integer, values: new Set(), open: false });
      numbers.integer &&= shape.integer;
      numbers.open ||= shape.open;
      for (const value of shape.values) addNumber(acc, value, shape.integer);
      return;
    }
    case 'string': {
      if (acc.strings === null) {
        acc.strings = { values: new Set(), formats: new Set(shape.formats), open: shape.open, numeric: shape.numeric ?? null };
      } else {
        const formats = acc.strings.formats;
        for (const format of formats) if (!shape.formats.includes(format)) formats.delete(format);
        acc.strings.open ||= shape.open;
        acc.strings.numeric = widerExact(acc.strings.numeric, shape.numeric ?? null);
      }
      addDistinct(acc.strings, shape.values);
      return;
    }
    case 'array':
      addShape((acc.arrayItems ??= createAccumulator()), shape.items);
      return;
    case 'object': {
      const member = objectMemberFor(
        acc.objects,
        shape.properties.map((property) => property.name),
      );
      member.count += shape.count;
      for (const incoming of shape.properties) {
        const property = propertyOf(member, incoming.name);
        property.seen += incoming.seen;
        property.optional ||= incoming.optional;
        addShape(property.value, incoming.shape);
      }
      return;
    }
    case 'union':
      for (const member of shape.members) addShape(acc, member);
      return;
  }
}

/** Union members come in a fixed kind order, whatever order the samples came in; `null` last for `T | null`. */
export function toShape(acc: Accumulator): Shape {
  const members: Shape[] = [];
  if (acc.strings !== null) {
    const { formats, numeric } = acc.strings;
    members.push({
      kind: 'string',
      values: [...acc.strings.values],
      formats: STRING_FORMATS.filter((format) => formats.has(format)),
      open: acc.strings.open,
      ...(numeric === null ? {} : { numeric }),
    });
  }
  if (acc.numbers !== null) {
    members.push({
      kind: 'number',
      integer: acc.numbers.integer,
      values: [...acc.numbers.values],
      open: acc.numbers.open,
    });
  }
  if (acc.booleans !== null) members.push({ kind: 'boolean', values: [...acc.booleans] });
  if (acc.arrayItems !== null) members.push({ kind: 'array', items: toShape(acc.arrayItems) });
  for (const member of acc.objects.members) {
    const properties = [...member.properties].map(([name, property]) => ({
      name,
      shape: toShape(property.value),
      optional: property.optional || property.seen < member.count,
      seen: property.seen,
    }));
    members.push({ kind: 'object', properties, count: member.count });
  }
  if (acc.sawNull) members.push({ kind: 'null' });

  if (members.length === 0) return { kind: 'unknown' };
  if (members.length === 1) return members[0]!;
  return { kind: 'union', members };
}

function addNumber(acc: Accumulator, value: number, integer: boolean): void {
  const numbers = (acc.numbers ??= { integer, values: new Set(), open: false });
  numbers.integer &&= integer;
  addDistinct(numbers, [value]);
}

function addString(acc: Accumulator, value: string): void {
  if (acc.strings === null) {
    acc.strings = { values: new Set(), formats: new Set(stringFormatsOf(value)), open: false, numeric: null };
  } else if (!acc.strings.values.has(value)) {
    // A format holds only if every value matches it; a value already kept was already checked.
    const formats = acc.strings.formats;
    for (const format of formats) if (!matchesFormat(value, format)) formats.delete(format);
  }
  addDistinct(acc.strings, [value]);
}

/** A wider note covers the narrower kinds (float > decimal > int64); a narrower one would be wrong for the wider. */
function widerExact(a: ExactNumberKind | null, b: ExactNumberKind | null): ExactNumberKind | null {
  const order: ReadonlyArray<ExactNumberKind | null> = [null, 'int64', 'decimal', 'float'];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
}

/** Array.isArray does not narrow readonly arrays. */
function isArray(value: Sample): value is readonly Sample[] {
  return Array.isArray(value);
}

function addDistinct<T>(target: { values: Set<T>; open: boolean }, values: readonly T[]): void {
  for (const value of values) {
    if (target.values.has(value)) continue;
    if (target.values.size < MAX_DISTINCT_VALUES) target.values.add(value);
    else target.open = true;
  }
}

function propertyOf(member: ObjectAccumulator, name: string): PropertyAccumulator {
  let property = member.properties.get(name);
  if (property === undefined) {
    property = { seen: 0, optional: false, value: createAccumulator() };
    member.properties.set(name, property);
  }
  return property;
}
