/**
 * The online lookup client: Wikipedia page summaries and Wikidata search and facts, cached, rate-limited,
 * and switchable off. Pure apart from the injected `fetch`, so it runs in the background service worker,
 * in Node (CLI `--lookup`) and in tests against a fake server.
 *
 * Privacy: only entity names and titles are sent; never the page URL or text.
 */
import { MemoryCache, type LookupCache } from './wiki/cache';
import { WikiError } from './wiki/errors';
import { createHttpClient, type FetchLike, type HttpOptions } from './wiki/http';
import {
  entitiesUrl,
  parseEntities,
  parseSearch,
  searchUrl,
  type EntityFacts,
  type SearchHit,
} from './wiki/wikidata';
import { parseSummary, summaryUrl, type PageSummary } from './wiki/wikipedia';

export type { PageSummary } from './wiki/wikipedia';
export type { EntityFacts, SearchHit } from './wiki/wikidata';
export type { LookupCache } from './wiki/cache';
export { MemoryCache } from './wiki/cache';
export { StorageCache, MemoryStore, type KeyValueStore } from './wiki/storage-cache';
export { WikiError, isWikiError, type WikiErrorKind } from './wiki/errors';

export interface WikiEndpoints {
  /** Wikipedia language code ("en", "fr"…); also the language of Wikidata labels. */
  lang: string;
  /** Base URL of the Wikipedia (default `https://{lang}.wikipedia.org`); a self-hosted mirror works. */
  wikipediaBase?: string;
  /** URL of the Wikidata action API (default `https://www.wikidata.org/w/api.php`). */
  wikidataApi?: string;
}

export interface WikiClientOptions extends Omit<HttpOptions, 'fetch' | 'userAgent'> {
  fetch: FetchLike;
  endpoints: WikiEndpoints;
  /** e.g. "Lede/0.1 (https://example.org/lede; contact@example.org)". */
  userAgent: string;
  cache?: LookupCache;
  /** Consulted before every lookup; when false, nothing is requested and lookups fail with kind "off". */
  enabled?: () => boolean | Promise<boolean>;
  /** How long answers are kept (default 7 days); missing pages and empty searches 1 day. */
  ttlMs?: number;
  missingTtlMs?: number;
}

export interface WikiClient {
  readonly endpoints: Required<WikiEndpoints>;
  /** The page summary of `title` (redirects followed, disambiguation and missing pages reported). */
  summary(title: string, signal?: AbortSignal): Promise<PageSummary>;
  /** Wikidata items whose label or alias matches `name`, best first. */
  search(name: string, signal?: AbortSignal): Promise<SearchHit[]>;
  /** Facts of the given Wikidata items (at most 50), in the order asked. */
  entities(ids: string[], signal?: AbortSignal): Promise<EntityFacts[]>;
}

const DAY = 86_400_000;

/** Resolves the endpoint defaults for a language. */
export function resolveEndpoints(e: WikiEndpoints): Required<WikiEndpoints> {
  const lang = /^[a-z][a-z-]{1,11}$/.test(e.lang) ? e.lang : 'en';
  return {
    lang,
    wikipediaBase: (e.wikipediaBase || `https://${lang}.wikipedia.org`).replace(/\/+$/, ''),
    wikidataApi: e.wikidataApi || 'https://www.wikidata.org/w/api.php',
  };
}

/** Creates a client; see WikiClientOptions. */
export function createWikiClient(opts: WikiClientOptions): WikiClient {
  const endpoints = resolveEndpoints(opts.endpoints);
  const http = createHttpClient(opts);
  const cache = opts.cache ?? new MemoryCache();
  const ttl = opts.ttlMs ?? 7 * DAY;
  const missingTtl = opts.missingTtlMs ?? DAY;
  const enabled = opts.enabled ?? (() => true);

  /** Cached lookup: the switch is checked first, so "off" means no request and no cache write. */
  const cached = async <T>(key: string, load: () => Promise<T>, isEmpty: (v: T) => boolean): Promise<T> => {
    if (!(await enabled())) throw new WikiError('off', 'online lookups are switched off');
    // A broken or full cache (storage quota) costs a request, never the lookup.
    const hit = await cache.get<T>(key).catch(() => undefined);
    if (hit !== undefined) return hit;
    const value = await load();
    await cache.set(key, value, isEmpty(value) ? missingTtl : ttl).catch(() => undefined);
    return value;
  };

  return {
    endpoints,
    summary(title, signal) {
      const key = `summary:${endpoints.wikipediaBase}:${title}`;
      return cached(
        key,
        async () => {
          const res = await http.getJson(summaryUrl(endpoints.wikipediaBase, title), signal);
          return parseSummary(title, res.status, res.body);
        },
        (s) => s.status === 'missing',
      );
    },
    search(name, signal) {
      const key = `search:${endpoints.wikidataApi}:${endpoints.lang}:${name}`;
      return cached(
        key,
        async () => {
          const res = await http.getJson(searchUrl(endpoints.wikidataApi, name, endpoints.lang), signal);
          if (res.status === 404) throw new WikiError('http', 'Wikidata API not found', 404);
          return parseSearch(res.body);
        },
        (hits) => hits.length === 0,
      );
    },
    async entities(ids, signal) {
      const wanted = [...new Set(ids.filter((id) => /^Q\d+$/.test(id)))].slice(0, 50);
      if (!wanted.length) return [];
      const key = `entities:${endpoints.wikidataApi}:${endpoints.lang}:${wanted.join('|')}`;
      const facts = await cached(
        key,
        async () => {
          const res = await http.getJson(entitiesUrl(endpoints.wikidataApi, wanted, endpoints.lang), signal);
          if (res.status === 404) throw new WikiError('http', 'Wikidata API not found', 404);
          return parseEntities(res.body, endpoints.lang);
        },
        (list) => list.length === 0,
      );
      const byId = new Map(facts.map((f) => [f.id, f]));
      return wanted.map((id) => byId.get(id)).filter((f): f is EntityFacts => !!f);
    },
  };
}
