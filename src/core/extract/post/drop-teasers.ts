/**
 * Links to other stories left inside the story container:
 * - a teaser heading ("More from …", "Read also", "Baca juga") and the link list or link lines after it;
 * - lists whose items are nearly all link text (related-story lists, tag clouds);
 * - lines that are one link and nothing else, when they come in runs, shout in capitals, or trail the story.
 */
import {
  closestTag,
  detach,
  HEADING,
  isRunningText,
  leafBlocks,
  linkDensity,
  normalise,
  textOf,
  wordsIn,
} from '../dom';
import { isTeaserHeading } from '../rules/teaser-headings';

const TABLE: ReadonlySet<string> = new Set(['TABLE']);
const CAPTION_TABLE_ITEM: ReadonlySet<string> = new Set(['FIGCAPTION', 'TABLE', 'LI']);

const LIST = new Set(['UL', 'OL', 'DL']);
const HEADING_OR_LINE = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV']);

/** A short block that is a link and nothing else. */
export function isLinkLine(el: Element): boolean {
  const text = textOf(el);
  const words = wordsIn(text);
  return words > 0 && words <= 25 && linkDensity(el, text) >= 0.85;
}

/** A list of mostly short, linked items: related stories, tags, a site menu. */
export function isTeaserList(el: Element): boolean {
  const items = Array.from(el.children).filter((c) => textOf(c).length > 0);
  if (items.length < 2) return false;
  if (linkDensity(el) < 0.7) return false;
  const avg = textOf(el).length / items.length;
  return avg < 140;
}

function isHeadingLike(el: Element, text: string): boolean {
  if (HEADING.has(el.tagName)) return true;
  if (wordsIn(text) > 8) return false;
  const strong = el.querySelector('strong, b');
  return (
    (!!strong && textOf(strong).length >= text.length * 0.8) || /:$/.test(text) || text === text.toUpperCase()
  );
}

/**
 * True when `a` comes before `b` in document order (and neither contains the other). Worked out from the
 * ancestor chains: linkedom's compareDocumentPosition answers "preceding" both ways for nodes in different
 * parents, and the CLI and tests run on linkedom.
 */
export function precedes(a: Node, b: Node): boolean {
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let c: Node | null = n; c; c = c.parentNode) out.unshift(c);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const x = ca[i];
  const y = cb[i];
  if (!x || !y || i === 0) return false;
  for (let s = x.nextSibling; s; s = s.nextSibling) if (s === y) return true;
  return false;
}

function isUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Removes teaser headings with their link lists, link-dense lists and stray link lines under `root`. */
export function dropTeasers(root: Element): void {
  for (const el of leafBlocks(root)) {
    if (!HEADING_OR_LINE.has(el.tagName) || !el.parentNode) continue;
    const text = textOf(el);
    if (!isHeadingLike(el, text) || !isTeaserHeading(normalise(text))) continue;
    let next = el.nextElementSibling;
    let removed = 0;
    while (next && (LIST.has(next.tagName) ? linkDensity(next) >= 0.5 : isLinkLine(next))) {
      const after = next.nextElementSibling;
      detach(next);
      removed++;
      next = after;
    }
    // A teaser heading with nothing linked after it is still clutter when it ends the story.
    if (removed || !next || linkDensity(el) > 0.5) detach(el);
  }
  const long = leafBlocks(root).filter(isRunningText);
  const firstLong = long[0];
  const lastLong = long[long.length - 1];
  const outside = (el: Element): boolean =>
    !firstLong || !lastLong || precedes(el, firstLong) || precedes(lastLong, el);
  // Inside the story, a list of links is usually part of it (sources, products); around it, furniture.
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (list.parentNode && !closestTag(list, TABLE) && isTeaserList(list) && outside(list)) detach(list);
  }
  const blocks = leafBlocks(root).filter((b) => !closestTag(b, CAPTION_TABLE_ITEM));
  const linkLines = blocks.map((b) => isLinkLine(b) && !HEADING.has(b.tagName));
  blocks.forEach((b, k) => {
    if (!linkLines[k]) return;
    const inRun = linkLines[k - 1] === true || linkLines[k + 1] === true;
    if (inRun || outside(b) || isUpperCase(textOf(b))) detach(b);
  });
}
