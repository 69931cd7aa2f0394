import { describe, expect, it } from 'vitest';
import { headerProblem, headerValueSent, methodProblem, sendsNoBody } from '../../generator/normalize/fetch-rules.js';

describe('fetch rules: what a method, header and body can be', () => {
  it.each([
    ['GET', null],
    ['PURGE', null],
    ['patch', null],
    ['M-SEARCH', null],
    ['GE T', /not an HTTP method token/],
    ['GET\n', /not an HTTP method token/],
    ['"POST"', /not an HTTP method token/],
    ['', /not an HTTP method token/],
    ['CONNECT', /forbids the CONNECT/],
    ['trace', /forbids the TRACE/],
    ['Track', /forbids the TRACK/],
  ] as const)('method %j', (method, want) => {
    const problem = methodProblem(method);
    if (want === null) expect(problem).toBeNull();
    else expect(problem).toMatch(want);
  });

  it.each([
    ['X-Ok', 'fine', null],
    ['X-`tick`', 'ok', null],
    ['X-Latin', 'café', null],
    ['X-Tab', 'a\tb', null],
    ['disabled header', 'x', /name/],
    ['X-"q"', 'x', /name/],
    ['X-Colon:', 'x', /name/],
    ['', 'x', /name/],
    ['__Proto__', 'x', /__proto__/],
    ['constructor', 'x', null],
    ['X-Euro', '5 €', /value/],
    ['X-Crlf', 'a\r\nb', /value/],
    ['X-Nul', 'a\u0000b', /value/],
    ['X-Del', 'a\u007fb', /value/],
  ] as const)('header %j: %j', (name, value, want) => {
    const problem = headerProblem(name, value);
    if (want === null) expect(problem).toBeNull();
    else expect(problem).toMatch(want);
  });

  it('header values go out without surrounding spaces and tabs, as fetch sends them', () => {
    expect(headerValueSent('  padded \t')).toBe('padded');
    expect(headerValueSent('in  side')).toBe('in  side');
    // What fetch itself does with the same value:
    expect(new Headers({ x: '  padded \t' }).get('x')).toBe(headerValueSent('  padded \t'));
  });

  it('agrees with fetch: every header it accepts, fetch accepts', () => {
    for (const [name, value] of [['X-Ok', 'fine'], ['X-`tick`', 'ok'], ['X-Latin', 'café']] as const) {
      expect(headerProblem(name, value)).toBeNull();
      expect(() => new Headers([[name, value]])).not.toThrow();
    }
    for (const [name, value] of [['disabled header', 'x'], ['X-Euro', '€'], ['X-Crlf', 'a\r\nb']] as const) {
      expect(headerProblem(name, value)).not.toBeNull();
      expect(() => new Headers([[name, value]])).toThrow();
    }
  });

  it('GET and HEAD send no body', () => {
    expect([sendsNoBody('GET'), sendsNoBody('HEAD'), sendsNoBody('POST'), sendsNoBody('DELETE')]).toEqual([true, true, false, false]);
    expect(() => new Request('https://api.test/', { method: 'GET', body: 'x' })).toThrow();
  });
});
