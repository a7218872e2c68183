/**
 * Lead paragraphs that sit outside the container Readability chose: many templates put the first one or
 * two paragraphs of the story in their own block between the headline and the body. Looks back from the
 * story's first paragraph in the original page for paragraphs in the same part of the page.
 */
import { linkDensity, textOf } from '../dom';
import { looksLikeBio } from '../post/drop-author-bio';
import { isBoilerplate, isShareRow } from '../post/drop-boilerplate';
import { isMetaLine } from '../post/drop-meta-lines';
import { isClutterByClass } from '../prepare/remove-clutter';
import { hasToken } from '../rules/class-vocabulary';
import { findOriginal, inClutter, isNeighbour, storyParagraphs, type PageParagraphs } from './locate';

/** Summaries and subtitles are not the story's first paragraph. */
const DEK_TOKENS = new Set([
  'dek',
  'standfirst',
  'subtitle',
  'subheading',
  'summary',
  'description',
  'excerpt',
  'strapline',
  'deck',
  'kicker',
  'tagline',
]);
const MAX = 2;

/** True when `p` reads like a paragraph of running text. */
export function isProse(p: Element): boolean {
  const text = textOf(p);
  return text.length >= 80 && /[.!?…。！？"”»]$/.test(text) && linkDensity(p, text) < 0.3;
}

/** Prepends to `root` the lead paragraphs of the original page that Readability left out. */
export function recoverLead(root: Element, page: PageParagraphs): void {
  const paras = storyParagraphs(root);
  const first = paras[0];
  if (!first) return;
  const index = findOriginal(page, first);
  if (index < 0) return;
  const { all } = page;
  const have = new Set(paras.map(textOf));
  const found: Element[] = [];
  for (let i = index - 1; i >= 0 && found.length < MAX; i--) {
    const p = all[i]!;
    if (have.has(textOf(p))) continue;
    if (
      !isNeighbour(p, found[0] ?? all[index]!, true, 3, false) ||
      p.closest('header, figure, figcaption, blockquote, li, nav, aside, footer')
    )
      break;
    if (hasToken(p, DEK_TOKENS) || isClutterByClass(p) || inClutter(p)) break;
    if (!isProse(p)) break;
    // Disclosures and upsells sit between headline and body too ("We may earn a commission…").
    const text = textOf(p);
    if (isBoilerplate(text) || isShareRow(text) || isMetaLine(text, []) || looksLikeBio(text)) break;
    found.unshift(p);
  }
  for (const p of found.reverse()) root.insertBefore(root.ownerDocument.importNode(p, true), root.firstChild);
}
