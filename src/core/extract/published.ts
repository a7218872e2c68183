/**
 * The publication date: JSON-LD, then meta tags, then the page itself (<time>, itemprop, elements whose
 * class names a date, a dateline near the headline). Always ISO 8601, or null: a timestamp where the page
 * gives one, a bare calendar day ("2025-12-18") where it only prints the day, so that the day is not shifted
 * when shown in the reader's time zone.
 */
import { toIsoDate } from './dates';
import { lineText, nextElement } from './dom';
import { metaTag } from './meta-tags';
import { hasToken } from './rules/class-vocabulary';
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
  'dates',
  'pub-dates',
]);

/** A machine date, or failing that a printed one ("Thu, 09/25/2025 - 11:38"). */
function anyDate(value: string | null): string | null {
  return toIsoDate(value) ?? (value ? parseVisibleDate(value) : null);
}

/**
 * A date the page shows to readers, found by markup that names it, in document order. `dateline` reads
 * headlineDateline(doc); a caller that needs the dateline again passes one that remembers it.
 */
export function domPublished(
  doc: Document,
  dateline: () => Dateline | null = () => headlineDateline(doc),
): string | null {
  const scope = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!scope) return null;
  for (const el of Array.from(scope.querySelectorAll('[itemprop="datePublished"], time'))) {
    const v = toIsoDate(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (v) return v;
    const shown = parseVisibleDate(el.textContent ?? '');
    if (shown) return shown;
  }
  for (const el of Array.from(
    scope.querySelectorAll('[data-pubdate], [data-published], [itemprop*="published"]'),
  )) {
    const v = anyDate(
      el.getAttribute('data-pubdate') ?? el.getAttribute('data-published') ?? el.getAttribute('content'),
    );
    if (v) return v;
  }
  // Templates often print the date in a header above the <article> element: the whole page comes second.
  const marked = markedDate(scope) ?? (scope !== doc.body && doc.body ? markedDate(doc.body) : null);
  return marked ?? dateline()?.iso ?? null;
}

/**
 * The first printed date in an element whose class or id names a date, in document order. (Preferring one
 * after the headline was measured: it loses more pages than it wins, as sidebars rarely come first.)
 */
function markedDate(scope: Element): string | null {
  let seen = 0;
  for (const el of Array.from(scope.querySelectorAll('span, div, p, li, small, time, abbr'))) {
    // A date inside a table is data (a release date in an infobox), not the page's dateline.
    if (!hasToken(el, DATE_TOKENS) || el.closest('table')) continue;
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    const shown = parseVisibleDate(text);
    if (shown) return shown;
    if (++seen > 40) break;
  }
  return null;
}

const NEAR_TEXT = 2500;
const NEAR_ELEMENTS = 400;
const BEFORE_TEXT = 400;
const MAX_LINE = 120;
const BEFORE_ELEMENTS = 40;

/** A date printed near the headline: the line that shows it, and how much text comes between them. */
export interface Dateline {
  iso: string;
  line: string;
  /** Characters of text read between the headline and this line. */
  distance: number;
}

/**
 * A printed date in the first lines after the headline ("Mar 27, 2024", "By Jane Doe - Updated on 23 Oct
 * 2025"), where templates without date markup put the dateline; failing that, in the few lines just above
 * it (a "Published" line over the headline).
 */
export function headlineDateline(doc: Document): Dateline | null {
  const h1 = headline(doc);
  if (!h1 || !doc.body) return null;
  let text = 0;
  let count = 0;
  for (let el = nextElement(h1, true); el && count < NEAR_ELEMENTS && text < NEAR_TEXT; count++) {
    const shown = lineDate(el);
    if (shown.iso) return { iso: shown.iso, line: shown.text, distance: text };
    text += shown.text.length;
    el = nextElement(el, shown.whole);
  }
  text = 0;
  count = 0;
  for (let el = previousElement(h1); el && count < BEFORE_ELEMENTS && text < BEFORE_TEXT; count++) {
    if (el.contains(h1)) {
      el = previousElement(el);
      continue;
    }
    const shown = lineDate(el);
    if (shown.iso) return { iso: shown.iso, line: shown.text, distance: text };
    text += shown.text.length;
    el = previousElement(el);
  }
  return null;
}

/** The <h1> that carries the headline: the one sharing most words with <title>, not a logo or section one. */
function headline(doc: Document): Element | null {
  const all = Array.from(doc.querySelectorAll('h1')).slice(0, 10);
  if (all.length <= 1) return all[0] ?? null;
  const title = new Set(words(doc.querySelector('title')?.textContent ?? ''));
  let best = all[0]!;
  let bestScore = -1;
  for (const h1 of all) {
    const score = words(h1.textContent ?? '').filter((w) => title.has(w)).length;
    if (score > bestScore) [best, bestScore] = [h1, score];
  }
  return best;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Reads one line of the page: an element of text and inline markup only, read whole. */
function lineDate(el: Element): { iso: string | null; text: string; whole: boolean } {
  if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg)$/i.test(el.tagName)) return { iso: null, text: '', whole: true };
  if (!isLine(el)) return { iso: null, text: '', whole: false };
  if (el.closest('table')) return { iso: null, text: '', whole: true };
  const t = lineText(el);
  return { iso: t.length > MAX_LINE ? null : parseVisibleDate(t), text: t, whole: true };
}

const INLINE =
  /^(A|SPAN|STRONG|B|EM|I|U|ABBR|TIME|SMALL|BR|WBR|SUP|SUB|MARK|CITE|DATA|IMG|PICTURE|SOURCE|svg)$/i;

/** True when `el` holds text and inline elements only, so its text reads as one line. */
function isLine(el: Element): boolean {
  for (const c of Array.from(el.children))
    if (!INLINE.test(c.tagName) || c.querySelector('div, p, ul, li')) return false;
  return true;
}

/** The element before `el` in document order (the deepest last descendant of the previous sibling). */
function previousElement(el: Element): Element | null {
  const prev = el.previousElementSibling;
  if (!prev) return el.parentElement && el.parentElement !== el.ownerDocument.body ? el.parentElement : null;
  let node = prev;
  while (node.lastElementChild && !isLine(node)) node = node.lastElementChild;
  return node;
}

/** Meta names that carry a publication date on sites with their own vocabulary ("w-published-date"). */
const META_DATE_NAME =
  /(^|[-_:.])(publish(ed)?|publication|pub|release|created?)([-_:.]?(date|time|on|at))?$|^(date|published)$/i;

/** A date from any meta tag whose name says it is the publication date, when the known keys are absent. */
function metaNamedDate(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const name = el.getAttribute('name') ?? el.getAttribute('property') ?? el.getAttribute('itemprop') ?? '';
    if (!META_DATE_NAME.test(name) || /modif|updat|expir/i.test(name)) continue;
    const v = anyDate(el.getAttribute('content'));
    if (v) return v;
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
  return metaNamedDate(doc);
}

/** A full date in the page's address (/2025/12/16/slug, /articles/2025-12-16-slug), as blogs file posts. */
export function urlDate(doc: Document): string | null {
  let path: string;
  try {
    path = new URL(doc.URL).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  if (!m) return null;
  return `${m[1]}-${m[3]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}`;
}
