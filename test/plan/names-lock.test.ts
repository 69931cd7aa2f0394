// Names are stable across regenerations: the names lock written with each package pins every
// request's function name, so adding or removing other requests never renames an existing one.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NAMES_LOCK_FILE } from '../../generator/plan/names-lock.js';
import { collection, folder, item } from '../helpers/collection.js';
import { generatePackage, removeDir, repoTempDir } from '../helpers/package.js';

const get = (name: string, path_: string) => item(name, { url: `https://api.test/${path_}` });
const lockOf = (root: string) => JSON.parse(readFileSync(path.join(root, 'api', NAMES_LOCK_FILE), 'utf8')) as { names: Record<string, string>; members: Record<string, string> };
const functionNames = (root: string) => lockOf(root).names;

describe('names lock', () => {
  let root: string;
  beforeAll(() => {
    root = repoTempDir('names-lock-');
  });
  afterAll(() => removeDir(root));

  it('keeps a name when a new request would make it ambiguous, and drops removed requests', async () => {
    const first = await generatePackage(root, 'api', collection([folder('Update Records', [get('Leads', 'leads/1')])]));
    expect(first.diagnostics.hasErrors()).toBe(false);
    expect(Object.values(functionNames(root))).toEqual(['leads']);

    // A second "Leads" would, on a fresh generation, qualify both (`updateRecordsLeads`, `massUpdateRecordsLeads`).
    const grown = collection([folder('Update Records', [get('Leads', 'leads/1')]), folder('Mass Update Records', [get('Leads', 'leads/mass')])]);
    await generatePackage(root, 'api', grown);
    expect(functionNames(root)).toEqual({ 'Update Records / Leads GET': 'leads', 'Mass Update Records / Leads GET': 'massUpdateRecordsLeads' });
    expect(readFileSync(path.join(root, 'api', 'src', 'endpoints.ts'), 'utf8')).toMatch(/export function leads\(/);

    // Removing the first request frees its entry; the second keeps the name it was given.
    await generatePackage(root, 'api', collection([folder('Mass Update Records', [get('Leads', 'leads/mass')])]));
    expect(functionNames(root)).toEqual({ 'Mass Update Records / Leads GET': 'massUpdateRecordsLeads' });
  });

  it('keeps a client member name when a same-named sibling is inserted before it', async () => {
    const put = item('Leads', { method: 'PUT', url: 'https://api.test/leads/1' });
    await generatePackage(root, 'siblings', collection([folder('Records', [put])]));
    const lock = () => JSON.parse(readFileSync(path.join(root, 'siblings', NAMES_LOCK_FILE), 'utf8')) as { members: Record<string, string> };
    expect(lock().members).toEqual({ 'Records / Leads PUT': 'leads' });
    // On a fresh generation the GET, coming first, would take `leads` and push the PUT to `leads2`.
    await generatePackage(root, 'siblings', collection([folder('Records', [item('Leads', { url: 'https://api.test/leads' }), put])]));
    expect(lock().members).toEqual({ 'Records / Leads GET': 'leads2', 'Records / Leads PUT': 'leads' });
    // The member the PUT had still calls the PUT.
    expect(readFileSync(path.join(root, 'siblings', 'src', 'endpoints.ts'), 'utf8')).toMatch(/leads: \{ method: 'PUT'/);
    expect(readFileSync(path.join(root, 'siblings', 'src', 'client.ts'), 'utf8')).toMatch(/\bleads: \(params[^=]*=>\s*leads\(runtime/);
  });

  it('derives afresh, with a warning, when the lock cannot be read', async () => {
    writeFileSync(path.join(root, 'api', NAMES_LOCK_FILE), '{ not json');
    const result = await generatePackage(root, 'api', collection([get('Leads', 'leads/1')]));
    expect(result.diagnostics.all.map((d) => d.code)).toContain('PF113');
    expect(Object.values(functionNames(root))).toEqual(['leads']);
  });
});
