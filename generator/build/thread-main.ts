// The compiler's worker thread: jobs from thread.ts, one at a time, each answered with its result.
// Lib files stay parsed across jobs (a watch session, the collections of one run).
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { BuildCache } from './compiler.js';
import { jobs } from './jobs.js';
import type { Reply, Request } from './thread.js';

// Below the main thread (on Linux this sets this thread's niceness only): its prettier and the
// garbage collector's helpers come first, and this uses the core they leave.
try {
  setPriority(19);
} catch {
  // not allowed here: the same work at the same priority
}
const libs: BuildCache = new Map();
parentPort!.on('message', (request: Request) => {
  let reply: Reply;
  try {
    reply = { id: request.id, result: jobs[request.name](request.job as never, libs) };
  } catch (error) {
    reply = { id: request.id, error: String(error instanceof Error ? (error.stack ?? error.message) : error) };
  }
  parentPort!.postMessage(reply);
});
