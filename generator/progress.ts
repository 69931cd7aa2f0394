// The progress line: on a terminal, one line on stderr redrawn as stages start (`[1/2] zoho-crm · format ·
// 38 endpoints`). Off when stderr is not a terminal, in CI (`CI` set) and under --check, so logs and
// pipes never see it; whatever else prints clears it first.
import path from 'node:path';
import type { ResolvedCollectionConfig } from './config.js';
import { terminalText } from './drift/report.js';

export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  stage(index: number, job: ResolvedCollectionConfig, stage: string, endpoints: number | null): void;
  /** A collection finished with this many endpoints. */
  done(endpoints: number): void;
  clear(): void;
}

const CLEAR_LINE = '\r\u001b[2K';

export function createProgress(stream: ProgressStream, options: { enabled: boolean; total: number; cwd: string }): Progress {
  if (!options.enabled || !stream.isTTY) return { stage() {}, done() {}, clear() {} };
  let shown = false;
  let finished = 0;
  return {
    stage(index, job, stage, endpoints) {
      const name = terminalText(path.relative(options.cwd, job.input) || job.input);
      const counts = [endpoints === null ? null : `${endpoints} endpoints`, finished ? `${finished} done before` : null].filter(Boolean).join(', ');
      stream.write(`${CLEAR_LINE}postforge [${index + 1}/${options.total}] ${name} · ${stage}${counts ? ` · ${counts}` : ''}`);
      shown = true;
    },
    done(endpoints) {
      finished += endpoints;
    },
    clear() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
