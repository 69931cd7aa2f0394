// The regeneration workflow is checked as CI would need it: valid against SchemaStore's GitHub workflow
// schema (through @action-validator/core, which bundles it), and every command it runs exists: npm
// scripts in package.json, the flags `postforge generate` accepts, git subcommands, the paths it filters on.
// Each check is also shown to fail on a broken copy, so a check that cannot fail does not pass unnoticed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { GENERATE_OPTIONS } from '../../generator/cli.js';
import { PROJECT_ROOT } from '../../generator/paths.js';

const FILE = path.join(PROJECT_ROOT, '.github', 'workflows', 'postforge-regenerate.yml');
const text = readFileSync(FILE, 'utf8');

interface Step {
  run?: string;
  uses?: string;
  if?: string;
}
interface Workflow {
  on: Record<string, { paths?: string[]; types?: string[]; branches?: string[] }>;
  jobs: Record<string, { steps: Step[]; if?: string }>;
}

/** Schema errors, without the validator's notes on stderr. */
function schemaErrors(source: string): unknown[] {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    return validateWorkflow(source).errors;
  } finally {
    warn.mockRestore();
    log.mockRestore();
  }
}

const scripts = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const gitCommands = new Set(
  execFileSync('git', ['help', '--all'], { encoding: 'utf8' })
    .split('\n')
    .flatMap((line) => /^ {3}([a-z][a-z0-9-]*)\s/.exec(line)?.slice(1) ?? []),
);

/** Shell words of one simple command (quotes kept together). */
function words(command: string): string[] {
  return [...command.matchAll(/"[^"]*"|'[^']*'|\S+/g)].map((m) => m[0].replace(/^["']|["']$/g, ''));
}

/** Why a command line cannot run as written, or null. Only the programs this workflow needs are known. */
function commandProblem(command: string): string | null {
  const [program, ...args] = words(command);
  if (program === 'npm') {
    if (args[0] === 'ci' || args[0] === 'test') return args.length === 1 ? null : `npm ${args[0]} takes no arguments here`;
    if (args[0] !== 'run') return `npm ${args[0]}: not a command this workflow should need`;
    const script = args[1] ?? '';
    if (!Object.hasOwn(scripts, script)) return `npm run ${script}: no such script in package.json`;
    const dash = args.indexOf('--');
    if (dash === -1) return null;
    if (script !== 'generate') return `npm run ${script} -- …: only generate takes flags here`;
    return generateFlagsProblem(args.slice(dash + 1));
  }
  if (program === 'git') return gitCommands.has(args[0] ?? '') ? null : `git ${args[0]}: no such git command`;
  return `${program}: not a program this workflow should run`;
}

/** The flags after `npm run generate --`, checked against what the CLI accepts (and --fail-on's values). */
function generateFlagsProblem(argv: string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (!flag.startsWith('--')) return `${flag}: the workflow generates what postforge.config.ts lists, with no collection argument`;
    const option = (GENERATE_OPTIONS as Record<string, { type: string }>)[flag.slice(2)];
    if (!option) return `${flag}: postforge generate has no such flag`;
    if (option.type === 'string') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return `${flag} needs a value`;
      if (flag === '--fail-on' && !['breaking', 'any', 'none'].includes(value)) return `--fail-on ${value}: not breaking, any or none`;
    }
  }
  return null;
}

/** Each simple command of every `run:` block: lines, split at `&&`, `||`, `;` and `|`. */
function commands(workflow: Workflow): string[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    job.steps.flatMap((step) => (step.run ?? '').split('\n').flatMap((line) => line.split(/&&|\|\||;|\|/).map((c) => c.trim()).filter(Boolean))),
  );
}

describe('.github/workflows/postforge-regenerate.yml', () => {
  const workflow = parse(text) as Workflow;

  it('is valid against the GitHub workflow schema', () => {
    expect(schemaErrors(text)).toEqual([]);
  });

  it('a broken copy is not (the schema check can fail)', () => {
    expect(schemaErrors(text.replace('runs-on: ubuntu-latest', 'runz-on: ubuntu-latest')).length).toBeGreaterThan(0);
  });

  it('runs only commands that exist: npm scripts, postforge flags, git subcommands', () => {
    const all = commands(workflow);
    expect(all).toContain('npm run generate -- --check --report drift-report.md --fail-on breaking');
    expect(all.map((c) => [c, commandProblem(c)]).filter(([, problem]) => problem !== null)).toEqual([]);
  });

  it('the command check rejects what does not exist', () => {
    expect(commandProblem('npm run generat')).toMatch(/no such script/);
    expect(commandProblem('npm run generate -- --check --frobnicate')).toMatch(/no such flag/);
    expect(commandProblem('npm run generate -- --fail-on breakin')).toMatch(/not breaking, any or none/);
    expect(commandProblem('npm run generate -- --report')).toMatch(/needs a value/);
    expect(commandProblem('git comit -m x')).toMatch(/no such git command/);
    expect(commandProblem('curl https://example.com')).toMatch(/not a program/);
  });

  it('pull requests touching collections/ fail on breaking drift unless labelled, and always post the report', () => {
    expect(workflow.on['pull_request']!.paths).toEqual(['collections/**']);
    expect(workflow.on['pull_request']!.types).toEqual(expect.arrayContaining(['labeled', 'unlabeled']));
    const steps = workflow.jobs['drift']!.steps;
    const strict = steps.find((s) => s.run?.includes('--fail-on breaking'))!;
    const lenient = steps.find((s) => s.run?.includes('--fail-on none'))!;
    expect(strict.if).toContain("!contains(github.event.pull_request.labels.*.name, 'api-breaking-ok')");
    expect(lenient.if).toContain("contains(github.event.pull_request.labels.*.name, 'api-breaking-ok')");
    const comment = steps.find((s) => s.uses?.startsWith('actions/github-script@'))!;
    expect(comment.if).toContain('always()');
    // The comment is found again by the report's own marker, so each push updates one comment.
    expect((comment as { with?: { script?: string } }).with?.script).toContain('<!-- postforge-drift-report -->');
  });

  it('main regenerates and commits generated/', () => {
    expect(workflow.on['push']!.branches).toEqual(['main']);
    expect(commands({ ...workflow, jobs: { regenerate: workflow.jobs['regenerate']! } })).toEqual(expect.arrayContaining(['npm run generate', 'git add generated', 'git push']));
  });

  it('every path filter matches a file of this repository, and actions are pinned to a major version', () => {
    const filters = Object.values(workflow.on).flatMap((event) => event.paths ?? []);
    for (const filter of filters) {
      const [dir, rest] = filter.split('/**');
      if (rest === '') expect(readdirSync(path.join(PROJECT_ROOT, dir!)).length, filter).toBeGreaterThan(0);
      else expect(existsSync(path.join(PROJECT_ROOT, filter)), filter).toBe(true);
    }
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.uses ? [s.uses] : [])));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action).toMatch(/^actions\/[a-z-]+@v\d+$/);
  });
});
