import { describe, expect, it } from 'vitest';
import { folder, item, SCHEMA_V21, writeCollection, writeTemp } from '../helpers/collection.js';
import { codes, loadAndNormalize, normalized } from '../helpers/pipeline.js';

/** `levels` folders nested in one another around `inner`, as JSON text (JSON.stringify itself overflows on such depth). */
function nestedFolders(levels: number, inner: object): string {
  return '{"name":"f","item":['.repeat(levels) + JSON.stringify(inner) + ']}'.repeat(levels);
}

const leads = (method: string, path: string) => item('Leads', { method, url: `https://www.zohoapis.com/crm/${path}` });

/** The Zoho CRM layout: three requests named "Leads" in three folders. */
const zohoItems = [
  folder('V2', [
    folder('Records API', [folder('Update Records', [leads('PUT', 'v2/Leads/1')]), folder('Mass Update Records', [leads('POST', 'v2/Leads/actions/mass_update')])]),
  ]),
  folder('V2.1', [folder('Records API', [folder('Mass Update Records', [leads('POST', 'v2.1/Leads/actions/mass_update')])])]),
];

describe('normalize: folders and item paths', () => {
  it('lists every folder with its path from the root, in collection order', () => {
    const { api } = normalized(writeCollection(zohoItems));
    expect(api.folders.map((f) => f.path.join(' / '))).toEqual([
      'V2',
      'V2 / Records API',
      'V2 / Records API / Update Records',
      'V2 / Records API / Mass Update Records',
      'V2.1',
      'V2.1 / Records API',
      'V2.1 / Records API / Mass Update Records',
    ]);
    expect(api.folders[2]!.source.pointer).toBe('/item/0/item/0/item/0');
  });

  it('keeps the three same-named "Leads" items apart by folder path, method and pointer', () => {
    const { api } = normalized(writeCollection(zohoItems));
    expect(
      api.endpoints.map((e) => ({ name: e.name, folderPath: e.folderPath, itemPath: e.source.itemPath.join(' / '), method: e.method, pointer: e.source.pointer })),
    ).toEqual([
      { name: 'Leads', folderPath: ['V2', 'Records API', 'Update Records'], itemPath: 'V2 / Records API / Update Records / Leads', method: 'PUT', pointer: '/item/0/item/0/item/0/item/0' },
      { name: 'Leads', folderPath: ['V2', 'Records API', 'Mass Update Records'], itemPath: 'V2 / Records API / Mass Update Records / Leads', method: 'POST', pointer: '/item/0/item/0/item/1/item/0' },
      { name: 'Leads', folderPath: ['V2.1', 'Records API', 'Mass Update Records'], itemPath: 'V2.1 / Records API / Mass Update Records / Leads', method: 'POST', pointer: '/item/1/item/0/item/0/item/0' },
    ]);
  });

  it('keeps an item id as written, and makes one from the pointer when there is none', () => {
    const { api } = normalized(writeCollection([item('A', { url: 'https://x.test/a' }, [], { id: 'id-a' }), item('B', { url: 'https://x.test/b' })]));
    expect(api.endpoints.map((e) => e.id)).toEqual(['id-a', 'item:/item/1']);
  });

  it('names an item without a name by its position', () => {
    const { api } = normalized(writeCollection([item('A', { url: 'https://x.test/a' }), item('  ', { url: 'https://x.test/b' })]));
    expect(api.endpoints.map((e) => e.name)).toEqual(['A', 'Untitled 2']);
  });

  it('reports PF004 for a collection with folders but no requests', () => {
    const { api, diagnostics } = normalized(writeCollection([folder('Empty', [])]));
    expect(api.endpoints).toEqual([]);
    expect(diagnostics.all.map((d) => [d.code, d.severity])).toEqual([['PF004', 'error']]);
  });

  it('reads the title and description from info', () => {
    const { api } = normalized(writeCollection([item('A', { url: 'https://x.test/a' })]));
    expect(api.title).toBe('Test API');
    expect(api.description).toBeNull();
  });

  it('keeps pointers and item paths as in the file when load left items out or read `items`', () => {
    const file = writeTemp({ info: { name: 'T', schema: SCHEMA_V21 }, item: [null, { name: 'F', items: [7, item('A', { url: 'https://x.test/a' })] }, item('B', { url: 'https://x.test/b' })] });
    const { api, diagnostics } = normalized(file);
    expect(codes(diagnostics)).toEqual(['PF016', 'PF011', 'PF016']);
    expect(api.folders.map((f) => [f.path.join(' / '), f.source.pointer])).toEqual([['F', '/item/1']]);
    expect(api.endpoints.map((e) => [e.source.itemPath.join(' / '), e.source.pointer, e.id])).toEqual([
      ['F / A', '/item/1/items/1', 'item:/item/1/items/1'],
      ['B', '/item/2', 'item:/item/2'],
    ]);
  });

  it('names an example by its pointer in the file when an earlier one was left out', () => {
    const file = writeTemp({ info: { name: 'T', schema: SCHEMA_V21 }, item: [{ ...item('A', { url: 'https://x.test/a' }), response: [null, { name: 'ok', code: 200, body: '' }] }] });
    const { api } = normalized(file);
    expect(api.endpoints[0]!.examples.map((e) => e.source.pointer)).toEqual(['/item/0/response/1']);
  });
});

describe('normalize: a 5,000-level folder tree', () => {
  it('finishes: the folders beyond limits.maxDepth are left out once, at their pointer, and the shallow request is kept', () => {
    const deep = nestedFolders(5000, item('Deep', { url: 'https://x.test/deep' }));
    const file = writeTemp(`{"info":{"name":"T","schema":"${SCHEMA_V21}"},"item":[${deep},${JSON.stringify(item('Top', { url: 'https://x.test/top' }))}]}`);
    const { api, diagnostics } = loadAndNormalize(file);
    expect(diagnostics.all.map((d) => [d.code, d.pointer.split('/item').length - 1, d.itemPath.length])).toEqual([['PF017', 33, 33]]);
    expect(diagnostics.all[0]!.message).toMatch(/33 levels deep, deeper than limits\.maxDepth \(32\); it is left out with the 1 request/);
    expect(api!.endpoints.map((e) => e.name)).toEqual(['Top']);
    expect(api!.folders).toHaveLength(32);
  });
});

