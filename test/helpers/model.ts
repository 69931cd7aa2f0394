// Endpoint models built directly, for stages that start from the model (plan, emit).
import type { ApiModel, EndpointModel, PathSegment } from '../../generator/model/types.js';

/** `['Folder', 'Sub', 'Item']`: the last entry is the item's name, the rest its folders. */
export function endpoint(itemPath: readonly string[], fields: Partial<EndpointModel> = {}): EndpointModel {
  const name = itemPath[itemPath.length - 1] ?? 'Request';
  const folderPath = itemPath.slice(0, -1);
  return {
    kind: 'endpoint',
    id: `id:${itemPath.join('/')}:${fields.method ?? 'GET'}`,
    name,
    folderPath,
    description: null,
    method: 'GET',
    path: [{ kind: 'literal', value: 'x' }],
    query: [],
    headers: [],
    auth: { kind: 'none' },
    body: { kind: 'none' },
    examples: [],
    origin: null,
    source: { file: 'test.postman_collection.json', itemPath: [...folderPath, name], pointer: '' },
    ...fields,
  };
}

export const param = (name: string): PathSegment => ({ kind: 'param', name, style: 'variable', prefix: '', suffix: '', example: null, description: null });
export const literal = (value: string): PathSegment => ({ kind: 'literal', value });

export function api(endpoints: EndpointModel[], fields: Partial<ApiModel> = {}): ApiModel {
  return {
    kind: 'api',
    title: 'Test API',
    description: null,
    source: { file: 'test.postman_collection.json', itemPath: [], pointer: '' },
    baseUrl: { kind: 'baseUrl', template: 'https://api.test', variable: null, defaultValue: 'https://api.test' },
    environments: [],
    authSchemes: [],
    folders: [],
    endpoints,
    ...fields,
  };
}
