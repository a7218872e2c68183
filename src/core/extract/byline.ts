/**
 * The byline: author names only, without "By", dates, roles after a bar, e-mail addresses or profile URLs.
 * Sources in order: Readability's byline (JSON-LD, meta, rel=author, class "byline"), the page's meta
 * tags, then author markup in the page.
 */
import { DATE_PATTERN } from './rules/date-words';

const JUNK =
  /^(by|author|authors|the author|full bio|bio|staff|admin|administrator|editor|redaktion|autor|autore|penulis|written by|posted by|view all posts|more)$/i;
const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const OPENER = /^\s*(by|written by|posted by|words by|story by|von|par|por|di|door|av|af|oleh|автор)[:\s]+/i;

/** `raw` cleaned into names, or null when nothing name-like is left. */
export function cleanByline(
  raw: string | null | undefined,
  siteName?: string | null,
  avoidSite = false,
): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(OPENER, '');
  s = s.replace(/\S+@\S+\.\S+/g, ' ');
  s = s.replace(/https?:\/\/\S+/g, ' ');
  // A date or a "| Site" tail after the names is not part of them.
  const date = DATE_PATTERN.exec(s);
  if (date && date.index > 2) s = s.slice(0, date.index);
  s = s.replace(/\s*[|·•]\s*.*$/, '');
  s = s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').trim();
  if (!s || JUNK.test(s) || s.length > 100 || /^https?:/i.test(s)) return null;
  if (!/\p{L}/u.test(s)) return null;
  if (WEEKDAY.test(s)) return null;
  if (siteName && s.toLowerCase() === siteName.toLowerCase() && avoidSite) return null;
  return s;
}

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

/** The first element marked as a byline the way Readability recognises one (rel, itemprop, class or id). */
function markedByline(doc: Document): string | null {
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    const marked =
      el.getAttribute('rel') === 'author' ||
      (el.getAttribute('itemprop') ?? '').includes('author') ||
      BYLINE_MARK.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    if (!marked) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length > 0 && text.length < 100) return text;
  }
  return null;
}

/** Author names written in the page's markup, when metadata has none. */
export function domByline(doc: Document, siteName: string | null): string | null {
  const marked = cleanByline(markedByline(doc), siteName);
  if (marked) return marked;
  const scope = doc.querySelector('article, main, [role="main"]') ?? doc.body;
  if (!scope) return null;
  for (const sel of AUTHOR_SELECTORS) {
    for (const el of Array.from(scope.querySelectorAll(sel)).slice(0, 5)) {
      const text = el.getAttribute('content') ?? el.textContent ?? '';
      if (text.length > 120) continue;
      const name = cleanByline(text, siteName, true);
      if (name && name.split(/\s+/).length <= 8) return name;
    }
  }
  return null;
}
