/**
 * Online lookups for the reader, run in the background only: one wiki client per set of endpoints (so the
 * per-host queue and rate limit hold across readers), a cache in storage.local that survives the service
 * worker being stopped, and the settings read before every request. Every fault is an answer
 * (`{ ok: false, error }`), never a rejection, so nothing escapes into the service worker.
 */
import {
  createWikiClient,
  isWikiError,
  StorageCache,
  type KeyValueStore,
  type LookupCache,
  type WikiClient,
} from '../core/knowledge/wiki-client';
import type { FetchLike, HttpOptions } from '../core/knowledge/wiki/http';
import type { Req, Res, WikiAnswer } from '../shared/protocol';
import type { Settings } from '../shared/settings-schema';
import { WIKI_CACHE_PREFIX, wikiEndpoints, wikiOrigins } from '../shared/wiki-endpoints';

export interface WikiServiceDeps {
  fetch: FetchLike;
  /** storage.local in the extension; a MemoryStore in tests. */
  store: KeyValueStore;
  /** The current settings, read afresh on every call. */
  settings: () => Promise<Settings>;
  /** True when the browser lets Lede reach all of `origins` (host permissions). */
  granted: (origins: string[]) => Promise<boolean>;
  /** Sent as Api-User-Agent, as Wikimedia asks. */
  userAgent: string;
  /** Timing overrides for tests. */
  http?: Partial<Omit<HttpOptions, 'fetch' | 'userAgent'>>;
}

export interface WikiService {
  summary(req: Req<'wiki/summary'>): Promise<Res<'wiki/summary'>>;
  search(req: Req<'wiki/search'>): Promise<Res<'wiki/search'>>;
  entities(req: Req<'wiki/entities'>): Promise<Res<'wiki/entities'>>;
  /** Drops the cache's in-memory index (call it when the stored cache was cleared elsewhere). */
  forgetCache(): void;
}

const NO_CACHE: LookupCache = {
  get: async () => undefined,
  set: async () => undefined,
};

/** Creates the service; see WikiServiceDeps. */
export function createWikiService(deps: WikiServiceDeps): WikiService {
  let current: { key: string; client: WikiClient } | null = null;
  let cache: { max: number; cache: LookupCache } | null = null;

  const cacheFor = (max: number): LookupCache => {
    if (!cache || cache.max !== max) {
      // A cache of size 0 keeps nothing: no storage writes at all (rather than writes evicted at once).
      const store =
        max > 0 ? new StorageCache(deps.store, { prefix: WIKI_CACHE_PREFIX, maxEntries: max }) : NO_CACHE;
      cache = { max, cache: store };
    }
    return cache.cache;
  };

  const clientFor = (s: Settings): WikiClient => {
    const endpoints = wikiEndpoints(s);
    const store = cacheFor(s.cacheMaxEntries);
    const key = JSON.stringify([endpoints, s.cacheMaxEntries]);
    if (current?.key === key) return current.client;
    const client = createWikiClient({
      timeoutMs: 6000,
      ...deps.http,
      fetch: deps.fetch,
      endpoints,
      userAgent: deps.userAgent,
      cache: store,
      // Read again before every request: switching lookups off stops the very next one.
      enabled: async () => (await deps.settings()).lookups === 'on',
    });
    current = { key, client };
    return client;
  };

  /** Runs one lookup; the switch and the permission are checked first, so "off" sends nothing. */
  const run = async <T>(call: (c: WikiClient) => Promise<T>): Promise<WikiAnswer<T>> => {
    try {
      const s = await deps.settings();
      if (s.lookups !== 'on') return { ok: false, error: 'off' };
      if (!(await deps.granted(wikiOrigins(s)))) return { ok: false, error: 'permission' };
      return { ok: true, value: await call(clientFor(s)) };
    } catch (e) {
      return { ok: false, error: isWikiError(e) ? e.kind : 'internal' };
    }
  };

  return {
    summary: ({ title }) => run((c) => c.summary(title)),
    search: ({ name }) => run((c) => c.search(name)),
    entities: ({ ids }) => run((c) => c.entities(ids)),
    forgetCache() {
      cache = null;
      current = null;
    },
  };
}
