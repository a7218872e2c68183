/**
 * DOM plumbing for Node: linkedom parses pages (fast), jsdom backs DOMPurify (linkedom is not supported by it).
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { Purifier } from '../core/extract';
import { resolveStreamedBoundaries } from './streamed-boundaries';

let purifier: Purifier | null = null;

/** One DOMPurify instance over one jsdom window, reused for every page. */
export function nodePurifier(): Purifier {
  if (!purifier) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>');
    purifier = createDOMPurify(window as unknown as Window & typeof globalThis);
  }
  return purifier;
}

/** Parses `html` into a Document whose URL (and base URL, honouring <base href>) is `url`. */
export function parseDocument(html: string, url: string | null): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  mergeStrayBodies(doc);
  resolveStreamedBoundaries(doc);
  const pageUrl = url ?? 'about:blank';
  let base = pageUrl;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  if (baseHref && url) {
    try {
      base = new URL(baseHref, url).href;
    } catch {
      // An unparsable <base> is ignored, as browsers do.
    }
  }
  for (const [key, value] of [
    ['URL', pageUrl],
    ['documentURI', pageUrl],
    ['baseURI', base],
  ] as const) {
    Object.defineProperty(doc, key, { value, configurable: true });
  }
  if (url) {
    try {
      Object.defineProperty(doc, 'location', { value: new URL(url), configurable: true });
    } catch {
      // Not a valid URL: leave location unset.
    }
  }
  return doc;
}

/**
 * linkedom (unlike browsers) can leave markup after a stray `</body>` or `</html>` outside the body, or open
 * a second <body> (an empty one first when a script sits between head and body). Browsers put all of it in
 * the one body; so do we, or `document.body` misses the page.
 */
function mergeStrayBodies(doc: Document): void {
  const root = doc.documentElement;
  // Not a body that linkedom nested inside the head (an embed's own <html><body> there): made the main body,
  // it pulled the whole page into the head, where nothing reads it.
  const bodies = Array.from(doc.querySelectorAll('body')).filter((b) => !b.closest('head'));
  const strays = Array.from(root.children).filter((c) => c.tagName !== 'HEAD' && c.tagName !== 'BODY');
  if (bodies.length < 2 && !strays.length) return;
  const main = bodies[0] ?? root.appendChild(doc.createElement('body'));
  for (const b of bodies.slice(1)) {
    for (const attr of Array.from(b.attributes))
      if (!main.hasAttribute(attr.name)) main.setAttribute(attr.name, attr.value);
    while (b.firstChild) b.parentNode!.insertBefore(b.firstChild, b);
    b.parentNode!.removeChild(b);
  }
  const first = main.firstChild;
  for (const el of Array.from(root.children)) {
    if (el.tagName === 'HEAD' || el.contains(main)) continue;
    if (main.compareDocumentPosition(el) & 2) main.insertBefore(el, first);
    else main.appendChild(el);
  }
}
