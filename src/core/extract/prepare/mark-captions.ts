/**
 * Figure captions that pages write as a <div>/<p>/<span> with a "caption" class next to an image.
 * Readability often drops such blocks or merges them into the story text; turning the wrapper into a
 * <figure> with a <figcaption> keeps the image with its caption in the article HTML and lets the
 * plain text leave captions out, as readers (and the reference extractions) expect.
 */
import { hasToken } from '../rules/class-vocabulary';

const CAPTION_TOKENS = new Set([
  'caption',
  'captions',
  'figcaption',
  'wp-caption-text',
  'image-caption',
  'img-caption',
  'photo-caption',
  'media-caption',
  'caption-text',
  'image-credit',
  'photo-credit',
  'credit',
  'credits',
]);

function rename(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const out = doc.createElement(tag);
  while (el.firstChild) out.appendChild(el.firstChild);
  el.parentNode?.replaceChild(out, el);
  return out;
}

/** True when `el`'s class or id marks it as an image caption or credit. */
export function isCaptionByClass(el: Element): boolean {
  return hasToken(el, CAPTION_TOKENS);
}

/** True when an image sits within two levels above `el`, in a block small enough to be one gallery item. */
function nearImage(el: Element): boolean {
  let anc = el.parentElement;
  for (let depth = 0; anc && depth < 2 && anc.tagName !== 'BODY'; depth++, anc = anc.parentElement) {
    if ((anc.textContent ?? '').length > 1500) return false;
    if (anc.querySelector('img, picture, video')) return true;
  }
  return false;
}

/** Rewrites class-marked captions beside images into <figure>/<figcaption>, in place. */
export function markCaptions(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // The class test first: it reads two attributes, where closest() climbs to the root for every element.
  for (const el of Array.from(body.querySelectorAll('div, p, span, small, em'))) {
    if (!isCaptionByClass(el) || !el.parentNode || el.closest('figcaption')) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length > 600 || el.querySelector('p p, h1, h2, h3, ul, ol, table')) continue;
    const wrapper = el.parentElement;
    if (!wrapper || wrapper === body) continue;
    const hasImage = !!wrapper.querySelector('img, picture, video');
    if (!hasImage) {
      // Galleries put the caption a level or two away from the picture (an item holding an image box and
      // a caption box): the caption is still a caption, though there is no small block to make a figure of.
      if (nearImage(wrapper)) rename(el, 'figcaption');
      continue;
    }
    if (wrapper.tagName !== 'FIGURE' && !wrapper.closest('figure')) {
      // Only wrap a small block: an image and its caption, not a whole story container.
      if ((wrapper.textContent ?? '').trim().length > text.length + 200) continue;
      rename(wrapper, 'figure');
    }
    rename(el, 'figcaption');
  }
}
