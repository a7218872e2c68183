/**
 * Tag lists the page marks as such: links with rel="tag" (HTML's link type for "a tag for this page") set
 * side by side, often inline after the story where the leaf-block rules do not look ("Tags: a, b, c" in a
 * <strong> next to other blocks). The smallest element holding two or more of them goes when almost all its
 * text is theirs; a tag word linked inside a sentence stays.
 */
import { detach, textOf } from '../dom';

/** Share of the element's text the tag links must make up, once a short label ("Tags:") is allowed for. */
const TAG_SHARE = 0.8;
/** Characters of text beside the links that still read as a label and separators. */
const LABEL_CHARS = 16;

/** Removes elements under `root` that hold a list of rel="tag" links and little else. */
export function dropTagLinks(root: Element): void {
  const tags = Array.from(root.querySelectorAll('a[rel~="tag" i]'));
  if (tags.length < 2) return;
  const holders = new Set<Element>();
  for (const a of tags) if (a.parentElement && a.parentElement !== root) holders.add(a.parentElement);
  for (const holder of holders) {
    if (!holder.parentNode) continue;
    const inside = tags.filter((a) => holder.contains(a));
    if (inside.length < 2) continue;
    const text = textOf(holder);
    const linked = inside.reduce((n, a) => n + textOf(a).length, 0);
    if (linked >= TAG_SHARE * Math.max(0, text.length - LABEL_CHARS)) detach(holder);
  }
}
