/**
 * Author names written in the page when metadata names none: elements marked as a byline (rel, itemprop,
 * class or id, as Readability recognises them), common author selectors, then a printed byline near the
 * headline ("By Jane Doe", or a "Written by" label with the name in the next element).
 */
import { cleanMarkedByline } from './byline';
import { lineText, nextElement } from './dom';
import { BYLINE_OPENER } from './rules/date-words';

const AUTHOR_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '.byline a',
  '.author-name',
  '.author a',
  'a[href*="/author/"]',
  'a[href*="/authors/"]',
  '.byline',
  '.author',
  '.entry-author',
  '.post-author',
];

const BYLINE_MARK = /byline|author|dateline|writtenby|p-author/i;
const MAX_MARKED = 20;

/** The first element marked as a byline whose text is a name; labels and bios in such markup are skipped. */
function markedByline(doc: Document, siteName: string | null): string | null {
  let seen = 0;
  // Only an element with one of the attributes read below can be marked.
  for (const el of Array.from(doc.body?.querySelectorAll('[rel], [itemprop], [class], [id]') ?? [])) {
    const marked =
      el.getAttribute('rel') === 'author' ||
      (el.getAttribute('itemprop') ?? '').includes('author') ||
      BYLINE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    if (!marked) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length >= 100) continue;
    const name = cleanMarkedByline(text, siteName);
    if (name) return name;
    if (++seen >= MAX_MARKED) break;
  }
  return null;
}

/** Author names written in the page's markup, when metadata has none. */
export function domByline(doc: Document, siteName: string | null): string | null {
  const marked = markedByline(doc, siteName);
  if (marked) return marked;
  const scope = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!scope) return null;
  for (const sel of AUTHOR_SELECTORS) {
    for (const el of Array.from(scope.querySelectorAll(sel)).slice(0, 5)) {
      const text = el.getAttribute('content') ?? el.textContent ?? '';
      if (text.length > 120) continue;
      const name = cleanMarkedByline(text, siteName);
      if (name) return name;
    }
  }
  return printedByline(doc, siteName);
}

/** One to five words, each starting with a capital letter (or a particle such as "de", "van"). */
const NAME_LIKE =
  /^(\p{Lu}[\p{L}'’.-]*|de|da|di|van|von|der|le|la|del|bin|al)(\s+(\p{Lu}[\p{L}'’.-]*|de|da|di|van|von|der|le|la|del|bin|al)){0,4}$/u;
/** True when `s` reads as one or more personal names in Latin script ("Jane Doe and Ola Nordmann"). */
export function isPersonName(s: string): boolean {
  return s.split(/\s*(?:,|\band\b|&)\s*/).every((p) => NAME_LIKE.test(p));
}

const OPENER_ONLY = /^(by|written by|words by|story by|text by|author|autor|von|par|por|oleh|penulis)\s*:?$/i;
const NEAR_TEXT = 2500;

/**
 * A byline printed without author markup in the lines after the headline: "By Jane Doe" in one element,
 * or a "Written by" label followed by the name in the next one.
 */
export function printedByline(doc: Document, siteName: string | null): string | null {
  const h1 = doc.querySelector('h1');
  if (!h1 || !doc.body) return null;
  let text = 0;
  let afterLabel = false;
  for (let el = nextLine(h1), n = 0; el && n < 400 && text < NEAR_TEXT; n++) {
    // Read whole when it holds text and inline elements only; otherwise go on inside it.
    const line = isInlineOnly(el);
    const current: Element = el;
    el = nextElement(current, line);
    if (!line) continue;
    const t = lineText(current);
    if (!t) continue;
    text += t.length;
    if (t.length > 80) {
      afterLabel = false;
      continue;
    }
    if (OPENER_ONLY.test(t)) {
      afterLabel = true;
      continue;
    }
    const opened = BYLINE_OPENER.test(t);
    if (opened || afterLabel) {
      const name = cleanMarkedByline(t, siteName);
      if (name && isPersonName(name)) return name;
    }
    afterLabel = false;
  }
  return null;
}

/** True when `el` holds only text and inline elements (a "By <a>Name</a>" line). */
function isInlineOnly(el: Element): boolean {
  return Array.from(el.children).every(
    (c) => /^(A|SPAN|STRONG|B|EM|I|ABBR)$/.test(c.tagName) && !c.firstElementChild,
  );
}

/** The element after `el` in document order, skipping the subtree of `el` when it was read whole. */
const nextLine = (el: Element): Element | null => nextElement(el, isInlineOnly(el));
