/**
 * Repeated copies: some templates print the story more than once (a desktop and a mobile layout, a tab
 * and its print version), and Readability may take a container that holds every copy. A run of prose
 * paragraphs that repeats an earlier run in the same order, and is as long as half of everything before
 * it, is such a copy and is dropped. Smaller repeats are left alone: a meal plan or a recipe series
 * repeats an entry or a day here and there on purpose.
 */
import { detach, leafBlocks, normalise, textOf, wordsIn } from '../dom';

/** Words a paragraph needs to count as prose (short lines repeat legitimately: "Ingredients", a chorus). */
const MIN_WORDS = 12;
/** Paragraphs in a row that must repeat an earlier row, in order, before they count as a second copy. */
const MIN_RUN = 4;

/** Removes later copies of runs of paragraphs that already appeared, in the same order, under `root`. */
export function dropRepeatedCopies(root: Element): void {
  const paragraphs: Element[] = [];
  const keys: string[] = [];
  for (const el of leafBlocks(root)) {
    if (el.tagName !== 'P') continue;
    const text = textOf(el);
    if (wordsIn(text) < MIN_WORDS) continue;
    paragraphs.push(el);
    keys.push(normalise(text));
  }
  const first = new Map<string, number>();
  const drop = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    const j = first.get(keys[i]!);
    if (j === undefined) {
      first.set(keys[i]!, i);
      continue;
    }
    let run = 0;
    while (j + run < i && i + run < keys.length && keys[j + run] === keys[i + run]) run++;
    // A copy replays much of what came before; a plan that repeats one day of five replays a small part.
    if (run >= MIN_RUN && run * 2 >= i) for (let k = 0; k < run; k++) drop.add(i + k);
  }
  for (const i of drop) detach(paragraphs[i]!);
}
