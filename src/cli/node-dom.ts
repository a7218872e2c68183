/**
 * DOM plumbing for Node: linkedom parses pages (fast), jsdom backs DOMPurify (linkedom is not supported by it).
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { Purifier } from '../core/extract';

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
