/**
 * Lazy-loaded images: pages ship a placeholder in `src` and the real address in a data attribute,
 * a `srcset`, or an <img> inside <noscript>. This rewrites the clone so the real image is in `src`,
 * and drops tracking pixels and icons, which are never part of the story.
 */

const LAZY_SRC = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
  'data-full-src',
];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER =
  /^data:|(?:^|[/_.-])(blank|spacer|placeholder|pixel|transparent|lazy|loading|grey|gray)[._-]?[\w-]*\.(gif|png|svg|jpe?g|webp)/i;
const TRACKER =
  /(?:^|[/.?&_-])(pixel|tracking|tracker|beacon|analytics|doubleclick|scorecardresearch|facebook\.com\/tr|quantserve|imp(?:ression)?)(?:[/.?&_=-]|$)/i;
const ICON = /(?:^|[\s_-])(icon|emoji|smiley|avatar|logo|sprite|badge|spinner)(?:[\s_-]|$)/i;

function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src.trim());
}

/** The largest candidate of a srcset, by its width or density descriptor. */
export function bestFromSrcset(srcset: string): string | null {
  let best: string | null = null;
  let bestSize = -1;
  for (const part of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor] = part.trim().split(/\s+/);
    if (!url || url.startsWith('data:')) continue;
    const size = descriptor ? parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1) : 1;
    if (size > bestSize) {
      best = url;
      bestSize = size;
    }
  }
  return best;
}

/** An attribute from the <img> markup kept as text inside <noscript>, without parsing it as HTML. */
function noscriptAttr(markup: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(markup);
  const v = m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
  return v ? v.replace(/&amp;/g, '&') : null;
}

function dimension(img: Element, name: 'width' | 'height'): number | null {
  const v = img.getAttribute(name);
  if (!v) return null;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** True for 1×1 trackers and small icons, which a reader never wants to see. */
export function isJunkImage(img: Element): boolean {
  const src = img.getAttribute('src') ?? '';
  const w = dimension(img, 'width');
  const h = dimension(img, 'height');
  if ((w !== null && w <= 2) || (h !== null && h <= 2)) return true;
  if (TRACKER.test(src)) return true;
  if (w !== null && h !== null && w <= 40 && h <= 40) return true;
  return ICON.test(img.getAttribute('class') ?? '') && (w === null || w <= 100);
}

/** Resolves lazy sources in place and removes junk images from `root`. */
export function resolveLazyImages(root: Element | Document): void {
  const doc = root.ownerDocument ?? (root as Document);
  for (const ns of Array.from(root.querySelectorAll('noscript'))) {
    const inner = ns.innerHTML;
    const markup = inner.includes('<img') ? inner : (ns.textContent ?? '');
    if (!/<img\b/i.test(markup)) continue;
    const src = noscriptAttr(markup, 'src');
    if (!src) continue;
    const prev = ns.previousElementSibling;
    const target =
      prev && prev.tagName === 'IMG' && isPlaceholder(prev.getAttribute('src'))
        ? prev
        : doc.createElement('img');
    target.setAttribute('src', src);
    const alt = noscriptAttr(markup, 'alt');
    if (alt && !target.getAttribute('alt')) target.setAttribute('alt', alt);
    const srcset = noscriptAttr(markup, 'srcset');
    if (srcset) target.setAttribute('srcset', srcset);
    if (target === prev) ns.parentNode?.removeChild(ns);
    else ns.parentNode?.replaceChild(target, ns);
  }
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (isPlaceholder(img.getAttribute('src'))) {
      const lazy = LAZY_SRC.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholder(v));
      const set = LAZY_SRCSET.map((a) => img.getAttribute(a)).find((v) => !!v) ?? img.getAttribute('srcset');
      const fromSet = set ? bestFromSrcset(set) : null;
      const real = lazy ?? fromSet;
      if (real) img.setAttribute('src', real);
    }
    for (const a of LAZY_SRCSET) {
      const v = img.getAttribute(a);
      if (v && !img.getAttribute('srcset')) img.setAttribute('srcset', v);
    }
    if (isJunkImage(img)) img.parentNode?.removeChild(img);
  }
  for (const source of Array.from(root.querySelectorAll('picture source[data-srcset]'))) {
    source.setAttribute('srcset', source.getAttribute('data-srcset') ?? '');
  }
}
