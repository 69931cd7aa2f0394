// The progress line: drawn only on a terminal, when enabled; cleared before other output.
import { describe, expect, it } from 'vitest';
import { resolveCollection } from '../generator/config.js';
import { createProgress } from '../generator/progress.js';

const job = resolveCollection({ input: 'collections/users.postman_collection.json' }, '/project');

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('progress line', () => {
  it('on a terminal: the collection, the stage and the endpoints, redrawn in place, then cleared', () => {
    const s = stream(true);
    const p = createProgress(s, { enabled: true, total: 2, cwd: '/project' });
    p.stage(0, job, 'load', null);
    p.stage(0, job, 'format', 12);
    p.clear();
    p.clear();
    expect(s.written).toEqual([
      '\r\u001b[2Kpostforge [1/2] collections/users.postman_collection.json · load',
      '\r\u001b[2Kpostforge [1/2] collections/users.postman_collection.json · format · 12 endpoints',
      '\r\u001b[2K',
    ]);
  });

  it.each([
    ['not a terminal', false, true],
    ['disabled (CI, --check, --watch)', true, false],
  ])('silent when %s', (_, isTTY, enabled) => {
    const s = stream(isTTY);
    const p = createProgress(s, { enabled, total: 1, cwd: '/project' });
    p.stage(0, job, 'load', null);
    p.clear();
    expect(s.written).toEqual([]);
  });
});
