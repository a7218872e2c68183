/**
 * Response cache for online lookups. Values must be JSON-serialisable so that the storage-backed cache can
 * keep them across service-worker restarts.
 */

export interface LookupCache {
  /** The value stored under `key`, or undefined when absent or expired. */
  get<T>(key: string): Promise<T | undefined>;
  /** Stores `value` for `ttlMs`; may evict older entries to stay under the size cap. */
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
}

export interface CacheLimits {
  /** Most entries kept; the least recently written go first. */
  maxEntries?: number;
  /** Approximate cap on the JSON size of all values, in characters. */
  maxChars?: number;
  now?: () => number;
}

interface Slot {
  value: unknown;
  expires: number;
  size: number;
}

/** An in-memory cache (a Map kept in insertion order, so the first key is the oldest write). */
export class MemoryCache implements LookupCache {
  private readonly slots = new Map<string, Slot>();
  private chars = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly now: () => number;

  constructor(limits: CacheLimits = {}) {
    this.maxEntries = limits.maxEntries ?? 500;
    this.maxChars = limits.maxChars ?? 2_000_000;
    this.now = limits.now ?? Date.now;
  }

  get size(): number {
    return this.slots.size;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot.expires <= this.now()) {
      this.drop(key);
      return undefined;
    }
    return slot.value as T;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    this.drop(key);
    const size = JSON.stringify(value).length;
    if (size > this.maxChars) return;
    this.slots.set(key, { value, expires: this.now() + ttlMs, size });
    this.chars += size;
    for (const oldest of this.slots.keys()) {
      if (this.slots.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    this.chars -= slot.size;
    this.slots.delete(key);
  }
}
