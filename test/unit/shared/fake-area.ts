/**
 * An in-memory storage area that behaves like browser.storage: values are copied in and out (structured
 * clone), and it can be told to fail the way real areas do (sync disabled, quota exceeded).
 */
import type { Area } from '../../../src/shared/settings-store';

export class FakeArea implements Area {
  readonly data = new Map<string, unknown>();
  /** Bytes allowed per item, like storage.sync's QUOTA_BYTES_PER_ITEM (8192 in Chrome). */
  quotaBytesPerItem = Infinity;
  failReads = false;
  failWrites = false;
  sets = 0;
  removes = 0;

  constructor(initial: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, structuredClone(v));
  }

  async get(key: string): Promise<Record<string, unknown>> {
    if (this.failReads) throw new Error('storage.sync is disabled');
    return this.data.has(key) ? { [key]: structuredClone(this.data.get(key)) } : {};
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('storage.sync is disabled');
    for (const [k, v] of Object.entries(items)) {
      // Chrome measures key + JSON value; the exact rule matters less than failing like it does.
      if (k.length + JSON.stringify(v).length > this.quotaBytesPerItem) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    this.sets++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(key: string): Promise<void> {
    this.removes++;
    this.data.delete(key);
  }
}
