// `postforge generate --watch` for real: a spawned CLI in a temp project; the test edits the collection
// the way an editor does (a half-saved file, then a good one) and reads what the CLI prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import { tempDir } from '../helpers/collection.js';

const PAIRS = path.join(PROJECT_ROOT, 'test', 'drift', 'pairs');
// The child runs in a temp folder, where a bare `tsx` would not resolve: load postforge's own.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Collects a child's stdout; `next(re)` resolves with the first line matching `re` after the previous match. */
function reader(child: ChildProcess) {
  let text = '';
  let from = 0;
  const waiters: Array<() => void> = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
    waiters.splice(0).forEach((w) => w());
  });
  return {
    all: () => text,
    next(re: RegExp, ms = 60_000): Promise<string> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line matching ${re} within ${ms} ms; output so far:\n${text}`)),
          ms,
        );
        const look = () => {
          const lines = text.slice(from).split('\n');
          let offset = from;
          for (const line of lines.slice(0, -1)) {
            offset += line.length + 1;
            if (re.test(line)) {
              from = offset;
              clearTimeout(timer);
              return resolve(line);
            }
          }
          waiters.push(look);
        };
        look();
      });
    },
  };
}

/** `postforge generate <args> --watch` in `cwd`, as a terminal-less user runs it. */
function startWatch(cwd: string, args: string[]) {
  const child = spawn(
    process.execPath,
    ['--import', TSX, path.join(PROJECT_ROOT, 'generator', 'cli.ts'), 'generate', ...args, '--watch'],
    {
      cwd,
      env: { ...process.env, CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: reader(child) };
}

describe('generate --watch', () => {
  it('regenerates on save, prints the endpoint lines, survives a half-saved file, exits 0 on SIGINT', async () => {
    const cwd = tempDir('postforge-watch-');
    const input = path.join(cwd, 'users.postman_collection.json');
    copyFileSync(path.join(PAIRS, 'before.postman_collection.json'), input);
    const { child, exited, out } = startWatch(cwd, ['users.postman_collection.json', '--out', 'out']);
    try {
      await out.next(/^✓ out: 4 endpoints/, 90_000);
      await out.next(/^watching 1 file\(s\) for changes/);

      // Half-saved: the diagnostic, nothing regenerated, still watching.
      writeFileSync(input, '{ "info": { "name": "Users API", ');
      expect(await out.next(/PF002/)).toContain('users.postman_collection.json');
      await out.next(/^✗ users\.postman_collection\.json: not regenerated \(still watching\)/);

      // A good save: only what changed for callers, compared with the package written last.
      copyFileSync(path.join(PAIRS, 'compatible.postman_collection.json'), input);
      expect(await out.next(/^↻ out:/)).toMatch(
        /^↻ out: 1 added, 0 removed, 3 changed \(0 breaking\); \d+ file\(s\) written$/,
      );
      const lines = [
        await out.next(/^ {2}[~+-] /),
        await out.next(/^ {2}[~+-] /),
        await out.next(/^ {2}[~+-] /),
        await out.next(/^ {2}[~+-] /),
      ];
      expect(lines.map((l) => l.trim().replace(/ +/g, ' '))).toEqual([
        '~ changed getUser GET /users/{id} (Users / Get User)',
        '~ changed listUsers GET /users (Users / List Users)',
        '~ changed createUser POST /users (Users / Create User)',
        '+ added updateUser PATCH /users/{id} (Users / Update User)',
      ]);
      // The per-file list of a normal run is not printed in watch mode.
      expect(out.all()).not.toMatch(/^ {2}changed /m);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(out.all()).toMatch(/stopped watching\n$/);
  }, 180_000);

  it('watches inside a v3 collection folder: an edit to a nested file regenerates', async () => {
    const cwd = tempDir('postforge-watch-v3-');
    cpSync(path.join(PROJECT_ROOT, 'test', 'v3', 'trees', 'zoho-bigin'), path.join(cwd, 'bigin'), { recursive: true });
    const { child, exited, out } = startWatch(cwd, ['bigin', '--out', 'out', '--name', 'bigin']);
    try {
      await out.next(/^✓ out: 1 endpoints/, 90_000);
      await out.next(/^watching 1 file\(s\) for changes/);
      // A saved example two folders down gains a response field: a compatible change of the one endpoint.
      const example = path.join(
        cwd,
        'bigin',
        'Records',
        '.resources',
        'Add records.resources',
        'examples',
        'Add Contacts.example.yaml',
      );
      const text = readFileSync(example, 'utf8');
      expect(text).toContain('"status": "success"');
      writeFileSync(example, text.replace('"status": "success"', '"status": "success", "watched": true'));
      expect(await out.next(/^↻ out:/)).toMatch(
        /^↻ out: 0 added, 0 removed, 1 changed \(0 breaking\); \d+ file\(s\) written$/,
      );
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 180_000);
});
