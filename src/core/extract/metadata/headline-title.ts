/**
 * The visible headline as the title when the page's title fields carry a search-engine title instead.
 *
 * Content systems let editors set an "SEO title" that fills <title>, og:title, twitter:title and often the
 * JSON-LD headline alike, while the story shows its own headline in its one <h1>. When every title field the
 * page sets tells the same title, and the single visible <h1> tells a different one about the same subject
 * (at least half its words shared), the reader sees the <h1>: that is the title. When the fields disagree
 * among themselves (one of them naming the <h1>), the page has not made a clear choice and the metadata
 * order is kept, as Readability does, with one exception: when the document <title> (less its site name)
 * is the <h1> word for word, the page shows and names the same headline in both places readers see (tab and
 * page), and a different og:title or JSON-LD headline is a stale or promotional copy.
 *
 * Titles that tell the same words in other typography (a colon for a dash, "Site's" for "Site") are the
 * same headline: the metadata's spelling is kept. So is the metadata title when the <h1> is a copy of it
 * mangled by a wrong character encoding ("Caf? owners" for "Café owners").
 */
import { findArticleLd, ldText, readJsonLd } from '../jsonld';
import { metaTag } from '../meta-tags';
import { decodeEntities, titleFromDocument } from '../title';
import { headingText } from './heading-text';
import { isMangledCopy } from './mangled-copy';

const MIN_WORDS = 3;
const MIN_SHARED = 0.5;

const fold = (s: string): string =>
  s
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/…/g, '...');

const norm = (s: string): string =>
  fold(s)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');

const words = (s: string): string[] =>
  fold(s)
    .toLowerCase()
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/** True when both tell the same words (a possessive "'s" aside), whatever the punctuation between them. */
function sameWords(a: string, b: string): boolean {
  const key = (s: string): string =>
    words(s)
      .map((w) => w.replace(/'s$/, ''))
      .join(' ');
  return key(a) === key(b);
}

/** True when one title holds the other (a site suffix or a kicker added to the same headline). */
function sameTitle(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
}

const HIDDEN = '[hidden], [aria-hidden="true"], template, noscript';

function isHidden(el: Element): boolean {
  if (el.closest(HIDDEN)) return true;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/**
 * The text of the page's only visible <h1>, or null when it has none or several. Copies of one headline
 * (a layout for small screens and one for large, both in the markup) count as one.
 */
function soleHeadline(doc: Document): string | null {
  const texts = new Set(
    Array.from(doc.querySelectorAll('h1'))
      .filter((h) => !isHidden(h))
      .map(headingText)
      .filter(Boolean),
  );
  return texts.size === 1 ? texts.values().next().value! : null;
}

// The separators that set a site name or a section apart in <title>; a colon usually belongs to the headline.
const SITE_SEPARATOR = /\s(?:[|\-–—·•»/\\]|::)\s/g;

/**
 * True when the document <title> is `h1` and does not tell `title`: whole, or less a shorter part (the
 * site's name: a headline is longer) set apart by a site separator.
 */
function titleNames(doc: Document, h1: string, title: string): boolean {
  const raw = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!raw || sameTitle(raw, title)) return false;
  const h = norm(h1);
  if (norm(raw) === h) return true;
  for (const m of raw.matchAll(SITE_SEPARATOR)) {
    const head = raw.slice(0, m.index);
    const tail = raw.slice(m.index! + m[0].length);
    if ((norm(head) === h && tail.length < head.length) || (norm(tail) === h && head.length < tail.length)) {
      return true;
    }
  }
  return false;
}

/** The page's title fields, each as set (site suffixes included). */
function titleFields(doc: Document): string[] {
  const ld = findArticleLd(readJsonLd(doc));
  return [
    ldText(ld?.headline ?? ld?.name),
    metaTag(doc, 'og:title'),
    metaTag(doc, 'twitter:title'),
    titleFromDocument(doc),
  ]
    .map((s) => (s ? decodeEntities(s).replace(/\s+/g, ' ').trim() : ''))
    .filter(Boolean);
}

/** `title`, or the page's visible headline when the title fields all carry a different (SEO) title. */
export function headlineTitle(doc: Document, title: string): string {
  if (!title) return title;
  const h1 = soleHeadline(doc);
  if (!h1 || sameTitle(h1, title) || sameWords(h1, title) || isMangledCopy(h1, title)) return title;
  const hw = words(h1);
  if (hw.length < MIN_WORDS) return title;
  if (titleNames(doc, h1, title)) return h1;
  const tw = new Set(words(title));
  if (hw.filter((w) => tw.has(w)).length / hw.length < MIN_SHARED) return title;
  const fields = titleFields(doc);
  // One field alone is no sign of a separate SEO title: Readability keeps a lone <title> over the <h1>.
  if (fields.length < 2) return title;
  if (!fields.every((f) => sameTitle(f, fields[0]!))) return title;
  if (fields.some((f) => sameTitle(f, h1))) return title;
  return h1;
}
