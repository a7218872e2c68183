/**
 * Captions and credits written as ordinary paragraphs: "Protesters gathered outside (Image: Agency)",
 * "Photo: Jane Doe / Agency", "Image 1 of 9". They describe a picture, not the story; marking them as
 * <figcaption> keeps them in the article HTML while the plain text leaves them out.
 */
import { closestTag, leafBlocks, textOf, wordsIn } from '../dom';

const CAPTION_QUOTE_ITEM_TABLE: ReadonlySet<string> = new Set(['FIGCAPTION', 'BLOCKQUOTE', 'LI', 'TABLE']);

const CREDIT_END =
  /(\((?:image|photo|picture|pic|foto|bild|fotó|credit|source|ap photo|reuters|getty|afp|epa)[^()]{0,80}\)|credit:\s*[^.]{1,80}|\b(getty images|shutterstock|istock(photo)?|ap photo|afp via getty images|epa-efe|picture alliance)(\s*\/\s*[^.]{1,40})?)\s*$/i;
/** Agency captions: "In this Dec. 12, 2006, file photo, …" and a parenthesised "(NASA via AP)" credit. */
const AGENCY_CAPTION =
  /^in this (?:[\w.,]+ ){0,5}(?:file )?(?:photo|image|picture|handout photo|photograph)\b|\([^()]{0,60}\bvia (?:ap|afp|reuters|getty images)\)\s*$/i;
const GALLERY_COUNTER = /^(image|photo|foto|bild|slide)?\s*\d+\s*(of|\/|von|de|di|из)\s*\/?\s*\d+$/i;

/** True when `text` is a picture caption or credit rather than story text. */
export function isDetachedCaption(text: string): boolean {
  const t = text.trim();
  if (!t || wordsIn(t) > 60) return false;
  return CREDIT_END.test(t) || GALLERY_COUNTER.test(t) || AGENCY_CAPTION.test(t);
}

/** Renames caption-like paragraphs under `root` to <figcaption>, in place. */
export function markDetachedCaptions(root: Element): void {
  for (const el of leafBlocks(root)) {
    if (!['P', 'DIV', 'SPAN', 'SMALL'].includes(el.tagName) || closestTag(el, CAPTION_QUOTE_ITEM_TABLE))
      continue;
    if (!isDetachedCaption(textOf(el))) continue;
    const cap = el.ownerDocument.createElement('figcaption');
    while (el.firstChild) cap.appendChild(el.firstChild);
    el.parentNode?.replaceChild(cap, el);
  }
}
