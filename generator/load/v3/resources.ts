// `.postman/resources.yaml`, which Postman's Native Git keeps at the repository root: which local
// paths are which cloud resources. postforge reads the collection and environment paths from it
// (relative to the .postman folder or to the repository), as keys of a map or entries of a list
// under `collections` / `environments` at any depth (`cloudResources.collections`, `localResources.collections`).
// A path that no longer exists is a warning (PF027) and is skipped.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from '../../config.js';
import { createDiagnostics, type Diagnostic } from '../../diagnostics.js';
import { isMap, token } from './context.js';
import { readYamlFile, type Yaml } from './yaml-file.js';

export const RESOURCES_FILE = path.join('.postman', 'resources.yaml');

export interface WorkspaceResources {
  collections: string[];
  environments: string[];
  /** What could not be read or found, said as diagnostics (PF027, or the file's own YAML problems). */
  problems: Diagnostic[];
}

export function readResources(root: string): WorkspaceResources | null {
  const file = path.join(root, RESOURCES_FILE);
  if (!existsSync(file)) return null;
  const diagnostics = createDiagnostics();
  const out: WorkspaceResources = { collections: [], environments: [], problems: [] };
  const yaml = readYamlFile(file, DEFAULT_LIMITS, diagnostics);
  const found = { collections: new Set<string>(), environments: new Set<string>() };
  const visit = (value: Yaml, kind: keyof typeof found | null, pointer: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => (kind && typeof v === 'string' ? add(kind, v, `${pointer}/${i}`) : visit(v, kind, `${pointer}/${i}`)));
    else if (isMap(value)) {
      for (const [key, v] of Object.entries(value)) {
        const inner = key === 'collections' || key === 'environments' ? key : null;
        if (kind && !inner) add(kind, key, pointer + token(key));
        else visit(v, inner ?? kind, pointer + token(key));
      }
    }
  };
  const add = (kind: keyof typeof found, entry: string, pointer: string) => {
    const candidates = [path.resolve(path.dirname(file), entry), path.resolve(root, entry)];
    const hit = candidates.find((c) => existsSync(c));
    if (hit) found[kind].add(hit);
    else diagnostics.report('PF027', `${entry} does not exist (looked beside .postman/ and at the repository root); it is skipped`, { file, pointer, line: yaml?.lines.get(pointer) });
  };
  if (yaml) visit(yaml.value, null, '');
  out.collections = [...found.collections];
  out.environments = [...found.environments];
  out.problems = [...diagnostics.all];
  return out;
}
