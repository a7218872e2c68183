/**
 * The article title. Metadata first (JSON-LD headline, og:title, then the document title as Readability
 * trims it), as the issue asks and as Readability's own test pages expect; then the site name is cut
 * off when the title still ends or starts with it ("Story headline | Site").
 */
import { headingText } from './metadata/heading-text';

const SEPARATOR = /\s+[|–—\-:»·•/]\s+|\s+::\s+/g;

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** `title` without a leading or trailing segment that names the site; separators inside are kept. */
export function stripSiteName(title: string, siteName: string | null, host?: string | null): string {
  const names = [siteName, host?.replace(/^www\./, '')]
    .filter((n): n is string => !!n)
    .map(squash)
    .filter((n) => n.length >= 2);
  if (!names.length) return title;
  const isSite = (part: string): boolean => {
    const p = squash(part);
    return (
      !!p &&
      names.some(
        (n) => p === n || (n.startsWith(p) && p.length >= 4) || p === n.replace(/(com|org|net|co\w*)$/, ''),
      )
    );
  };
  const seps = Array.from(title.matchAll(SEPARATOR));
  if (!seps.length) return title;
  const last = seps[seps.length - 1]!;
  const tail = title.slice(last.index! + last[0].length);
  const headOfTail = title.slice(0, last.index);
  if (isSite(tail) && headOfTail.trim().length >= 8) return stripSiteName(headOfTail.trim(), siteName, host);
  const first = seps[0]!;
  const lead = title.slice(0, first.index);
  const rest = title.slice(first.index! + first[0].length);
  if (isSite(lead) && rest.trim().length >= 8) return rest.trim();
  return title;
}

/** Decodes the character references that pages double-encode in meta tags (&amp;#8217; and friends). */
export function decodeEntities(s: string): string {
  const named: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: ' ',
    ndash: '–',
    mdash: '—',
    rsquo: '’',
    lsquo: '‘',
    rdquo: '”',
    ldquo: '“',
    hellip: '…',
  };
  let out = s;
  for (let i = 0; i < 2 && /&(#\d+|#x[\da-f]+|[a-z]+);/i.test(out); i++) {
    out = out.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, code: string) => {
      if (code[0] === '#') {
        const n =
          code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return named[code.toLowerCase()] ?? m;
    });
  }
  return out;
}

const DOC_SEPARATOR = /\s[|\-–—\\/>»]\s/g;
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * The headline read from `<title>` alone, for pages with no title in their metadata: the part before the
 * last separator ("Headline – Site"), or after a "Section: " prefix that no heading repeats; the whole
 * title when the cut would leave four words or fewer (then the separator was part of the headline).
 */
export function titleFromDocument(doc: Document): string {
  const orig = (doc.querySelector('title')?.textContent ?? '').trim();
  let cur = orig;
  let hierarchical = false;
  const seps = Array.from(orig.matchAll(DOC_SEPARATOR));
  if (seps.length) {
    hierarchical = seps.some((m) => /[\\/>»]/.test(m[0]));
    const last = seps[seps.length - 1]!;
    cur = orig.slice(0, last.index);
    if (words(cur) < 3) cur = orig.slice(seps[0]!.index! + seps[0]![0].length);
  } else if (orig.includes(': ')) {
    const headings = Array.from(doc.querySelectorAll('h1, h2')).map((h) => (h.textContent ?? '').trim());
    if (!headings.includes(orig)) {
      cur = orig.slice(orig.lastIndexOf(':') + 1);
      if (words(cur) < 3) cur = orig.slice(orig.indexOf(':') + 1);
      else if (words(orig.slice(0, orig.indexOf(':'))) > 5) cur = orig;
    }
  } else if (orig.length > 150 || orig.length < 15) {
    const h1s = doc.querySelectorAll('h1');
    if (h1s.length === 1) cur = headingText(h1s[0]!);
  }
  cur = cur.trim().replace(/\s{2,}/g, ' ');
  const n = words(cur);
  if (n <= 4 && (!hierarchical || n !== words(orig.replace(/[|\-–—\\/>»]+/g, '')) - 1)) cur = orig;
  return cur;
}
