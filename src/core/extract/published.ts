/**
 * The publication date: JSON-LD, then meta tags, then the page itself (<time>, itemprop, elements whose
 * class names a date, a dateline near the headline). Always ISO 8601, or null.
 */
import { toIsoDate } from './dates';
import { classTokens } from './rules/class-vocabulary';
import { parseVisibleDate } from './visible-date';

const META_KEYS = [
  'article:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'DC.date.issued',
  'dc.date',
  'DC.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'og:published_time',
  'article.published',
  'cXenseParse:recs:publishtime',
];

const DATE_TOKENS = new Set([
  'date',
  'published',
  'pubdate',
  'publish-date',
  'post-date',
  'entry-date',
  'posted-on',
  'posted',
  'timestamp',
  'article-date',
  'dateline',
  'time',
]);

function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

/** A machine date, or failing that a printed one ("Thu, 09/25/2025 - 11:38"). */
function anyDate(value: string | null): string | null {
  return toIsoDate(value) ?? (value ? toIsoDate(parseVisibleDate(value)) : null);
}

/** A date the page shows to readers, found by markup that names it, in document order. */
export function domPublished(doc: Document): string | null {
  const scope = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!scope) return null;
  for (const el of Array.from(scope.querySelectorAll('[itemprop="datePublished"], time'))) {
    const v = toIsoDate(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (v) return v;
    const shown = parseVisibleDate(el.textContent ?? '');
    if (shown) return toIsoDate(shown);
  }
  let seen = 0;
  for (const el of Array.from(scope.querySelectorAll('span, div, p, li, small, time, abbr'))) {
    if (!classTokens(el).some((t) => DATE_TOKENS.has(t))) continue;
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    const shown = parseVisibleDate(text);
    if (shown) return toIsoDate(shown);
    if (++seen > 40) break;
  }
  return null;
}

/** The publication date `doc` states in JSON-LD (`ldDate`) or meta tags; see domPublished for the page text. */
export function readPublished(doc: Document, ldDate: string | null): string | null {
  const fromLd = anyDate(ldDate);
  if (fromLd) return fromLd;
  for (const key of META_KEYS) {
    const v = anyDate(metaContent(doc, key));
    if (v) return v;
  }
  return null;
}
