/**
 * Wikidata action API: `wbsearchentities` (candidates for a name) and `wbgetentities` (their facts).
 * Only the claims a note needs are read: P31 instance of, P17 country, P625 coordinates, P571 inception,
 * P856 official website, P18 image.
 */
import { WikiError } from './errors';
import { arr, at, num, obj, str, type Json } from './json';

export interface SearchHit {
  id: string;
  label: string;
  description?: string;
  /** The alias or label that matched the search, when it differs from the label. */
  matched?: string;
}

export interface EntityFacts {
  id: string;
  label?: string;
  description?: string;
  aliases: string[];
  /** P31 values (Q ids). */
  instanceOf: string[];
  /** P17 values (Q ids). */
  country: string[];
  coordinates?: { lat: number; lon: number };
  /** P571, as the ISO-like string Wikidata gives ("+1965-00-00T00:00:00Z" → "1965"). */
  inception?: string;
  website?: string;
  /** Commons thumbnail URL built from P18. */
  thumbnail?: string;
  /** Title of the article on the configured Wikipedia, from the sitelinks. */
  wikipedia?: string;
}

/** The wbsearchentities URL. */
export function searchUrl(api: string, name: string, lang: string, limit = 7): string {
  const q = new URLSearchParams({
    action: 'wbsearchentities',
    search: name,
    language: lang,
    uselang: lang,
    type: 'item',
    limit: String(limit),
    format: 'json',
    origin: '*',
  });
  return `${api}?${q}`;
}

/** The wbgetentities URL for up to 50 ids. */
export function entitiesUrl(api: string, ids: string[], lang: string): string {
  const q = new URLSearchParams({
    action: 'wbgetentities',
    ids: ids.join('|'),
    props: 'labels|descriptions|aliases|claims|sitelinks',
    languages: lang,
    sitefilter: `${lang}wiki`,
    format: 'json',
    origin: '*',
  });
  return `${api}?${q}`;
}

/** Reads a wbsearchentities body. */
export function parseSearch(body: unknown): SearchHit[] {
  apiError(body);
  const list = at(body, 'search');
  if (!Array.isArray(list)) throw new WikiError('malformed', 'wbsearchentities answer without "search"');
  const hits: SearchHit[] = [];
  for (const h of list) {
    const id = str(at(h, 'id'));
    if (!id || !/^Q\d+$/.test(id)) continue;
    const label = str(at(h, 'display', 'label', 'value')) ?? str(at(h, 'label')) ?? id;
    const hit: SearchHit = { id, label };
    const description = str(at(h, 'display', 'description', 'value')) ?? str(at(h, 'description'));
    if (description) hit.description = description;
    const matched = str(at(h, 'match', 'text'));
    if (matched && matched !== label) hit.matched = matched;
    hits.push(hit);
  }
  return hits;
}

/** Reads a wbgetentities body; ids reported missing are left out. */
export function parseEntities(body: unknown, lang: string): EntityFacts[] {
  apiError(body);
  const entities = obj(at(body, 'entities'));
  if (!entities) throw new WikiError('malformed', 'wbgetentities answer without "entities"');
  const out: EntityFacts[] = [];
  for (const [id, e] of Object.entries(entities)) {
    if (!obj(e) || 'missing' in (obj(e) ?? {})) continue;
    const facts: EntityFacts = {
      id,
      aliases: arr(at(e, 'aliases', lang))
        .map((a) => str(at(a, 'value')))
        .filter((a): a is string => !!a),
      instanceOf: itemValues(e, 'P31'),
      country: itemValues(e, 'P17'),
    };
    const label = str(at(e, 'labels', lang, 'value'));
    if (label) facts.label = label;
    const description = str(at(e, 'descriptions', lang, 'value'));
    if (description) facts.description = description;
    const coord = firstValue(e, 'P625');
    const lat = num(at(coord, 'latitude'));
    const lon = num(at(coord, 'longitude'));
    if (lat !== undefined && lon !== undefined) facts.coordinates = { lat, lon };
    const time = str(at(firstValue(e, 'P571'), 'time'));
    if (time) facts.inception = formatTime(time);
    const website = str(firstValue(e, 'P856'));
    if (website && /^https?:\/\//.test(website)) facts.website = website;
    const image = str(firstValue(e, 'P18'));
    if (image) {
      facts.thumbnail = `https://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(image.replace(/ /g, '_'))}?width=320`;
    }
    const wp = str(at(e, 'sitelinks', `${lang}wiki`, 'title'));
    if (wp) facts.wikipedia = wp;
    out.push(facts);
  }
  return out;
}

function apiError(body: unknown): void {
  if (!obj(body)) throw new WikiError('malformed', 'Wikidata answer is not a JSON object');
  const info = str(at(body, 'error', 'info'));
  if (info) throw new WikiError('http', `Wikidata error: ${info}`);
}

/** Statements of `prop`, preferred rank first, deprecated ones dropped. */
function statements(e: Json, prop: string): Json[] {
  const list = arr(at(e, 'claims', prop)).filter((s) => str(at(s, 'rank')) !== 'deprecated');
  return list.sort(
    (a, b) => Number(str(at(b, 'rank')) === 'preferred') - Number(str(at(a, 'rank')) === 'preferred'),
  );
}

function firstValue(e: Json, prop: string): Json | undefined {
  for (const s of statements(e, prop)) {
    const v = at(s, 'mainsnak', 'datavalue', 'value');
    if (v !== undefined) return v;
  }
  return undefined;
}

function itemValues(e: Json, prop: string): string[] {
  return statements(e, prop)
    .map((s) => str(at(s, 'mainsnak', 'datavalue', 'value', 'id')))
    .filter((v): v is string => !!v && /^Q\d+$/.test(v));
}

/** "+1965-00-00T00:00:00Z" → "1965"; "+1949-04-04T00:00:00Z" → "1949-04-04". */
function formatTime(t: string): string {
  const m = /^([+-])0*(\d+)-(\d\d)-(\d\d)/.exec(t);
  if (!m) return t;
  const year = `${m[1] === '-' ? '-' : ''}${m[2]}`;
  if (m[3] === '00') return year;
  if (m[4] === '00') return `${year}-${m[3]}`;
  return `${year}-${m[3]}-${m[4]}`;
}
