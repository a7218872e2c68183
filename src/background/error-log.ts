/**
 * Keeps the last few errors that escaped every handler of the background (unhandled rejections and
 * uncaught errors) in storage.local, so a bug report, or an end-to-end test, can see them. Nothing leaves
 * the browser.
 */

export const ERROR_LOG_KEY = 'lede.errors';
const KEEP = 20;

export interface LoggedError {
  kind: 'unhandledrejection' | 'error';
  message: string;
  at: string;
}

interface LogStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Message of whatever was thrown or rejected. */
function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}`.slice(0, 500);
  try {
    return String(reason).slice(0, 500);
  } catch {
    return 'unprintable value';
  }
}

/** Starts recording on `target` (the service worker's or event page's global); returns a stop function. */
export function recordEscapedErrors(
  target: EventTarget,
  store: LogStore,
  now = () => new Date(),
): () => void {
  let chain: Promise<unknown> = Promise.resolve();
  const add = (kind: LoggedError['kind'], reason: unknown): void => {
    const entry: LoggedError = { kind, message: describe(reason), at: now().toISOString() };
    // One write after another so that two errors in a row both stay; a failed write is dropped quietly.
    chain = chain
      .then(async () => {
        const got = (await store.get(ERROR_LOG_KEY))[ERROR_LOG_KEY];
        const list = Array.isArray(got) ? (got as LoggedError[]) : [];
        await store.set({ [ERROR_LOG_KEY]: [...list, entry].slice(-KEEP) });
      })
      .catch(() => undefined);
  };
  const onRejection = (e: Event): void => add('unhandledrejection', (e as PromiseRejectionEvent).reason);
  const onError = (e: Event): void => add('error', (e as ErrorEvent).error ?? (e as ErrorEvent).message);
  target.addEventListener('unhandledrejection', onRejection);
  target.addEventListener('error', onError);
  return () => {
    target.removeEventListener('unhandledrejection', onRejection);
    target.removeEventListener('error', onError);
  };
}
