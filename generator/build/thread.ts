// The compiler's worker thread: the type check starts as soon as emit has made the files and the
// build's compiling as soon as src/ is formatted, so that both overlap the format stage (the main
// thread busy with prettier, the second core with the compiler). One worker per process, started
// ahead of its first job (warmCompiler) and reused by every later one. Where no worker runs (it
// failed to start, it died) a job runs on the main thread instead: slower, never skipped.
import { Worker } from 'node:worker_threads';
import type { BuildCache } from './compiler.js';
import { jobs, type Jobs } from './jobs.js';

type Name = keyof Jobs;
export interface Request {
  id: number;
  name: Name;
  job: Parameters<Jobs[Name]>[0];
}
export type Reply = { id: number; result: ReturnType<Jobs[Name]> } | { id: number; error: string };

/** Starts the worker, so that its start-up overlaps the stages before emit. */
export function warmCompiler(): void {
  thread();
}

/** Whether jobs run in the worker thread (false once it failed to start or died); for tests. */
export function jobsOffThread(): boolean {
  return thread() !== null;
}

/** `name`'s job, in the worker thread. */
export function inThread<N extends Name>(name: N, job: Parameters<Jobs[N]>[0]): Promise<ReturnType<Jobs[N]>> {
  const request: Request = { id: nextId++, name, job };
  const running = thread();
  const reply = running
    ? new Promise<Reply>((settle) => {
        if (!running.pending.size) running.worker.ref();
        running.pending.set(request.id, { request, settle });
        running.worker.postMessage(request);
      })
    : Promise.resolve(onMainThread(request));
  return reply.then((r) => {
    if ('error' in r) throw new Error(`the compiler thread failed: ${r.error}`);
    return r.result as ReturnType<Jobs[N]>;
  });
}

interface Thread {
  worker: Worker;
  pending: Map<number, { request: Request; settle: (reply: Reply) => void }>;
}
let current: Thread | null = null;
let unavailable = false;
let nextId = 0;
/** Lib files for jobs on the main thread. */
const libsHere: BuildCache = new Map();

function thread(): Thread | null {
  if (current || unavailable) return current;
  let worker: Worker;
  try {
    // A clean worker (no execArgv: not the parent's loaders, nor vitest's); thread-worker.mjs registers tsx.
    worker = new Worker(new URL('./thread-worker.mjs', import.meta.url), { execArgv: [] });
  } catch {
    unavailable = true;
    return null;
  }
  const started: Thread = { worker, pending: new Map() };
  // An idle worker never keeps the process alive; one with a job to answer does (see inThread).
  worker.unref();
  worker.on('message', (reply: Reply) => {
    const waiting = started.pending.get(reply.id);
    started.pending.delete(reply.id);
    if (!started.pending.size) worker.unref();
    waiting?.settle(reply);
  });
  const lost = () => {
    // The worker could not start or died: its jobs run here, as does every later one.
    unavailable = true;
    if (current === started) current = null;
    for (const { request, settle } of started.pending.values()) settle(onMainThread(request));
    started.pending.clear();
  };
  worker.on('error', lost);
  worker.on('exit', lost);
  current = started;
  return started;
}

function onMainThread(request: Request): Reply {
  return { id: request.id, result: jobs[request.name](request.job as never, libsHere) };
}
