import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_LIMITS, resolveCollection, resolveLimits } from '../../generator/config.js';

describe('config: limits', () => {
  it('spells out every default', () => {
    expect(resolveLimits(undefined)).toEqual({ maxDepth: 32, maxJsonDepth: 64, maxBodyBytes: 16 * 1024 * 1024, maxFileBytes: 512 * 1024 * 1024, maxRequests: 20_000 });
    expect(resolveCollection({ input: 'c.json' }, '/r').limits).toEqual(DEFAULT_LIMITS);
  });

  it('takes each given limit and defaults the others', () => {
    expect(resolveLimits({ maxDepth: 5, maxRequests: 10 })).toEqual({ ...DEFAULT_LIMITS, maxDepth: 5, maxRequests: 10 });
  });

  type Case = [string, { given: unknown; want: RegExp }];
  const bad: Case[] = [
    ['an unknown key', { given: { maxDeep: 3 }, want: /limits\.maxDeep is not a limit/ }],
    ['zero', { given: { maxDepth: 0 }, want: /positive whole number, got 0/ }],
    ['a fraction', { given: { maxBodyBytes: 1.5 }, want: /positive whole number/ }],
    ['a string', { given: { maxFileBytes: '10MB' }, want: /positive whole number, got "10MB"/ }],
    ['above the ceiling the SDK allows', { given: { maxDepth: 1000 }, want: /at most 256/ }],
    ['an array', { given: [1], want: /must be an object/ }],
  ];
  it.each(bad)('refuses %s', (_, { given, want }) => {
    expect(() => resolveLimits(given as never)).toThrow(ConfigError);
    expect(() => resolveLimits(given as never)).toThrow(want);
  });
});
