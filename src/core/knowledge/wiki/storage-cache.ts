/**
 * A lookup cache over an asynchronous key-value store, such as `browser.storage.local`, so that cached
 * lookups survive the service worker being stopped. An index entry records each key's expiry and size,
 * so expiry and the size cap never need to read every value.
 */
import type { CacheLimits, LookupCache } from './cache';

/** The subset of `browser.storage.local` the cache uses. */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** key → [expires (ms since epoch), size (chars), written (ms since epoch)] */
type Index = Record<string, [number, number, number]>;

/** Key prefix of the cache's entries (and of its index) unless the caller names another. */
export const CACHE_PREFIX = 'lede.wiki:';

/** A LookupCache over a KeyValueStore; keys are namespaced under `prefix`. */
export class StorageCache implements LookupCache {
  private readonly prefix: string;
  private readonly indexKey: string;
  private index: Index | null = null;
  /** Operations run one after another so that two writes never lose each other's index update. */
  private chain: Promise<unknown> = Promise.resolve();
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly now: () => number;

  constructor(
    private readonly store: KeyValueStore,
    limits: CacheLimits & { prefix?: string } = {},
  ) {
    this.prefix = limits.prefix ?? CACHE_PREFIX;
    this.indexKey = `${this.prefix}index`;
    this.maxEntries = limits.maxEntries ?? 2000;
    this.maxChars = limits.maxChars ?? 4_000_000;
    this.now = limits.now ?? Date.now;
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.serial(async () => {
      const index = await this.loadIndex();
      const meta = index[key];
      if (!meta) return undefined;
      if (meta[0] <= this.now()) {
        delete index[key];
        await this.store.remove([this.prefix + key]);
        await this.saveIndex();
        return undefined;
      }
      const got = await this.store.get([this.prefix + key]);
      return got[this.prefix + key] as T | undefined;
    });
  }

  set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    return this.serial(async () => {
      const index = await this.loadIndex();
      const size = JSON.stringify(value).length;
      if (size > this.maxChars) return;
      const now = this.now();
      index[key] = [now + ttlMs, size, now];
      const evict = this.overflow(index, now);
      for (const k of evict) delete index[k];
      if (evict.length) await this.store.remove(evict.map((k) => this.prefix + k));
      await this.store.set({ [this.prefix + key]: value, [this.indexKey]: index });
    });
  }

  /** Keys to drop: expired ones, then the oldest writes until under both caps. */
  private overflow(index: Index, now: number): string[] {
    const entries = Object.entries(index);
    const out = entries.filter(([, m]) => m[0] <= now).map(([k]) => k);
    const live = entries.filter(([, m]) => m[0] > now).sort((a, b) => a[1][2] - b[1][2]);
    let count = live.length;
    let chars = live.reduce((n, [, m]) => n + m[1], 0);
    for (const [k, m] of live) {
      if (count <= this.maxEntries && chars <= this.maxChars) break;
      out.push(k);
      count--;
      chars -= m[1];
    }
    return out;
  }

  private async loadIndex(): Promise<Index> {
    if (this.index) return this.index;
    const got = await this.store.get([this.indexKey]);
    const raw = got[this.indexKey];
    this.index = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Index) : {};
    return this.index;
  }

  private async saveIndex(): Promise<void> {
    await this.store.set({ [this.indexKey]: this.index ?? {} });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}

/** A KeyValueStore in memory, for tests and for the CLI. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();

  async get(keys: string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const k of keys) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string[]): Promise<void> {
    for (const k of keys) this.data.delete(k);
  }
}
