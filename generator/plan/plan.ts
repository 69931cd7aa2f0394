// model + inferred shapes -> the plan: every name, the folder tree of the client, and the files.
import { DEFAULT_FOLD_FOLDERS, type FoldFolders } from '../config.js';
import type { ApiModel, EndpointModel } from '../model/types.js';
import { createFileScope } from './file-names.js';
import {
  environmentKeys,
  isUsableMemberName,
  memberName,
  operationNames,
  pathParamNames,
  RESERVED_CHECKS,
  RESERVED_EXPORTS,
  RESERVED_MEMBERS,
  schemeKeys,
  folderClientType,
  TYPE_SUFFIXES,
  typeStem,
} from './naming.js';
import { lockKey, NO_LOCK, pinnedNames, type NamesLock } from './names-lock.js';
import { createScope, type Scope } from './scope.js';
import { camelCase } from './words.js';

export interface EndpointPlan {
  endpoint: EndpointModel;
  functionName: string;
  /** Property path from the client root: folder groups, then the member name. */
  memberPath: string[];
  /** The request took its folder's place (the folder held only it, under its own name): see `foldFolders`. */
  folded: boolean;
  pathParams: Map<string, string>;
  /** The `auth` key callers pass credentials under, or null. */
  schemeKey: string | null;
  types: { params: string; body: string; result: string; response: (status: number) => string };
  /** test/fixtures/<fixtureFile>: bounded, portable, unique in the folder. */
  fixtureFile: string;
  /** src/types/<typesFile>.ts when the types are split by top-level folder. */
  typesFile: string;
  /** test/types.check.ts: the binding of the imported fixture file, and the type aliases checking its responses and its saved requests. */
  checks: { fixtures: string; check: string; params: string };
}

/** A name that had to give way to another (a numeric suffix was added): reported as PF140. */
export interface Renamed {
  endpoint: EndpointModel;
  what: 'types' | 'fixture file';
  wanted: string;
  got: string;
}

export interface GroupNode {
  kind: 'group';
  name: string;
  title: string;
  children: Array<GroupNode | { kind: 'member'; name: string; endpoint: EndpointPlan }>;
}

/**
 * One top-level folder's files when a large package is split by folder (src/types/, src/endpoints/,
 * src/client/ and src/mocks/examples/<file>.ts), in the order their first endpoints come.
 */
export interface FolderFiles {
  file: string;
  /** The top-level group whose endpoints it holds; null: the requests at the client's root. */
  group: GroupNode | null;
  /** Its part of the `Client` type, and the function that builds that part from a runtime. */
  clientType: string;
  clientFactory: string;
}

export interface Plan {
  packageName: string;
  endpoints: EndpointPlan[];
  root: GroupNode;
  folders: FolderFiles[];
  schemeKeys: Map<string, string>;
  environmentKeys: string[];
  renamed: Renamed[];
}

export interface PlanOptions {
  /** Which sole requests of a folder named like them take the folder's place (config `foldFolders`). */
  foldFolders: FoldFolders;
}

export function plan(
  api: ApiModel,
  packageName: string,
  names: Readonly<Record<string, string>> = {},
  lock: NamesLock = NO_LOCK,
  options: PlanOptions = { foldFolders: DEFAULT_FOLD_FOLDERS },
): Plan {
  const pinned = pinnedNames(api.endpoints, names, lock);
  const functionNames = operationNames(api.endpoints, pinned);
  const { names: declared, scope: declarations } = declaredNames(api.endpoints, functionNames, pinned);
  const schemes = schemeKeys(api.authSchemes);
  const root: GroupNode = { kind: 'group', name: '', title: api.title, children: [] };
  const scopes = new Map<GroupNode, Scope>([[root, createScope(RESERVED_MEMBERS)]]);
  const placed = api.endpoints.map((endpoint, i) => {
    const functionName = functionNames[i]!;
    const { base, fixtureFile, checks } = declared[i]!;
    const entry: EndpointPlan = {
      endpoint,
      functionName,
      memberPath: [],
      folded: false,
      pathParams: pathParamNames(endpoint),
      schemeKey: endpoint.auth.kind === 'scheme' ? schemes.get(endpoint.auth.key)! : null,
      types: {
        params: base + TYPE_SUFFIXES.params,
        body: base + TYPE_SUFFIXES.body,
        result: base + TYPE_SUFFIXES.result,
        response: (status) => base + TYPE_SUFFIXES.response(status),
      },
      fixtureFile,
      typesFile: '',
      checks,
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
  for (const p of placed) {
    const fold = foldable(root, p.path, p.member, options.foldFolders, lock);
    if (fold === null) continue;
    // The member replaces its group in the parent, under the name the group already claimed there.
    fold.parent.children[fold.parent.children.indexOf(fold.group)] = p.member;
    p.member.name = fold.group.name;
    p.path = p.path.slice(0, -1);
    p.entry.folded = true;
  }
  for (const { entry, member, scope } of placed) {
    if (member.name !== '') continue;
    const locked = lock.members.get(lockKey(entry.endpoint));
    if (locked !== undefined && isUsableMemberName(locked) && !scope.has(locked)) member.name = scope.claim(locked);
  }
  for (const { entry, member, path, scope } of placed) {
    if (member.name === '') member.name = memberName(scope, entry.endpoint.name, 'request');
    entry.memberPath = [...path, member.name];
  }
  const endpoints = placed.map((p) => p.entry);
  assignTypesFiles(endpoints);
  const folders = folderFiles(endpoints, root, declarations);
  const renamed = declared.flatMap((d, i) => d.renamed.map((r) => ({ ...r, endpoint: api.endpoints[i]! })));
  return { packageName, endpoints, root, folders, schemeKeys: schemes, environmentKeys: environmentKeys(api), renamed };
}

/**
 * Every declaration and file an endpoint adds besides its function: its type names (one stem for
 * the whole family, so `…Params` and `…Result` always belong together), its fixture file, and its
 * names in test/types.check.ts. Types share one scope with the function names and the package's own
 * exports (src/index.ts re-exports them all). Pinned endpoints claim first, so adding a request never
 * renames an existing one's types or files.
 */
function declaredNames(endpoints: readonly EndpointModel[], functionNames: readonly string[], pinned: ReadonlyArray<string | undefined>) {
  // Case-sensitive, as TypeScript is: `getUserParams` (a function) and `GetUserParams` (a type) are two names.
  const declarations = createScope([...RESERVED_EXPORTS, ...functionNames], { ignoreCase: false });
  const fixtures = createFileScope();
  const checks = createScope(RESERVED_CHECKS, { ignoreCase: false });
  const order = [...endpoints.keys()].sort((a, b) => Number(pinned[b] !== undefined) - Number(pinned[a] !== undefined) || a - b);
  const out = new Array<{ base: string; fixtureFile: string; checks: EndpointPlan['checks']; renamed: Array<Omit<Renamed, 'endpoint'>> }>(endpoints.length);
  for (const i of order) {
    const functionName = functionNames[i]!;
    const statuses = [...new Set(endpoints[i]!.examples.map((e) => e.status))];
    const suffixes = [TYPE_SUFFIXES.params, TYPE_SUFFIXES.body, TYPE_SUFFIXES.result, ...statuses.map(TYPE_SUFFIXES.response)];
    const wanted = typeStem(functionName);
    const base = declarations.claimFamily(wanted, suffixes);
    const fixtureFile = fixtures.claim(functionName, 'request', '.json');
    const renamed: Array<Omit<Renamed, 'endpoint'>> = [];
    if (base !== wanted) renamed.push({ what: 'types', wanted: wanted + TYPE_SUFFIXES.params, got: base + TYPE_SUFFIXES.params });
    const plainFile = createFileScope().claim(functionName, 'request', '.json');
    if (fixtureFile !== plainFile) renamed.push({ what: 'fixture file', wanted: plainFile, got: fixtureFile });
    const result = base + TYPE_SUFFIXES.result;
    out[i] = { base, fixtureFile, checks: { fixtures: checks.claim(`${functionName}Fixtures`), check: checks.claim(`${result}Check`), params: checks.claim(`${base}${TYPE_SUFFIXES.params}Check`) }, renamed };
  }
  return { names: out, scope: declarations };
}

/**
 * The folder files, each with its client part's names. They are claimed after every endpoint's, in
 * the same scope, so a folder never takes a name an endpoint's function or types would have had.
 */
function folderFiles(endpoints: readonly EndpointPlan[], root: GroupNode, declarations: Scope): FolderFiles[] {
  const folders = new Map<string, FolderFiles>();
  for (const entry of endpoints) {
    if (folders.has(entry.typesFile)) continue;
    const name = entry.memberPath.length > 1 ? entry.memberPath[0]! : null;
    const group = name === null ? null : root.children.find((c): c is GroupNode => c.kind === 'group' && c.name === name)!;
    const clientType = declarations.claim(folderClientType(name));
    folders.set(entry.typesFile, { file: entry.typesFile, group, clientType, clientFactory: declarations.claim(`create${clientType}`) });
  }
  return [...folders.values()];
}

/** One src/types/<file>.ts per top-level group; requests at the root go to `_requests` (kebab-case never starts with `_`). */
function assignTypesFiles(endpoints: readonly EndpointPlan[]): void {
  const ROOT = '_requests';
  const files = createFileScope([`${ROOT}.ts`]);
  const byGroup = new Map<string, string>();
  for (const entry of endpoints) {
    const group = entry.memberPath.length > 1 ? entry.memberPath[0]! : null;
    if (group === null) {
      entry.typesFile = ROOT;
      continue;
    }
    let file = byGroup.get(group);
    if (file === undefined) byGroup.set(group, (file = files.claim(group, 'folder', '.ts').slice(0, -'.ts'.length)));
    entry.typesFile = file;
  }
}

/**
 * The folder a member may take the place of: its own, when that folder holds nothing but this request
 * and both spell one name (`Convert Lead / Convert Lead`). `new` folds only requests the lock does not
 * hold yet (or already folded), so a call site that exists never moves unless the user says `all`.
 */
function foldable(root: GroupNode, path: readonly string[], member: GroupNode['children'][number] & { kind: 'member' }, mode: FoldFolders, lock: NamesLock) {
  if (mode === 'none' || path.length === 0) return null;
  const chain = [root];
  for (const name of path) chain.push(chain[chain.length - 1]!.children.find((c): c is GroupNode => c.kind === 'group' && c.name === name)!);
  const group = chain[chain.length - 1]!;
  const parent = chain[chain.length - 2]!;
  if (group.children.length !== 1 || group.children[0] !== member) return null;
  // Names that spell nothing (`***`, `!!!`) both fall back to placeholders: not one name.
  const name = camelCase(group.title).toLowerCase();
  if (name === '' || name !== camelCase(member.endpoint.endpoint.name).toLowerCase()) return null;
  const key = lockKey(member.endpoint.endpoint);
  if (mode === 'new' && lock.members.has(key) && !lock.folded?.has(key)) return null;
  // A locked member name other than the folder's would be renamed by folding.
  const locked = lock.members.get(key);
  if (mode === 'new' && locked !== undefined && locked !== group.name) return null;
  return { group, parent };
}

function childGroup(parent: GroupNode, title: string, scopes: Map<GroupNode, Scope>): GroupNode {
  const existing = parent.children.find((c): c is GroupNode => c.kind === 'group' && c.title === title);
  if (existing) return existing;
  const group: GroupNode = { kind: 'group', name: memberName(scopes.get(parent)!, title, 'folder'), title, children: [] };
  scopes.set(group, createScope(RESERVED_MEMBERS));
  parent.children.push(group);
  return group;
}
