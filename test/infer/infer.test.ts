import { describe, expect, it } from 'vitest';
import { inferShape, mergeShapes } from '../../generator/infer/infer.js';
import { MAX_OBJECT_MEMBERS } from '../../generator/infer/object-members.js';
import { MAX_DISTINCT_VALUES, type PropertyShape, type Shape } from '../../generator/infer/shape.js';
import { markExactNumbers } from '../../generator/infer/sample.js';
import type { JsonValue } from '../../generator/model/types.js';
import { parseJson } from '../../templates/runtime/json.js';

// Small builders so each `want` reads like the type it describes.
const unknown: Shape = { kind: 'unknown' };
const nul: Shape = { kind: 'null' };
const bool = (...values: boolean[]): Shape => ({ kind: 'boolean', values });
const int = (...values: number[]): Shape => ({ kind: 'number', integer: true, values, open: false });
const float = (...values: number[]): Shape => ({ kind: 'number', integer: false, values, open: false });
const str = (...values: string[]): Shape => ({ kind: 'string', values, formats: [], open: false });
const array = (items: Shape): Shape => ({ kind: 'array', items });
const union = (...members: Shape[]): Shape => ({ kind: 'union', members });
const object = (count: number, ...properties: PropertyShape[]): Shape => ({ kind: 'object', properties, count });
/** A property present in `seen` objects; optional when that is fewer than its object's count. */
const prop = (name: string, shape: Shape, seen = 1, optional = false): PropertyShape => ({
  name,
  shape,
  optional,
  seen,
});

type Case = [string, { given: JsonValue[]; want: Shape }];

describe('inferShape', () => {
  const scalars: Case[] = [
    ['no samples', { given: [], want: unknown }],
    ['null', { given: [null], want: nul }],
    ['boolean', { given: [true, false, true], want: bool(true, false) }],
    ['integers', { given: [1, 2, 1], want: int(1, 2) }],
    ['a fraction clears the integer flag', { given: [1, 2.5], want: float(1, 2.5) }],
    ['strings, distinct in first-seen order', { given: ['b', 'a', 'b'], want: str('b', 'a') }],
  ];
  it.each(scalars)('scalars: %s', (_, { given, want }) => {
    expect(inferShape(given)).toEqual(want);
  });

  const nullable: Case[] = [
    ['null then a value is nullable', { given: [null, 'a'], want: union(str('a'), nul) }],
    ['a value then null is nullable, null last', { given: ['a', null], want: union(str('a'), nul) }],
    ['only nulls stay null', { given: [null, null], want: nul }],
    [
      'a property null in one sample',
      {
        given: [{ a: null }, { a: 1 }],
        want: object(2, prop('a', union(int(1), nul), 2)),
      },
    ],
  ];
  it.each(nullable)('nullable: %s', (_, { given, want }) => {
    expect(inferShape(given)).toEqual(want);
  });

  const optional: Case[] = [
    [
      'a key missing from one sample is optional',
      {
        given: [{ a: 1, b: 'x' }, { a: 2 }],
        want: object(2, prop('a', int(1, 2), 2), prop('b', str('x'), 1, true)),
      },
    ],
    [
      'keys keep first-seen order across samples, never sorted',
      {
        given: [{ z: 1 }, { a: 1, z: 2 }],
        want: object(2, prop('z', int(1, 2), 2), prop('a', int(1), 1, true)),
      },
    ],
    [
      'optional and nullable are different things',
      {
        given: [{ a: 1, b: null }, { a: 2 }],
        want: object(2, prop('a', int(1, 2), 2), prop('b', nul, 1, true)),
      },
    ],
    [
      '{} merges with objects, making every key optional',
      {
        given: [{}, { a: 1 }],
        want: object(2, prop('a', int(1), 1, true)),
      },
    ],
    ['{} alone is an object with no known properties', { given: [{}], want: object(1) }],
  ];
  it.each(optional)('optional: %s', (_, { given, want }) => {
    expect(inferShape(given)).toEqual(want);
  });

  const arrays: Case[] = [
    ['only empty arrays: items unknown', { given: [[], []], want: array(unknown) }],
    ['an empty array contributes nothing to the items', { given: [[], [1]], want: array(int(1)) }],
    ['elements of all arrays at one position merge', { given: [[1], ['a', 2]], want: array(union(str('a'), int(1, 2))) }],
    [
      'object elements merge, keys missing from some become optional',
      {
        given: [[{ id: 1, name: 'a' }, { id: 2 }], [{ id: 3, tag: true }]],
        want: array(object(3, prop('id', int(1, 2, 3), 3), prop('name', str('a'), 1, true), prop('tag', bool(true), 1, true))),
      },
    ],
    ['arrays of arrays', { given: [[[1], []], [[null]]], want: array(array(union(int(1), nul))) }],
    ['null elements make the items nullable', { given: [['a', null]], want: array(union(str('a'), nul)) }],
  ];
  it.each(arrays)('arrays: %s', (_, { given, want }) => {
    expect(inferShape(given)).toEqual(want);
  });

  const unions: Case[] = [
    ['different kinds become a union', { given: ['a', 1], want: union(str('a'), int(1)) }],
    ['union members come in a fixed kind order', { given: [1, 'a'], want: union(str('a'), int(1)) }],
    [
      'every kind at once, one member per kind',
      {
        given: [null, { a: 1 }, [1], true, 2, 'x', 'y', false, [2]],
        want: union(str('x', 'y'), int(2), bool(true, false), array(int(1, 2)), object(1, prop('a', int(1))), nul),
      },
    ],
  ];
  it.each(unions)('unions: %s', (_, { given, want }) => {
    expect(inferShape(given)).toEqual(want);
  });

  const objectUnions: Case[] = [
    [
      'objects sharing no key stay separate members',
      { given: [{ a: 1 }, { b: 'x' }], want: union(object(1, prop('a', int(1))), object(1, prop('b', str('x')))) },
    ],
    [
      'objects sharing a key merge',
      { given: [{ a: 1, b: 2 }, { b: 3, c: 4 }], want: object(2, prop('a', int(1), 1, true), prop('b', int(2, 3), 2), prop('c', int(4), 1, true)) },
    ],
    [
      'an object joins the member it shares keys with',
      {
        given: [{ a: 1 }, { b: 'x' }, { b: 'y', c: true }],
        want: union(object(1, prop('a', int(1))), object(2, prop('b', str('x', 'y'), 2), prop('c', bool(true), 1, true))),
      },
    ],
    [
      'an object sharing keys with two members joins them into one, at the first position',
      {
        given: [{ a: 1 }, { b: 2 }, { c: 3 }, { b: 4, a: 5 }],
        want: union(object(3, prop('a', int(1, 5), 2, true), prop('b', int(2, 4), 2, true)), object(1, prop('c', int(3)))),
      },
    ],
    [
      '{} joins the first member',
      { given: [{ a: 1 }, { b: 2 }, {}], want: union(object(2, prop('a', int(1), 1, true)), object(1, prop('b', int(2)))) },
    ],
    [
      'objects after a lone {} merge into it',
      { given: [{}, { a: 1 }, { b: 2 }], want: union(object(2, prop('a', int(1), 1, true)), object(1, prop('b', int(2)))) },
    ],
    [
      'object members sit with other kinds, null last',
      { given: [null, { a: 1 }, 'x', { b: 2 }], want: union(str('x'), object(1, prop('a', int(1))), object(1, prop('b', int(2))), nul) },
    ],
  ];
  it.each(objectUnions)('object unions: %s', (_, { given, want }) => {
    expect(inferShape(given)).toEqual(want);
  });

  it('keeps the two Zoho error bodies under one status as a union', () => {
    const given: JsonValue[] = [
      {
        data: [
          {
            code: 'INVALID_DATA',
            details: { api_name: 'Last_Name', expected_data_type: 'text' },
            message: 'invalid data',
            status: 'error',
          },
        ],
      },
      {
        code: 'INVALID_MODULE',
        details: { resource_path_index: 0 },
        message: 'the module name given seems to be invalid',
        status: 'error',
      },
      {
        data: [
          { code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Deal_Name' }, message: 'required field not found', status: 'error' },
        ],
      },
    ];
    const errorItem = object(
      2,
      prop('code', str('INVALID_DATA', 'MANDATORY_NOT_FOUND'), 2),
      prop('details', object(2, prop('api_name', str('Last_Name', 'Deal_Name'), 2), prop('expected_data_type', str('text'), 1, true)), 2),
      prop('message', str('invalid data', 'required field not found'), 2),
      prop('status', str('error'), 2),
    );
    const topLevelError = object(
      1,
      prop('code', str('INVALID_MODULE')),
      prop('details', object(1, prop('resource_path_index', int(0)))),
      prop('message', str('the module name given seems to be invalid')),
      prop('status', str('error')),
    );
    expect(inferShape(given)).toEqual(union(object(2, prop('data', array(errorItem), 2)), topLevelError));
  });

  it('merges objects at the same position inside every member separately', () => {
    const shape = inferShape([{ data: [{ id: 1 }] }, { code: 'X' }, { data: [{ id: 2, name: 'n' }] }]);
    expect(shape).toEqual(
      union(
        object(2, prop('data', array(object(2, prop('id', int(1, 2), 2), prop('name', str('n'), 1, true))), 2)),
        object(1, prop('code', str('X'))),
      ),
    );
  });

  it(`merges everything into one object past ${MAX_OBJECT_MEMBERS} disjoint object types (a map, not alternatives)`, () => {
    const given = Array.from({ length: MAX_OBJECT_MEMBERS + 1 }, (_, i) => ({ [`k${i}`]: i }));
    const shape = inferShape([...given, { other: true }]);
    expect(shape.kind).toBe('object');
    if (shape.kind !== 'object') return;
    expect(shape.count).toBe(MAX_OBJECT_MEMBERS + 2);
    expect(shape.properties.map((property) => property.name)).toEqual([...given.flatMap(Object.keys), 'other']);
    expect(shape.properties.every((property) => property.optional && property.seen === 1)).toBe(true);
  });

  it(`keeps at most ${MAX_DISTINCT_VALUES} distinct values, then marks them open`, () => {
    const many = Array.from({ length: MAX_DISTINCT_VALUES + 4 }, (_, i) => i);
    expect(inferShape(many)).toEqual({ kind: 'number', integer: true, values: many.slice(0, MAX_DISTINCT_VALUES), open: true });
    expect(inferShape(many.map(String))).toMatchObject({ values: many.slice(0, MAX_DISTINCT_VALUES).map(String), open: true });
    expect(inferShape(many.slice(0, MAX_DISTINCT_VALUES))).toMatchObject({ open: false });
  });

  describe('string formats', () => {
    const formats: Array<[string, { given: JsonValue[]; want: string[] }]> = [
      ['date', { given: ['2024-02-29', '1999-12-31'], want: ['date'] }],
      ['date-time with Z', { given: ['2024-02-29T10:20:30Z'], want: ['date-time'] }],
      ['date-time with offset and fraction', { given: ['2019-05-13T15:30:45.123+05:30'], want: ['date-time'] }],
      ['date-time without an offset is no date-time', { given: ['2024-02-29T10:20:30'], want: [] }],
      ['email', { given: ['ada@example.com'], want: ['email'] }],
      ['http and https uri', { given: ['https://www.zohoapis.com/crm/v2', 'http://x.io'], want: ['uri'] }],
      ['other schemes are no uri', { given: ['ftp://x.io'], want: [] }],
      ['uuid', { given: ['123e4567-e89b-12d3-a456-426614174000', '123E4567-E89B-12D3-A456-426614174000'], want: ['uuid'] }],
      ['a format applies only if all values match', { given: ['2024-02-29', 'soon'], want: [] }],
      ['an empty string matches no format', { given: ['2024-02-29', ''], want: [] }],
      ['a date and a date-time share no format', { given: ['2024-02-29', '2024-02-29T10:20:30Z'], want: [] }],
      ['every value counts, also past the kept ones', {
        given: [...Array.from({ length: MAX_DISTINCT_VALUES }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}`), 'later'],
        want: [],
      }],
      ['null does not break a format', { given: ['2024-02-29', null], want: ['date'] }],
    ];
    it.each(formats)('%s', (_, { given, want }) => {
      const shape = inferShape(given);
      const string = shape.kind === 'union' ? shape.members.find((member) => member.kind === 'string') : shape;
      expect(string).toMatchObject({ kind: 'string', formats: want });
    });
  });

  describe('numbers a double cannot hold', () => {
    /** A body as the generator reads it: parsed like the runtime parses it, exact numbers marked from the text. */
    const read = (text: string) => markExactNumbers(parseJson(text) as JsonValue, text);
    const exact = (numeric: 'int64' | 'decimal' | 'float', ...values: string[]): Shape => ({ kind: 'string', values, formats: [], open: false, numeric });
    const cases: Array<[string, { given: string[]; want: Shape }]> = [
      ['an integer beyond 2^53 is an int64 string', { given: ['12345678901234567891'], want: exact('int64', '12345678901234567891') }],
      ['next to small integers', { given: ['[1, 12345678901234567891]'], want: array(union(exact('int64', '12345678901234567891'), int(1))) }],
      ['a decimal with too many digits', { given: ['{"x": 0.12345678901234567891}'], want: object(1, prop('x', exact('decimal', '0.12345678901234567891'))) }],
      ['int64 and decimal at one position: decimal', { given: ['[12345678901234567891, 0.12345678901234567891]'], want: array(exact('decimal', '12345678901234567891', '0.12345678901234567891')) }],
      ['beyond the double range is a float string, as written', { given: ['{"x": 1e400}'], want: object(1, prop('x', exact('float', '1e400'))) }],
      ['float is the widest note', { given: ['[12345678901234567891, 1e-400, 0.12345678901234567891]'], want: array(exact('float', '12345678901234567891', '1e-400', '0.12345678901234567891')) }],
      ['a string of digits stays a plain string', { given: ['"12345678901234567891"'], want: str('12345678901234567891') }],
      ['a plain string next to an int64 keeps the mark', { given: ['["x", 12345678901234567891]'], want: array(exact('int64', 'x', '12345678901234567891')) }],
    ];
    it.each(cases)('%s', (_, { given, want }) => {
      expect(inferShape(given.map(read))).toEqual(want);
    });

    it('merging keeps the mark', () => {
      const [a, b] = [read('{"id": 12345678901234567891}'), read('{"id": 0.12345678901234567891}')];
      expect(mergeShapes(inferShape([a]), inferShape([{ id: 'x' }]))).toEqual(inferShape([a, { id: 'x' }]));
      expect(mergeShapes(inferShape([a]), inferShape([b]))).toEqual(inferShape([a, b]));
    });

    it('marks nothing without the text, or when the text holds no such number', () => {
      expect(markExactNumbers({ id: '12345678901234567891' }, undefined)).toEqual({ id: '12345678901234567891' });
      const value: JsonValue = { id: '12345678901234567891' };
      expect(markExactNumbers(value, '{"id": "12345678901234567891"}')).toBe(value);
    });
  });

  describe('determinism', () => {
    const samples: JsonValue[] = [
      { id: 1, name: 'a', tags: ['x'], owner: { id: 7, email: 'o@example.com' } },
      { id: 2, created: '2024-01-01T00:00:00Z', tags: [], owner: null },
      { id: 3, name: null, extra: { deep: [1.5, 'two'] } },
    ];

    it('gives identical output for the same input', () => {
      expect(JSON.stringify(inferShape(samples))).toBe(JSON.stringify(inferShape(structuredClone(samples))));
    });

    it('changes only the order of keys (first-seen) when samples come in another order', () => {
      const forward = inferShape(samples);
      const backward = inferShape([...samples].reverse());
      expect(keyOrder(forward)).toEqual(['id', 'name', 'tags', 'owner', 'created', 'extra']);
      expect(keyOrder(backward)).toEqual(['id', 'name', 'extra', 'created', 'tags', 'owner']);
      // Same shape once keys are put in one order; distinct values keep their own first-seen order.
      expect(normalize(backward)).toEqual(normalize(forward));
    });
  });

  it('does not change its input', () => {
    const samples: JsonValue[] = [{ a: [1, { b: null }] }, { a: [] }];
    const before = structuredClone(samples);
    inferShape(samples);
    expect(samples).toEqual(before);
  });

  it('stays linear on many objects with distinct keys at one position', () => {
    // Quadratic merging (re-copying the merged object per element) would take minutes here.
    const elements = Array.from({ length: 50_000 }, (_, i) => ({ id: i, [`key${i}`]: `v${i}` }));
    const started = performance.now();
    const shape = inferShape([elements]);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(shape.kind === 'array' && shape.items.kind === 'object' && shape.items.properties.length).toBe(50_001);
  });
});

describe('mergeShapes', () => {
  const cases: Array<[string, { given: [JsonValue[], JsonValue[]] }]> = [
    ['scalars into a union', { given: [['a', 1], [null, true]] }],
    ['optional keys count across both', { given: [[{ a: 1 }, { a: 2, b: 2 }], [{ b: 3 }, {}]] }],
    ['object unions regroup', { given: [[{ a: 1 }, { b: 2 }], [{ a: 3, b: 4 }, { c: 5 }]] }],
    ['arrays merge their items', { given: [[[], [{ a: 1 }]], [[{ b: 2, a: 3 }]]] }],
    ['formats intersect', { given: [['2024-01-01', 'x@y.io'], ['2024-01-02']] }],
    ['values stay capped', { given: [Array.from({ length: 10 }, (_, i) => i), Array.from({ length: 10 }, (_, i) => i + 0.5)] }],
  ];
  it.each(cases)('is the same as inferring all samples at once: %s', (_, { given: [a, b] }) => {
    expect(mergeShapes(inferShape(a), inferShape(b))).toEqual(inferShape([...a, ...b]));
  });

  it('unknown is the identity', () => {
    const shape = inferShape([{ a: [1, null] }]);
    expect(mergeShapes(unknown, shape)).toEqual(shape);
    expect(mergeShapes(shape, unknown)).toEqual(shape);
    expect(mergeShapes(unknown, unknown)).toEqual(unknown);
  });

  it('keeps a property optional when an input said so', () => {
    const given: Shape = object(1, prop('a', int(1), 1, true));
    expect(mergeShapes(given, object(1, prop('a', int(2))))).toEqual(object(2, prop('a', int(1, 2), 2, true)));
  });

  it('does not change its inputs and returns new shapes', () => {
    const a = inferShape([{ a: [1], b: 'x' }]);
    const b = inferShape([{ a: ['y'] }, { c: null }]);
    const [aBefore, bBefore] = [structuredClone(a), structuredClone(b)];
    const merged = mergeShapes(a, b);
    expect(a).toEqual(aBefore);
    expect(b).toEqual(bBefore);
    expect(merged).not.toBe(a);
    expect(mergeShapes(a, unknown)).not.toBe(a);
  });
});

function keyOrder(shape: Shape): string[] {
  return shape.kind === 'object' ? shape.properties.map((property) => property.name) : [];
}

/** The shape with object keys sorted and distinct values sorted, to compare up to first-seen order. */
function normalize(shape: Shape): Shape {
  switch (shape.kind) {
    case 'boolean':
    case 'number':
      return { ...shape, values: [...shape.values].sort() } as Shape;
    case 'string':
      return { ...shape, values: [...shape.values].sort() };
    case 'array':
      return { kind: 'array', items: normalize(shape.items) };
    case 'object':
      return {
        ...shape,
        properties: shape.properties
          .map((property) => ({ ...property, shape: normalize(property.shape) }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
      };
    case 'union':
      return { kind: 'union', members: shape.members.map(normalize) };
    default:
      return shape;
  }
}
