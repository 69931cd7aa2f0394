// Pre-request and test scripts are never run. Each script is reported once, where it is written
// (collection, folder or item), with how many requests it would have run for.
import type { Diagnostics } from '../diagnostics.js';
import { pointerOf } from '../diagnostics.js';
import type { SourceRef } from '../model/types.js';

export function reportScripts(raw: Record<string, unknown>, where: SourceRef, requests: number, diagnostics: Diagnostics): void {
  const events = Array.isArray(raw['event']) ? (raw['event'] as Array<Record<string, unknown>>) : [];
  events.forEach((event, index) => {
    const script = event['script'] as { exec?: unknown } | undefined;
    const exec = Array.isArray(script?.exec) ? script.exec.join('\n') : typeof script?.exec === 'string' ? script.exec : '';
    if (event['disabled'] === true || exec.replace(/\/\/.*$/gm, '').trim() === '') return;
    const kind = event['listen'] === 'test' ? 'test script' : 'pre-request script';
    const scope = requests === 1 ? 'this request' : `${requests} requests`;
    const effect = kind === 'test script' ? 'its checks are not part of the generated tests' : 'whatever it sets (headers, signatures, variables) the caller must provide';
    diagnostics.report('PF105', `a ${kind} runs before ${scope} in Postman; postforge never runs scripts, so ${effect}`, {
      ...where,
      pointer: where.pointer + pointerOf('event', index),
    });
  });
}
