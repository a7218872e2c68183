/** Finding the story's paragraphs back in the original page, for the recovery rules. */
import { linkDensity, textOf } from '../dom';
import { isFurniture } from '../prepare/remove-clutter';
import { classTokens } from '../rules/class-vocabulary';

/** Paragraphs of running text in Readability's output, in order. */
export function storyParagraphs(root: Element): Element[] {
  return Array.from(root.querySelectorAll('p')).filter((p) => {
    const text = textOf(p);
    return text.length >= 40 && linkDensity(p, text) < 0.5;
  });
}

/** The original page's <p> elements with their text, computed once for all recovery rules. */
export interface PageParagraphs {
  all: Element[];
  texts: string[];
}

/** Collects the <p> elements of the original page. */
export function pageParagraphs(doc: Document): PageParagraphs {
  const all = Array.from(doc.querySelectorAll('p'));
  return { all, texts: all.map(textOf) };
}

/** The index among `page.all` of the paragraph whose text equals `p`'s, or -1. */
export function findOriginal(page: PageParagraphs, p: Element): number {
  return page.texts.indexOf(textOf(p));
}

/** The child of `ancestor` that contains `el`. */
function childOn(ancestor: Element, el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== ancestor) node = node.parentElement;
  return node;
}

/**
 * True when `candidate` sits right next to the story paragraph `story` (before it when `before`): inside
 * the same block, or in the block that is the story block's neighbour under a common ancestor no more than
 * `maxDepth` levels up. Blocks between them must hold no text. With `sameKind`, the two blocks must also
 * look alike (unnamed, or sharing a class word), as the parts of one story body do.
 */
export function isNeighbour(
  candidate: Element,
  story: Element,
  before: boolean,
  maxDepth: number,
  sameKind: boolean,
): boolean {
  let anc: Element | null = story.parentElement;
  for (let depth = 1; anc && depth <= maxDepth; depth++, anc = anc.parentElement) {
    if (anc.tagName === 'BODY' || anc.tagName === 'HTML') return false;
    if (!anc.contains(candidate)) continue;
    if (candidate.parentElement === story.parentElement) return true;
    const mine = childOn(anc, story);
    const theirs = childOn(anc, candidate);
    let step = before ? mine.previousElementSibling : mine.nextElementSibling;
    while (step && step !== theirs && !(step.textContent ?? '').trim()) {
      step = before ? step.previousElementSibling : step.nextElementSibling;
    }
    return step === theirs && (!sameKind || similarBlocks(theirs, mine));
  }
  return false;
}

/** Unnamed blocks, or blocks whose class names share a word, belong to the same template part. */
function similarBlocks(a: Element, b: Element): boolean {
  const ta = classTokens(a).filter((t) => !t.includes('-'));
  if (!ta.length) return true;
  const tb = new Set(classTokens(b));
  return ta.some((t) => tb.has(t));
}

/** True when `el` or an ancestor is furniture (related box, newsletter, share bar, sidebar, hidden…). */
export function inClutter(el: Element): boolean {
  for (let anc: Element | null = el; anc && anc.tagName !== 'BODY'; anc = anc.parentElement) {
    if (isFurniture(anc)) return true;
  }
  return false;
}
