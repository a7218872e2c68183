/**
 * Repeated teaser cards: three or more siblings built the same way (same tag and class), each a short
 * block around a link, are a grid of other stories, whatever their container is called.
 */
import { detach, linkDensity, textOf, wordsIn } from '../dom';

function signature(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.')}`;
}

function isCard(el: Element): boolean {
  if (!el.querySelector('a')) return false;
  const words = wordsIn(textOf(el));
  return words > 0 && words <= 60 && linkDensity(el) >= 0.4;
}

/** Removes runs of three or more same-shaped link cards under `root`. */
export function dropRepeatedCards(root: Element): void {
  for (const parent of [root, ...Array.from(root.querySelectorAll('div, section, ul, ol'))]) {
    if (!parent.parentNode && parent !== root) continue;
    const kids = Array.from(parent.children);
    let start = 0;
    for (let i = 1; i <= kids.length; i++) {
      const same = i < kids.length && signature(kids[i]!) === signature(kids[start]!);
      if (same) continue;
      const run = kids.slice(start, i);
      const classed = !!kids[start]!.getAttribute('class') || kids[start]!.tagName === 'LI';
      if (run.length >= 3 && classed && kids[start]!.tagName !== 'P' && run.every(isCard))
        run.forEach(detach);
      start = i;
    }
  }
}
