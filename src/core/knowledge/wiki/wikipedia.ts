/**
 * Wikipedia REST page summary: `GET {base}/api/rest_v1/page/summary/{title}`.
 * Documented shape: { type: "standard" | "disambiguation" | "mainpage" | "no-extract", title,
 * displaytitle, titles: { canonical, normalized, display }, description, extract, thumbnail: { source,
 * width, height }, coordinates: { lat, lon }, wikibase_item, content_urls: { desktop: { page } }, lang }.
 * Redirects answer 302 to the target (fetch follows it); a missing page answers 404 with a problem JSON.
 */
import { WikiError } from './errors';
import { at, num, obj, str } from './json';

export interface PageSummary {
  status: 'ok' | 'disambiguation' | 'missing';
  /** The title that was asked for. */
  requested: string;
  /** The page's canonical title (after redirects), with spaces. */
  title: string;
  /** Set when `requested` redirected to `title`. */
  redirectedFrom?: string;
  description?: string;
  extract?: string;
  thumbnail?: string;
  coordinates?: { lat: number; lon: number };
  wikidata?: string;
  url?: string;
  lang?: string;
}

/** The summary URL for `title` on `base` (e.g. "https://en.wikipedia.org"). */
export function summaryUrl(base: string, title: string): string {
  return `${base.replace(/\/+$/, '')}/api/rest_v1/page/summary/${encodeTitle(title)}`;
}

/** Wikipedia titles use underscores for spaces; everything else is percent-encoded, "/" included. */
export function encodeTitle(title: string): string {
  return encodeURIComponent(title.trim().replace(/ /g, '_'));
}

/** Reads a summary response; throws WikiError('malformed') when it is not the documented shape. */
export function parseSummary(requested: string, status: number, body: unknown): PageSummary {
  if (status === 404) return { status: 'missing', requested, title: requested };
  const o = obj(body);
  const type = str(o?.type);
  const title = str(at(body, 'titles', 'normalized')) ?? str(o?.title);
  if (!o || !type || !title) throw new WikiError('malformed', 'Wikipedia summary without type or title');
  const out: PageSummary = {
    status: type === 'disambiguation' ? 'disambiguation' : 'ok',
    requested,
    title: title.replace(/_/g, ' '),
  };
  if (normaliseTitle(out.title) !== normaliseTitle(requested)) out.redirectedFrom = requested;
  const description = str(o.description);
  if (description) out.description = description;
  const extract = str(o.extract);
  if (extract) out.extract = extract;
  const thumb = str(at(body, 'thumbnail', 'source'));
  if (thumb) out.thumbnail = thumb;
  const lat = num(at(body, 'coordinates', 'lat'));
  const lon = num(at(body, 'coordinates', 'lon'));
  if (lat !== undefined && lon !== undefined) out.coordinates = { lat, lon };
  const item = str(o.wikibase_item);
  if (item && /^Q\d+$/.test(item)) out.wikidata = item;
  const url = str(at(body, 'content_urls', 'desktop', 'page'));
  if (url) out.url = url;
  const lang = str(o.lang);
  if (lang) out.lang = lang;
  return out;
}

/** Titles compare with "_" as space and the first letter upper-cased, as MediaWiki does. */
export function normaliseTitle(t: string): string {
  const s = t.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
