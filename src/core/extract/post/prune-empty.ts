/** Containers the cleaning rules emptied: no text and no media left. */
import { detach } from '../dom';

const MEDIA = 'img, picture, video, audio, iframe, table, hr, br';
const PRUNABLE = 'div, section, ul, ol, dl, li, p, span, figure, blockquote, aside, header, footer, article';

/** Removes elements under `root` that hold neither text nor media, innermost first. */
export function pruneEmpty(root: Element): void {
  const els = Array.from(root.querySelectorAll(PRUNABLE)).reverse();
  for (const el of els) {
    if (!el.parentNode) continue;
    if ((el.textContent ?? '').trim()) continue;
    if (el.matches(MEDIA) || el.querySelector(MEDIA)) continue;
    detach(el);
  }
}
