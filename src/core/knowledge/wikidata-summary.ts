/** A Wikidata description shown as a note's summary, credited to Wikidata on the configured host. */
import type { Summary } from '../types';
import type { Candidate } from './link/candidate';

/**
 * A Wikidata description as a summary: attributed to Wikidata (CC0), linked to the item on the configured
 * Wikidata host (a mirror's own pages, not www.wikidata.org), retrieved today.
 */
export function wikidataSummary(
  c: Candidate,
  confidence: number,
  endpoints: { wikidataApi: string },
  retrieved: string,
): Summary | null {
  if (!c.description || !c.wikidata) return null;
  return {
    text: c.description,
    source: 'wikidata',
    url: wikidataItemUrl(endpoints.wikidataApi, c.wikidata),
    licence: 'CC0 1.0',
    retrieved,
    confidence,
    coordinates: c.coordinates ?? null,
  };
}

/** The item page beside an API endpoint: `…/w/api.php` → `…/wiki/Q42`. */
export function wikidataItemUrl(api: string, id: string): string {
  const u = new URL(api);
  const base = u.pathname
    .replace(/\/w\/api\.php$/, '')
    .replace(/\/api\.php$/, '')
    .replace(/\/$/, '');
  return `${u.origin}${base}/wiki/${encodeURIComponent(id)}`;
}
