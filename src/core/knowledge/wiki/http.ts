/**
 * A polite JSON-over-HTTP client for the Wikimedia APIs: one request at a time per host, a minimum interval
 * between requests to a host, a timeout per attempt, retries with exponential backoff that honour
 * `Retry-After` on 429/503, and bodies that must parse as JSON. `fetch`, the clock and `sleep` are injected.
 */
import { WikiError } from './errors';

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal },
) => Promise<{
  status: number;
  ok: boolean;
  url?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface HttpOptions {
  fetch: FetchLike;
  /** Sent as `Api-User-Agent` (browsers forbid setting User-Agent), as Wikimedia's policy asks. */
  userAgent: string;
  /** Milliseconds since the epoch. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Minimum gap between the starts of two requests to the same host. */
  minIntervalMs?: number;
  /** Timeout of one attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 5xx and network errors. */
  retries?: number;
  /** First backoff delay; doubles on each retry. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the lookup fails as rate-limited. */
  maxRetryAfterMs?: number;
}

export interface HttpResponse {
  status: number;
  /** Parsed body; null for 404 without a JSON body. */
  body: unknown;
  /** Final URL after redirects, when the fetch implementation reports it. */
  url: string;
}

export interface HttpClient {
  /** GETs `url` and parses its JSON. 404 is returned, not thrown (missing pages are an answer). */
  getJson(url: string, signal?: AbortSignal): Promise<HttpResponse>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Creates the client. Each host has its own queue, so Wikipedia and Wikidata do not wait on each other. */
export function createHttpClient(opts: HttpOptions): HttpClient {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const minInterval = opts.minIntervalMs ?? 200;
  const timeoutMs = opts.timeoutMs ?? 8000;
  const retries = opts.retries ?? 2;
  const backoffMs = opts.backoffMs ?? 500;
  const maxRetryAfter = opts.maxRetryAfterMs ?? 30000;
  const queues = new Map<string, Promise<unknown>>();
  const lastStart = new Map<string, number>();

  /** Runs `task` after every earlier task for the same host has settled. */
  const enqueue = <T>(host: string, task: () => Promise<T>): Promise<T> => {
    const prev = queues.get(host) ?? Promise.resolve();
    const run = prev.then(task, task);
    queues.set(
      host,
      run.catch(() => undefined),
    );
    return run;
  };

  const attempt = async (url: string, host: string, signal?: AbortSignal): Promise<HttpResponse> => {
    const wait = (lastStart.get(host) ?? -Infinity) + minInterval - now();
    if (wait > 0) await sleep(wait);
    if (signal?.aborted) throw new WikiError('aborted', 'lookup cancelled');
    lastStart.set(host, now());
    const ctrl = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ctrl.abort();
    }, timeoutMs);
    const onAbort = (): void => ctrl.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await opts.fetch(url, {
        headers: { 'Api-User-Agent': opts.userAgent, Accept: 'application/json' },
        signal: ctrl.signal,
      });
      const text = await res.text();
      if (res.status === 429 || res.status >= 500) {
        throw new RetryableStatus(res.status, parseRetryAfter(res.headers.get('retry-after'), now()));
      }
      if (!res.ok && res.status !== 404)
        throw new WikiError('http', `HTTP ${res.status} from ${host}`, res.status);
      let body: unknown = null;
      if (text.trim()) {
        try {
          body = JSON.parse(text);
        } catch {
          // A 404 may come from a proxy as HTML; that still means "missing".
          if (res.status !== 404)
            throw new WikiError('malformed', `${host} sent a body that is not JSON`, res.status);
        }
      }
      return { status: res.status, body, url: res.url || url };
    } catch (e) {
      if (e instanceof WikiError || e instanceof RetryableStatus) throw e;
      // A timeout is not retried: a server that slow is better skipped while the reader waits.
      if (timedOut) throw new WikiError('timeout', `${host} did not answer within ${timeoutMs} ms`);
      if (signal?.aborted) throw new WikiError('aborted', 'lookup cancelled');
      throw new NetworkFailure(e instanceof Error ? e.message : String(e));
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };

  return {
    getJson(url: string, signal?: AbortSignal): Promise<HttpResponse> {
      const host = new URL(url).host;
      return enqueue(host, async () => {
        for (let i = 0; ; i++) {
          try {
            return await attempt(url, host, signal);
          } catch (e) {
            if (!(e instanceof RetryableStatus || e instanceof NetworkFailure)) throw e;
            const last = i >= retries;
            if (e instanceof RetryableStatus) {
              if (e.retryAfterMs !== null && e.retryAfterMs > maxRetryAfter) {
                throw new WikiError('rate-limited', `${host} asked to wait ${e.retryAfterMs} ms`, e.status);
              }
              if (last) {
                throw e.status === 429
                  ? new WikiError('rate-limited', `${host} is still rate-limiting`, 429)
                  : new WikiError('http', `HTTP ${e.status} from ${host}`, e.status);
              }
              await sleep(Math.max(e.retryAfterMs ?? 0, backoffMs * 2 ** i));
            } else {
              if (last) throw new WikiError('network', `${host}: ${e.message}`);
              await sleep(backoffMs * 2 ** i);
            }
            if (signal?.aborted) throw new WikiError('aborted', 'lookup cancelled');
          }
        }
      });
    },
  };
}

class RetryableStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
  ) {
    super(`HTTP ${status}`);
  }
}

class NetworkFailure extends Error {}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
