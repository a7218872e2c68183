/**
 * Where online lookups go for given settings, and the host permissions that needs. Shared by the background
 * (which fetches) and the reader (which asks for the permission from a click).
 */
import { CACHE_PREFIX } from '../core/knowledge/wiki/storage-cache';
import { resolveEndpoints, type WikiEndpoints } from '../core/knowledge/wiki-client';
import type { Settings } from './settings-schema';

/**
 * The endpoints of `s`: the public Wikipedia of `wikiLang` and Wikidata, or a self-hosted mirror that serves
 * both (`{base}/api/rest_v1/…` and `{base}/w/api.php`, the layout of a MediaWiki with RESTBase).
 */
export function wikiEndpoints(s: Pick<Settings, 'wikiLang' | 'customEndpoint'>): Required<WikiEndpoints> {
  const base = s.customEndpoint.trim().replace(/\/+$/, '');
  return resolveEndpoints(
    base ? { lang: s.wikiLang, wikipediaBase: base, wikidataApi: `${base}/w/api.php` } : { lang: s.wikiLang },
  );
}

/** Match patterns of the hosts the lookups of `s` reach (ports are not part of a match pattern). */
export function wikiOrigins(s: Pick<Settings, 'wikiLang' | 'customEndpoint'>): string[] {
  const e = wikiEndpoints(s);
  const out = new Set<string>();
  for (const url of [e.wikipediaBase, e.wikidataApi]) {
    try {
      const u = new URL(url);
      if (u.protocol === 'http:' || u.protocol === 'https:') out.add(`${u.protocol}//${u.hostname}/*`);
    } catch {
      // An unparsable endpoint reaches nothing; the settings validator keeps such values out anyway.
    }
  }
  return [...out];
}

/** The host names of `wikiOrigins`, for sentences that tell the reader where lookups go. */
export function wikiHosts(s: Pick<Settings, 'wikiLang' | 'customEndpoint'>): string[] {
  return wikiOrigins(s).map((o) => o.replace(/^[a-z]+:\/\/|\/\*$/g, ''));
}

/** Key prefix of the lookup cache in storage.local; the options page's "clear cache" removes these keys. */
export const WIKI_CACHE_PREFIX = CACHE_PREFIX;
