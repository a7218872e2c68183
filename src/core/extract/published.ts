/**
 * The publication date: JSON-LD, then meta tags, then the page itself (<time>, itemprop, elements whose
 * class names a date, a dateline near the headline). Always ISO 8601, or null.
 */
import { toIsoDate } from './dates';
import { metaTag } from './meta-tags';
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
  for (const el of Array.from(
    scope.querySelectorAll('[data-pubdate], [data-published], [itemprop*="published"]'),
  )) {
    const v = anyDate(
      el.getAttribute('data-pubdate') ?? el.getAttribute('data-published') ?? el.getAttribute('content'),
    );
    if (v) return v;
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
  return datelineNearHeadline(doc);
}

const NEAR_TEXT = 1500;
const NEAR_ELEMENTS = 400;

/**
 * A printed date in the first lines after the headline ("Mar 27, 2024", "Updated on 23 Oct 2025"), where
 * templates without date markup put the dateline.
 */
function datelineNearHeadline(doc: Document): string | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || !doc.body) return null;
  let text = 0;
  let count = 0;
  for (
    let el = nextElement(h1);
    el && count < NEAR_ELEMENTS && text < NEAR_TEXT;
    el = nextElement(el), count++
  ) {
    if (el.firstElementChild || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
    const t = (el.textContent ?? '').trim();
    text += t.length;
    if (t.length > 120) continue;
    const shown = parseVisibleDate(t);
    if (shown) return toIsoDate(shown);
  }
  return null;
}

/** The element after `el` in document order. */
function nextElement(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** The publication date `doc` states in JSON-LD (`ldDate`) or meta tags; see domPublished for the page text. */
export function readPublished(doc: Document, ldDate: string | null): string | null {
  const fromLd = anyDate(ldDate);
  if (fromLd) return fromLd;
  for (const key of META_KEYS) {
    const v = anyDate(metaTag(doc, key));
    if (v) return v;
  }
  return null;
}
