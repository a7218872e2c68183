/**
 * The page's <meta> tags by name, property and itemprop, read once per document: metadata reading asks
 * for dozens of keys, and one selector query per key is a full scan of a large page each time.
 */
const cache = new WeakMap<Document, Map<string, string>>();

function index(doc: Document): Map<string, string> {
  let map = cache.get(doc);
  if (!map) {
    map = new Map();
    for (const el of Array.from(doc.querySelectorAll('meta'))) {
      const content = el.getAttribute('content')?.trim();
      if (!content) continue;
      // One tag may carry several names ("og:title twitter:title"), as RDFa allows.
      for (const attr of ['property', 'name', 'itemprop']) {
        for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
          if (key && !map.has(key)) map.set(key, content);
        }
      }
    }
    cache.set(doc, map);
  }
  return map;
}

/**
 * Drops the index of `doc`, so the next read sees its meta tags as they are now. `extract` calls it once per
 * run: a single-page app rewrites its meta tags in the same document when it moves to the next story.
 */
export function forgetMetaTags(doc: Document): void {
  cache.delete(doc);
}

/** The content of the first of `keys` that the page sets (keys compare case-insensitively). */
export function metaTag(doc: Document, ...keys: string[]): string | null {
  const map = index(doc);
  for (const key of keys) {
    const v = map.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}
