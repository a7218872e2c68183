/**
 * Pull quotes: pages set a line of the story in an <aside> or a "pullquote" box, which Readability and our
 * own furniture rule would throw away with the real asides. Turning them into <blockquote> keeps them in
 * the article HTML; the plain text leaves out a pull quote that only repeats the story (see text.ts).
 */
import { hasToken } from '../rules/class-vocabulary';

const PULL_TOKENS = new Set([
  'pullquote',
  'pull-quote',
  'pullout',
  'pull-out',
  'blockquote-pull',
  'quote-pull',
]);

/** True when `el`'s class or id marks it as a pull quote. */
export function isPullQuote(el: Element): boolean {
  return hasToken(el, PULL_TOKENS);
}

/** Rewrites pull-quote boxes into plain <blockquote> elements, in place. */
export function keepPullQuotes(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('aside, div, figure, p, blockquote'))) {
    if (!el.parentNode || !isPullQuote(el)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 500) continue;
    const quote = el.ownerDocument.createElement('blockquote');
    const p = el.ownerDocument.createElement('p');
    p.textContent = text;
    quote.appendChild(p);
    el.parentNode.replaceChild(quote, el);
  }
}
