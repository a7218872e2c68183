/** Plain text of an element with paragraphs separated by blank lines, the shape `Article.text` promises. */

import { BLOCK_TAGS, weightedWords } from './dom';

const BLOCK = BLOCK_TAGS;
const CELL = new Set(['TD', 'TH']);

/**
 * Parts of the article HTML that are not story text: captions, and figures that only hold media.
 * Readers and reference extractions alike read the story without them.
 */
function isOutOfText(el: Element, name: string): boolean {
  if (name === 'FIGCAPTION') return true;
  if (name === 'FIGURE')
    return !!el.querySelector('img, picture, video, iframe') && !el.querySelector('blockquote, table, pre');
  return false;
}

/** Walks `root` and returns its text, one paragraph per block element, whitespace collapsed. */
export function blockText(root: Node): string {
  const blocks: { text: string; quote: boolean }[] = [];
  let current = '';
  let quoteDepth = 0;
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t, quote: quoteDepth > 0 });
    current = '';
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const name = child.nodeName.toUpperCase();
        if (name === 'BR') {
          current += ' ';
        } else if (isOutOfText(child as Element, name)) {
          flush();
        } else if (BLOCK.has(name)) {
          flush();
          if (name === 'BLOCKQUOTE') quoteDepth++;
          walk(child);
          flush();
          if (name === 'BLOCKQUOTE') quoteDepth--;
        } else {
          if (CELL.has(name)) current += ' ';
          walk(child);
          if (CELL.has(name)) current += ' ';
        }
      }
    }
  };
  walk(root);
  flush();
  return dropRepeatedQuotes(blocks).join('\n\n');
}

const squash = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A quoted block that only repeats a sentence of the story (a pull quote) is read once, in the story. */
function dropRepeatedQuotes(blocks: { text: string; quote: boolean }[]): string[] {
  if (!blocks.some((b) => b.quote)) return blocks.map((b) => b.text);
  const story = blocks
    .filter((b) => !b.quote)
    .map((b) => squash(b.text))
    .join(' | ');
  return blocks
    .filter((b) => !b.quote || b.text.length < 20 || !story.includes(squash(b.text)))
    .map((b) => b.text);
}

/** Words in `text`; CJK characters count as half a word each, so reading time stays honest. */
export function countWords(text: string): number {
  return weightedWords(text, 2);
}

/** Minutes to read at 230 words a minute, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 230));
}
