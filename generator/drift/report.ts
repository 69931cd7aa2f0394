// The drift report: console text and Markdown for a pull-request comment. Names and item paths come
// from the collection, so they are made inert first: control and bidi characters are escaped for the
// terminal, and Markdown's own characters (and `@` mentions, HTML) are escaped for the comment.
import { isBreaking, type Drift, type EndpointDrift } from './compare.js';

export interface PackageDrift {
  /** The package folder, as the console shows it (`generated/zoho-crm`). */
  target: string;
  drift: Drift;
}

export interface DriftCounts {
  added: number;
  removed: number;
  changed: number;
  breaking: number;
  compatible: number;
}

export function driftCounts(drift: Drift): DriftCounts {
  const count = (kind: EndpointDrift['kind']) => drift.endpoints.filter((e) => e.kind === kind).length;
  const changes = drift.endpoints.flatMap((e) => e.changes);
  return {
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    breaking: changes.filter((c) => c.severity === 'breaking').length,
    compatible: changes.filter((c) => c.severity === 'compatible').length,
  };
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

/** One line per endpoint that drifted: what the watch mode prints. */
export function endpointLines(drift: Drift): string[] {
  return drift.endpoints.map((e) => {
    const { endpoint } = e;
    const tag = e.kind === 'changed' ? (isBreaking(e) ? ' [breaking]' : '') : e.kind === 'removed' ? ' [breaking]' : '';
    return `  ${MARK[e.kind]} ${e.kind.padEnd(8)} ${terminalText(endpoint.function)}  ${terminalText(endpoint.method)} ${terminalText(endpoint.path)}  (${terminalText(endpoint.itemPath)})${tag}`;
  });
}

/** The console report: a headline, then each endpoint and, for changed ones, each change. */
export function driftText({ target, drift }: PackageDrift): string[] {
  if (!drift.compared) return [`  drift ${target}: no previous API summary to compare with (a new package, or one an older postforge wrote)`];
  const c = driftCounts(drift);
  if (!drift.endpoints.length) return [`  drift ${target}: no API changes`];
  const lines = [`  drift ${target}: ${c.added} added, ${c.removed} removed, ${c.changed} changed; ${c.breaking} breaking, ${c.compatible} compatible change(s)`];
  const endpoints = endpointLines(drift);
  drift.endpoints.forEach((e, i) => {
    lines.push(endpoints[i]!);
    if (e.kind === 'changed') for (const change of e.changes) lines.push(`      ${change.severity.padEnd(10)} ${terminalText(change.where)}: ${terminalText(change.message)}`);
  });
  return lines;
}

/** The Markdown report over every package of the run. */
export function driftMarkdown(packages: readonly PackageDrift[]): string {
  const all = packages.map((p) => driftCounts(p.drift));
  const breaking = all.reduce((n, c) => n + c.breaking, 0);
  const out = [
    '<!-- postforge-drift-report -->',
    '## postforge: API drift',
    '',
    breaking ? `**${breaking} breaking change(s).** Callers of the generated packages may need to change.` : 'No breaking changes.',
    '',
    '| package | added | removed | changed | breaking | compatible |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...packages.map((p, i) =>
      p.drift.compared
        ? `| ${mdCode(p.target)} | ${all[i]!.added} | ${all[i]!.removed} | ${all[i]!.changed} | ${all[i]!.breaking} | ${all[i]!.compatible} |`
        : `| ${mdCode(p.target)} | no previous summary | | | | |`,
    ),
  ];
  for (const p of packages) {
    if (!p.drift.endpoints.length) continue;
    out.push('', `### ${mdCode(p.target)}`, '');
    for (const e of p.drift.endpoints) {
      const { endpoint } = e;
      const tag = isBreaking(e) ? ' **breaking**' : '';
      out.push(`- ${MARK[e.kind]} ${e.kind} ${mdCode(endpoint.function)} ${mdCode(`${endpoint.method} ${endpoint.path}`)} (${mdText(endpoint.itemPath)})${tag}`);
      if (e.kind === 'changed') for (const change of e.changes) out.push(`  - ${change.severity === 'breaking' ? '**breaking**' : 'compatible'} ${mdCode(change.where)}: ${mdText(change.message)}`);
    }
  }
  return out.join('\n') + '\n';
}

/** C0/C1 controls, DEL, bidi and line separators as `\u{…}`: collection text never moves the cursor or reorders a line. */
export function terminalText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Markdown text with every character Markdown or GitHub gives a meaning escaped, on one line. */
export function mdText(text: string): string {
  return terminalText(text).replace(/[\\`*_{}[\]()<>#!|~@&]/g, (c) => `\\${c}`);
}

/** An inline code span that no backtick in `text` can close. */
export function mdCode(text: string): string {
  const safe = terminalText(text);
  const longest = Math.max(0, ...[...safe.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') || safe.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}
