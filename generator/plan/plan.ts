// model + inferred shapes -> the plan: every name, the folder tree of the client, and the files.
import type { ApiModel, EndpointModel } from '../model/types.js';
import { environmentKeys, fixtureFileName, memberName, operationNames, pathParamNames, RESERVED_MEMBERS, schemeKeys, typeName } from './naming.js';
import { lockKey, NO_LOCK, pinnedNames, type NamesLock } from './names-lock.js';
import { createScope, type Scope } from './scope.js';

export interface EndpointPlan {
  endpoint: EndpointModel;
  functionName: string;
  /** Property path from the client root: folder groups, then the member name. */
  memberPath: string[];
  pathParams: Map<string, string>;
  /** The `auth` key callers pass credentials under, or null. */
  schemeKey: string | null;
  types: { params: string; body: string; result: string; response: (status: number) => string };
  fixtureFile: string;
}

export interface GroupNode {
  kind: 'group';
  name: string;
  title: string;
  children: Array<GroupNode | { kind: 'member'; name: string; endpoint: EndpointPlan }>;
}

export interface Plan {
  packageName: string;
  endpoints: EndpointPlan[];
  root: GroupNode;
  schemeKeys: Map<string, string>;
  environmentKeys: string[];
}

export function plan(api: ApiModel, packageName: string, names: Readonly<Record<string, string>> = {}, lock: NamesLock = NO_LOCK): Plan {
  const functionNames = operationNames(api.endpoints, pinnedNames(api.endpoints, names, lock));
  const schemes = schemeKeys(api.authSchemes);
  const root: GroupNode = { kind: 'group', name: '', title: api.title, children: [] };
  const scopes = new Map<GroupNode, Scope>([[root, createScope(RESERVED_MEMBERS)]]);
  const placed = api.endpoints.map((endpoint, i) => {
    const functionName = functionNames[i]!;
    const base = typeName(functionName, '');
    const entry: EndpointPlan = {
      endpoint,
      functionName,
      memberPath: [],
      pathParams: pathParamNames(endpoint),
      schemeKey: endpoint.auth.kind === 'scheme' ? schemes.get(endpoint.auth.key)! : null,
      types: { params: `${base}Params`, body: `${base}Body`, result: `${base}Result`, response: (status) => `${base}Response${status}` },
      fixtureFile: fixtureFileName(functionName),
    };
    let group = root;
    const path: string[] = [];
    for (const folder of endpoint.folderPath) {
      group = childGroup(group, folder, scopes);
      path.push(group.name);
    }
    // Placed now, in collection order; named below, once the names the lock pins are claimed.
    const member = { kind: 'member' as const, name: '', endpoint: entry };
    group.children.push(member);
    return { entry, member, path, scope: scopes.get(group)! };
  });
  for (const { entry, member, scope } of placed) {
    const locked = lock.members.get(lockKey(entry.endpoint));
    if (locked !== undefined && /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(locked) && !scope.has(locked)) member.name = scope.claim(locked);
  }
  for (const { entry, member, path, scope } of placed) {
    if (member.name === '') member.name = memberName(scope, entry.endpoint.name, 'request');
    entry.memberPath = [...path, member.name];
  }
  const endpoints = placed.map((p) => p.entry);
  return { packageName, endpoints, root, schemeKeys: schemes, environmentKeys: environmentKeys(api) };
}

function childGroup(parent: GroupNode, title: string, scopes: Map<GroupNode, Scope>): GroupNode {
  const existing = parent.children.find((c): c is GroupNode => c.kind === 'group' && c.title === title);
  if (existing) return existing;
  const group: GroupNode = { kind: 'group', name: memberName(scopes.get(parent)!, title, 'folder'), title, children: [] };
  scopes.set(group, createScope(RESERVED_MEMBERS));
  parent.children.push(group);
  return group;
}
