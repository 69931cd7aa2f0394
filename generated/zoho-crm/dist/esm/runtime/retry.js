// When to retry and how long to wait: exponential backoff with jitter on connection errors,
// timeouts, 408, 429 and 5xx. Idempotent methods retry by default; POST and PATCH only when the
// server asked for it (429 or 503 with Retry-After) or the caller opted in.
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
/** A Retry-After longer than this is not waited for: the response is returned instead. */
export const MAX_RETRY_AFTER_MS = 60_000;
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
export function isRetryableStatus(status) {
    return status === 408 || status === 429 || status >= 500;
}
/** May this method be retried after a failure, given whether the server asked for it? */
export function mayRetry(method, optedIn, serverAsked) {
    return optedIn || serverAsked || IDEMPOTENT.has(method.toUpperCase());
}
/**
 * Milliseconds a `Retry-After` value asks for (delta seconds or an HTTP date), null when absent or
 * unreadable. A date in the past is 0.
 */
export function retryAfterMs(value, now) {
    if (value === null)
        return null;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    return Number.isNaN(date) ? null : Math.max(0, date - now);
}
/** Backoff for retry number `retry` (0 for the first): 0.5 s doubling to 8 s, less up to 25% jitter. */
export function backoffMs(retry, random) {
    const base = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_DELAY_MS);
    return Math.round(base * (1 - random() * 0.25));
}
/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
