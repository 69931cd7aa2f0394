export declare const DEFAULT_MAX_RETRIES = 2;
export declare const DEFAULT_TIMEOUT_MS = 60000;
/** A Retry-After longer than this is not waited for: the response is returned instead. */
export declare const MAX_RETRY_AFTER_MS = 60000;
export declare function isRetryableStatus(status: number): boolean;
/** May this method be retried after a failure, given whether the server asked for it? */
export declare function mayRetry(method: string, optedIn: boolean, serverAsked: boolean): boolean;
/**
 * Milliseconds a `Retry-After` value asks for (delta seconds or an HTTP date), null when absent or
 * unreadable. A date in the past is 0.
 */
export declare function retryAfterMs(value: string | null, now: number): number | null;
/** Backoff for retry number `retry` (0 for the first): 0.5 s doubling to 8 s, less up to 25% jitter. */
export declare function backoffMs(retry: number, random: () => number): number;
/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export declare function sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
