/**
 * Story cards after the story: blog themes print the stories they suggest ("You may like…") as a run of
 * <article> excerpts, and Readability's unlikely-candidate pass often takes their heading away, so the
 * teaser-heading rule never sees them. When the story's first paragraph sits in an <article> of its own, two or
 * more short <article> siblings in a box of their own (not beside the story's <article>) are such a run.
 * Left alone: pages that set each step or item of one story as an <article> (the story is in none), and
 * listing pages (the first paragraph is in a card, or the cards sit beside it as items of the same list).
 */
import { detach, isRunningText, leafBlocks, textOf, wordsIn } from '../dom';

/** Words a card stays under: a card shows the start of another story, not a whole one. */
const CARD_MAX_WORDS = 200;

/** The runs of two or more sibling cards under `root`. */
function cardRuns(root: Element): Element[][] {
  // A card: an <article> that holds no other, short enough to be the start of a story. Asked of each <article>
  // up to three times (as itself, as a run's start, as the one before), answered once.
  const answers = new Map<Element, boolean>();
  const isCard = (el: Element): boolean => {
    let card = answers.get(el);
    if (card === undefined) {
      card =
        el.tagName === 'ARTICLE' &&
        !el.getElementsByTagName('article').length &&
        wordsIn(textOf(el)) <= CARD_MAX_WORDS;
      answers.set(el, card);
    }
    return card;
  };
  const runs: Element[][] = [];
  for (const el of Array.from(root.getElementsByTagName('article'))) {
    if (!isCard(el) || (el.previousElementSibling && isCard(el.previousElementSibling))) continue;
    const run: Element[] = [];
    for (let a: Element | null = el; a && isCard(a); a = a.nextElementSibling) run.push(a);
    if (run.length >= 2) runs.push(run);
  }
  return runs;
}

/** The nearest <article> holding `el` below `root`, or null. */
function storyArticle(el: Element, root: Element): Element | null {
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) if (a.tagName === 'ARTICLE') return a;
  return null;
}

/** Removes the runs of story cards under `root` that sit in a box apart from the story's own <article>. */
export function dropCardRuns(root: Element): void {
  if (!root.getElementsByTagName('article').length) return;
  const first = leafBlocks(root).find(isRunningText);
  const story = first && storyArticle(first, root);
  if (!story) return;
  const runs = cardRuns(root);
  // The first paragraph in a card itself: the page is a list of cards (a listing, its rows), not a story.
  if (runs.some((run) => run.includes(story))) return;
  // Cards set beside the story's own <article> are items of the same list: only a separate box of cards goes.
  for (const run of runs) if (run[0]!.parentElement !== story.parentElement) run.forEach(detach);
}
