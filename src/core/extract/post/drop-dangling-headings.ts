/**
 * Headings left with nothing under them at the end of the story: once the rules have removed the link list,
 * the sign-up box or the teaser grid a heading introduced ("Useful resources", "Ready to get started?"),
 * the heading itself is all that is left, and it ends the article on a question nobody answers.
 */
import { HEADING, detach, leafBlocks, textOf, wordsIn } from '../dom';
import { precedes } from './drop-teasers';

const MEDIA = 'img, picture, video, audio, iframe, table';
const MIN_STORY_WORDS = 150;

/**
 * Removes a heading under `root` that no text or media follows. Only one, after a story of some length, and
 * not one of a run of headings: pages made of headings alone (service pages, link hubs) keep them.
 */
export function dropDanglingHeadings(root: Element): void {
  const blocks = leafBlocks(root);
  const last = blocks[blocks.length - 1];
  const before = blocks[blocks.length - 2];
  if (!last || !before || !HEADING.has(last.tagName) || HEADING.has(before.tagName)) return;
  let prose = 0;
  for (const b of blocks) if (!HEADING.has(b.tagName)) prose += wordsIn(textOf(b));
  if (prose < MIN_STORY_WORDS) return;
  // A figure or table after the heading is what it introduces.
  if (Array.from(root.querySelectorAll(MEDIA)).some((m) => precedes(last, m))) return;
  detach(last);
}
