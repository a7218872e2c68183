/**
 * Byline and dateline lines inside the body ("By Jane Doe", "Published 10:02 AM EST Nov 19, 2019",
 * "Updated 2 hours ago", "5 min read"). The article's byline and date are metadata fields; repeated in the
 * text they are clutter. Only short blocks near the start or the end of the story are considered.
 */
import { closestTag, detach, leafBlocks, normalise, textOf, wordsIn } from '../dom';
import { BYLINE_OPENER, DATE_PATTERN, PUBLISHED_WORDS, READING_TIME } from '../rules/date-words';

const CAPTION_QUOTE_TABLE: ReadonlySet<string> = new Set(['FIGCAPTION', 'BLOCKQUOTE', 'TABLE']);

const STAMP = /^\W*(published|updated|posted|last updated)\b/i;
const HEAD = 8;
const TAIL = 3;

/** True when `text` is a byline, a dateline, a reading time, or the byline/site name alone. */
export function isMetaLine(text: string, known: string[]): boolean {
  const words = wordsIn(text);
  if (!words || words > 25) return false;
  const n = normalise(text);
  if (known.some((k) => k && n === k)) return true;
  if (READING_TIME.test(n)) return true;
  // "Newsroom Team | 5 min read", "Jan 3 · 4 min read": a reading time closing a short byline row.
  if (words <= 10 && /[|·•]\s*\d+\s*min(ute)?s?\.?\s*read$/i.test(n)) return true;
  if (BYLINE_OPENER.test(text.trim()) && words <= 14 && !/[.!?]["”]?$/.test(text.trim())) return true;
  if (STAMP.test(text) && /\d{1,2}[:.]\d{2}/.test(text) && words <= 15) return true;
  const date = DATE_PATTERN.exec(text);
  if (!date) return false;
  if (PUBLISHED_WORDS.test(text) && words <= 20) return true;
  // Mostly a date: what is left after removing the date and clock times is a few words at most.
  const rest = text
    .replace(DATE_PATTERN, ' ')
    .replace(/\b\d{1,2}[:.h]\d{2}(\s*[ap]\.?m\.?)?\b/gi, ' ')
    .replace(/\b(19|20)\d{2}\b/g, ' ');
  return wordsIn(rest) <= 4;
}

/** Removes metadata lines near the start and end of `root`. `known` are the byline and site name. */
export function dropMetaLines(root: Element, known: (string | null)[]): void {
  const names = known.filter((k): k is string => !!k).map(normalise);
  const blocks = leafBlocks(root);
  const picked = new Set([...blocks.slice(0, HEAD), ...blocks.slice(-TAIL)]);
  // A line that opens with "Published"/"Updated" and a date is metadata wherever it sits.
  for (const el of blocks) {
    if (picked.has(el)) continue;
    const text = textOf(el);
    if (wordsIn(text) <= 15 && STAMP.test(text) && (DATE_PATTERN.test(text) || /\d{1,2}[:.]\d{2}/.test(text)))
      picked.add(el);
  }
  for (const el of picked) {
    if (el.tagName === 'FIGCAPTION' || closestTag(el, CAPTION_QUOTE_TABLE)) continue;
    if (isMetaLine(textOf(el), names)) detach(el);
  }
}
