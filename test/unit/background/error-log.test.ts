import { describe, expect, it } from 'vitest';
import { ERROR_LOG_KEY, recordEscapedErrors, type LoggedError } from '../../../src/background/error-log';
import { MemoryStore } from '../../../src/core/knowledge/wiki-client';

/** storage.local's get/set by single key, over a MemoryStore. */
function area() {
  const m = new MemoryStore();
  return {
    m,
    get: (key: string) => m.get([key]),
    set: (items: Record<string, unknown>) => m.set(items),
  };
}

const rejection = (reason: unknown): Event => Object.assign(new Event('unhandledrejection'), { reason });
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('recordEscapedErrors', () => {
  it('keeps unhandled rejections and uncaught errors, in order, at most 20', async () => {
    const target = new EventTarget();
    const store = area();
    const stop = recordEscapedErrors(target, store, () => new Date('2026-11-29T10:00:00Z'));
    target.dispatchEvent(rejection(new TypeError('boom')));
    target.dispatchEvent(Object.assign(new Event('error'), { error: new Error('bang') }));
    await settle();
    let log = (await store.get(ERROR_LOG_KEY))[ERROR_LOG_KEY] as LoggedError[];
    expect(log).toEqual([
      { kind: 'unhandledrejection', message: 'TypeError: boom', at: '2026-11-29T10:00:00.000Z' },
      { kind: 'error', message: 'Error: bang', at: '2026-11-29T10:00:00.000Z' },
    ]);
    for (let i = 0; i < 25; i++) target.dispatchEvent(rejection(`r${i}`));
    await settle();
    log = (await store.get(ERROR_LOG_KEY))[ERROR_LOG_KEY] as LoggedError[];
    expect(log).toHaveLength(20);
    expect(log.at(-1)!.message).toBe('r24');
    stop();
    target.dispatchEvent(rejection('after stop'));
    await settle();
    log = (await store.get(ERROR_LOG_KEY))[ERROR_LOG_KEY] as LoggedError[];
    expect(log.at(-1)!.message).toBe('r24');
  });
});
