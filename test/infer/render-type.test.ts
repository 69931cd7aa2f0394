import { describe, expect, it } from 'vitest';
import { inferShape } from '../../generator/infer/infer.js';
import { renderType } from '../../generator/infer/render-type.js';
import type { Shape } from '../../generator/infer/shape.js';
import type { JsonValue } from '../../generator/model/types.js';

type Case = [string, { given: JsonValue[]; want: string }];

const lines = (...text: string[]): string => text.join('\n');

describe('renderType', () => {
  const scalars: Case[] = [
    ['nothing known', { given: [], want: 'unknown' }],
    ['only null', { given: [null], want: 'null' }],
    ['boolean', { given: [true], want: 'boolean' }],
    ['number, integer or not', { given: [1, 1.5], want: 'number' }],
    ['string', { given: ['a'], want: 'string' }],
    ['nullable', { given: [null, 'a'], want: 'string | null' }],
    ['different kinds', { given: ['a', 1], want: 'string | number' }],
    ['every kind', { given: [true, 1, 'a', null, [1], { a: 1 }], want: 'string | number | boolean | number[] | {\n  a: number;\n} | null' }],
  ];
  it.each(scalars)('scalars: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const arrays: Case[] = [
    ['only empty arrays', { given: [[]], want: 'unknown[]' }],
    ['an empty array merged with a non-empty one', { given: [[], ['a']], want: 'string[]' }],
    ['arrays of arrays of simple types', { given: [[[1]]], want: 'number[][]' }],
    ['unions in Array<…>', { given: [[1, 'a']], want: 'Array<string | number>' }],
    ['nullable items in Array<…>', { given: [[1, null]], want: 'Array<number | null>' }],
    ['objects in Array<…>', { given: [[{ id: 1 }, { id: 2, name: 'n' }]], want: lines('Array<{', '  id: number;', '  name?: string;', '}>') }],
    ['arrays of arrays of objects', { given: [[[{ id: 1 }]]], want: lines('Array<Array<{', '  id: number;', '}>>') }],
  ];
  it.each(arrays)('arrays: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const objects: Case[] = [
    ['one property per line', { given: [{ id: 1, name: 'a' }], want: lines('{', '  id: number;', '  name: string;', '}') }],
    ['a key missing from some samples is optional', { given: [{ a: 1, b: 2 }, { a: 3 }], want: lines('{', '  a: number;', '  b?: number;', '}') }],
    ['keys in first-seen order', { given: [{ z: 1 }, { a: 1, z: 1 }], want: lines('{', '  z: number;', '  a?: number;', '}') }],
    ['a nullable property', { given: [{ a: null }, { a: 'x' }], want: lines('{', '  a: string | null;', '}') }],
    ['an object with no known properties', { given: [{}], want: '{ [key: string]: unknown }' }],
    ['{} merged with objects', { given: [{}, { a: true }], want: lines('{', '  a?: boolean;', '}') }],
    [
      'nested objects indent further',
      {
        given: [{ a: { b: { c: 1 } }, d: [{ e: 'x' }] }],
        want: lines('{', '  a: {', '    b: {', '      c: number;', '    };', '  };', '  d: Array<{', '    e: string;', '  }>;', '}'),
      },
    ],
    [
      'objects with no key in common become a union',
      {
        given: [{ data: [{ code: 'A' }] }, { code: 'B', message: 'm' }],
        want: lines('{', '  data: Array<{', '    code: string;', '  }>;', '} | {', '  code: string;', '  message: string;', '}'),
      },
    ],
  ];
  it.each(objects)('objects: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const names: Case[] = [
    ['identifiers as they are, $ and _ included', { given: [{ $approval_state: 1, _id: 2, a1: 3 }], want: lines('{', '  $approval_state: number;', '  _id: number;', '  a1: number;', '}') }],
    ['reserved words unquoted', { given: [{ default: 1, class: 2 }], want: lines('{', '  default: number;', '  class: number;', '}') }],
    ['dashes quoted', { given: [{ 'Content-Type': 'x' }], want: lines('{', '  "Content-Type": string;', '}') }],
    ['a leading digit quoted', { given: [{ '1abc': 'x' }], want: lines('{', '  "1abc": string;', '}') }],
    ['the empty key quoted', { given: [{ '': 1 }], want: lines('{', '  "": number;', '}') }],
    ['non-ASCII quoted', { given: [{ 'naïve': 1 }], want: lines('{', '  "naïve": number;', '}') }],
    [
      'quotes, backslashes, newlines and comment ends escaped',
      { given: [{ 'a"b\\c\n*/': 1 }], want: lines('{', '  "a\\"b\\\\c\\n*/": number;', '}') },
    ],
    ['optional quoted names', { given: [{ 'x-y': 1 }, {}], want: lines('{', '  "x-y"?: number;', '}') }],
  ];
  it.each(names)('property names: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  const formats: Case[] = [
    [
      'a JSDoc line above a property whose strings all share a format',
      {
        given: [{ created: '2024-01-01T10:00:00+05:30', day: '2024-01-01', email: 'a@b.io', url: 'https://x.io/a', id: '123e4567-e89b-12d3-a456-426614174000' }],
        want: lines(
          '{',
          '  /** Format: date-time */',
          '  created: string;',
          '  /** Format: date */',
          '  day: string;',
          '  /** Format: email */',
          '  email: string;',
          '  /** Format: uri */',
          '  url: string;',
          '  /** Format: uuid */',
          '  id: string;',
          '}',
        ),
      },
    ],
    ['also when nullable', { given: [{ at: null }, { at: '2024-01-01' }], want: lines('{', '  /** Format: date */', '  at: string | null;', '}') }],
    ['none when one value does not match', { given: [{ at: '2024-01-01' }, { at: 'never' }], want: lines('{', '  at: string;', '}') }],
    ['indented with nested properties', { given: [{ a: { at: '2024-01-01' } }], want: lines('{', '  a: {', '    /** Format: date */', '    at: string;', '  };', '}') }],
  ];
  it.each(formats)('formats: %s', (_, { given, want }) => {
    expect(renderType(inferShape(given))).toBe(want);
  });

  it('uses the indent it is given', () => {
    expect(renderType(inferShape([{ a: { b: 1 } }]), { indent: '\t' })).toBe(lines('{', '\ta: {', '\t\tb: number;', '\t};', '}'));
  });

  it('renders shapes built by hand, in the order they say', () => {
    const shape: Shape = {
      kind: 'union',
      members: [
        { kind: 'null' },
        { kind: 'array', items: { kind: 'unknown' } },
        { kind: 'object', count: 1, properties: [{ name: 'a', optional: false, seen: 1, shape: { kind: 'unknown' } }] },
      ],
    };
    expect(renderType(shape)).toBe(lines('null | unknown[] | {', '  a: unknown;', '}'));
  });

  it('is deterministic', () => {
    const given: JsonValue[] = [{ b: [1, 'x', null], a: { c: '2024-01-01' } }, { code: 'E' }];
    expect(renderType(inferShape(given))).toBe(renderType(inferShape(structuredClone(given))));
  });
});
