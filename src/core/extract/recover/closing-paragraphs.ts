/**
 * Short closing paragraphs: Readability drops a last line of one short sentence when it sits in its own
 * block after the body ("She said she would be back next year."). Looks forward from the story's last
 * paragraph in the original page for short, unlinked sentences in the same part of the page.
 */
import { linkDensity, textOf, wordsIn } from '../dom';
import { looksLikeBio } from '../post/drop-author-bio';
import { isBoilerplate, isShareRow } from '../post/drop-boilerplate';
import { isMetaLine } from '../post/drop-meta-lines';
import { isClutterByClass } from '../prepare/remove-clutter';
import { findOriginal, inClutter, isNeighbour, storyParagraphs, type PageParagraphs } from './locate';

const MAX = 2;

/** Appends to `root` the closing paragraphs of the original page that Readability left out. */
export function recoverClosing(root: Element, page: PageParagraphs): void {
  const paras = storyParagraphs(root);
  const last = paras[paras.length - 1];
  if (!last) return;
  const index = findOriginal(page, last);
  if (index < 0) return;
  const { all } = page;
  const have = new Set(Array.from(root.querySelectorAll('p')).map(textOf));
  const found: Element[] = [];
  for (let i = index + 1; i < all.length && found.length < MAX; i++) {
    const p = all[i]!;
    const text = textOf(p);
    if (!text || have.has(text)) continue;
    if (
      !isNeighbour(p, found[found.length - 1] ?? all[index]!, false, 2, true) ||
      p.closest('figure, figcaption, blockquote, li, nav, aside, footer, form')
    )
      break;
    if (isClutterByClass(p) || inClutter(p) || linkDensity(p) > 0) break;
    const words = wordsIn(text);
    if (words < 3 || words > 60 || !/[.!?…。！？"”»]$/.test(text)) break;
    if (isBoilerplate(text, true) || isShareRow(text) || isMetaLine(text, []) || looksLikeBio(text)) break;
    found.push(p);
  }
  for (const p of found) root.appendChild(root.ownerDocument.importNode(p, true));
}
