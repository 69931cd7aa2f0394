// The pipeline's order is the import order: a stage never imports a later one (load < normalize <
// infer < plan < emit < render < format < build < write), render/ does not import emit/, and model/ imports no stage.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../generator/paths.js';

const STAGES = ['load', 'normalize', 'infer', 'plan', 'emit', 'render', 'format', 'build', 'write', 'drift'];
const GENERATOR = path.join(PROJECT_ROOT, 'generator');

/** `generator/<folder>/…` file -> the generator folders it imports from. */
function stageImports(): Array<{ file: string; from: string; to: string }> {
  const out: Array<{ file: string; from: string; to: string }> = [];
  for (const file of readdirSync(GENERATOR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
    const from = file.split(path.sep)[0]!;
    if (!STAGES.includes(from) && from !== 'model') continue;
    const text = readFileSync(path.join(GENERATOR, file), 'utf8');
    for (const [, specifier] of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
      if (!specifier!.startsWith('.')) continue;
      const target = path.relative(GENERATOR, path.resolve(path.dirname(path.join(GENERATOR, file)), specifier!));
      out.push({ file, from, to: target.split(path.sep)[0]! });
    }
  }
  return out;
}

describe('stage imports', () => {
  const imports = stageImports();

  it('finds the imports it checks', () => {
    expect(imports.some((i) => i.from === 'emit' && i.to === 'plan')).toBe(true);
  });

  it('no stage imports a later stage', () => {
    const backwards = imports.filter((i) => STAGES.includes(i.to) && STAGES.indexOf(i.to) > STAGES.indexOf(i.from));
    expect(backwards.map((i) => `${i.file} imports ${i.to}/`)).toEqual([]);
  });

  it('render/ imports nothing from emit/: the two are siblings, both fed from the plan', () => {
    expect(imports.filter((i) => i.from === 'render' && i.to === 'emit').map((i) => `${i.file} imports emit/`)).toEqual([]);
  });

  it('model/ imports no stage', () => {
    expect(imports.filter((i) => i.from === 'model' && STAGES.includes(i.to)).map((i) => `${i.file} imports ${i.to}/`)).toEqual([]);
  });
});
