// What the compiler thread does (thread.ts): the type check and the build's compiling, each a pure
// function of its input, so that it runs the same in the worker or, where none runs, here.
import { emitSources, type EmitJob, type EmitResult } from './transpile.js';
import { checkSources } from './check.js';
import type { BuildCache, BuildProblem } from './compiler.js';

export interface CheckJob {
  /** The files the compiler may read: src/, package.json and the tsconfig files, by in-memory path. */
  files: Array<[path: string, text: string]>;
  roots: string[];
  whole: boolean;
}

export interface Jobs {
  check: (job: CheckJob, libs: BuildCache) => BuildProblem[];
  emit: (job: EmitJob, libs: BuildCache) => EmitResult;
}

export const jobs: Jobs = {
  check: (job, libs) => checkSources(new Map(job.files), job.roots, job.whole, libs),
  emit: (job) => emitSources(job),
};
