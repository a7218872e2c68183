/**
 * The headline repeated inside the body: readers see the title above the article already, and the
 * story text never includes it. Drops <h1>s and any heading whose text equals the title.
 */
import { detach, dropInvisibles, normalise, textOf } from '../dom';

/** Removes headings under `root` that repeat `title` (and every <h1>, which is the page headline). */
export function dropTitleHeading(root: Element, title: string): void {
  // The title comes without invisible characters (metadata.ts); a heading may still carry them.
  const t = normalise(title);
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3'))) {
    const text = normalise(dropInvisibles(textOf(h)));
    if (h.tagName === 'H1' || (t && text && (text === t || (text.length > 20 && t.includes(text)))))
      detach(h);
  }
}
