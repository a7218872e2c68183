/** Small DOM measures shared by the cleaning rules. They work on any DOM (browser, linkedom, jsdom). */

/** Text of `el` with whitespace collapsed. */
export function textOf(el: Node): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * True when some text under `node` is not whitespace (what `/\S/.test(node.textContent)` tells), found without
 * building the subtree's text: the walk stops at the first word. Without recursion: a page may nest elements
 * thousands deep.
 */
export function hasText(node: Node): boolean {
  let c: Node | null = node.firstChild;
  while (c) {
    if (c.nodeType === 3 || c.nodeType === 4) {
      if (/\S/.test((c as CharacterData).data)) return true;
    } else if (c.nodeType === 1 && c.firstChild) {
      c = c.firstChild;
      continue;
    }
    while (c && !c.nextSibling) {
      c = c.parentNode;
      if (c === node) return false;
    }
    c = c ? c.nextSibling : null;
  }
  return false;
}

/**
 * Text of `el` with its children joined by a space, whitespace collapsed: boxes set side by side
 * (<span>Written by</span><span>Name</span>) read as separate words.
 */
export function lineText(el: Element): string {
  return Array.from(el.childNodes, (n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * `text` without the invisible characters pages put in headlines to guide line breaking (soft hyphens, zero-width
 * spaces, word joiners, byte-order marks). They show nothing, but they split words for search, copy and
 * comparison. Zero-width joiners stay: scripts and emoji need them.
 */
export function dropInvisibles(text: string): string {
  return text.replace(/[\u00ad\u200b\u2060\ufeff]/g, '');
}

/** Lower-cased text with leading and trailing punctuation, symbols and spaces removed, for phrase matching. */
export function normalise(text: string): string {
  return trimEdges(text.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * `t` without leading and trailing punctuation, symbols and spaces; for text already lower-cased and
 * collapsed, the same as `normalise`. Trimmed from each end by code point: a regex anchored at the end would be
 * tried at every position.
 */
export function trimEdges(t: string): string {
  let start = 0;
  let end = t.length;
  while (start < end) {
    const cp = t.codePointAt(start)!;
    if (!EDGE.test(String.fromCodePoint(cp))) break;
    start += cp > 0xffff ? 2 : 1;
  }
  while (end > start) {
    const low = t.charCodeAt(end - 1);
    const high = end - 2 >= start ? t.charCodeAt(end - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!EDGE.test(String.fromCodePoint(t.codePointAt(end - width)!))) break;
    end -= width;
  }
  return t.slice(start, end);
}

const EDGE = /^[\p{P}\p{S}\s]$/u;

const WORD = /[\p{L}\p{N}_]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Word count where each CJK character counts as a third of a word (no spaces separate words there). */
export function wordsIn(text: string): number {
  return weightedWords(text, 3);
}

/** Runs of letters, digits and "_", plus one word per `cjkPerWord` CJK characters. */
export function weightedWords(text: string, cjkPerWord: number): number {
  const fast = wordsWithoutCjk(text);
  if (fast >= 0) return fast;
  const cjk = text.match(CJK)?.length ?? 0;
  return ((cjk ? text.replace(CJK, ' ') : text).match(WORD)?.length ?? 0) + Math.round(cjk / cjkPerWord);
}

/** Characters below this are classified by a table; text with any character at or above it takes the regexes. */
const TABLE_END = 0x2100;
/** Per character below TABLE_END: 1 when WORD matches it, 2 when CJK does, 0 otherwise (built on first use). */
let charKinds: Uint8Array | null = null;

function kinds(): Uint8Array {
  if (charKinds) return charKinds;
  const table = new Uint8Array(TABLE_END);
  const word = /^[\p{L}\p{N}_]$/u;
  const cjk = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
  for (let c = 0; c < TABLE_END; c++) {
    const ch = String.fromCharCode(c);
    table[c] = cjk.test(ch) ? 2 : word.test(ch) ? 1 : 0;
  }
  return (charKinds = table);
}

/**
 * Runs of word characters (what WORD matches), or -1 as soon as a CJK character or one past the table shows
 * up. Story text is mostly Latin or Cyrillic letters with typographic quotes and dashes, and the rules count
 * the words of every block: the Unicode regexes were a tenth of their time.
 */
function wordsWithoutCjk(text: string): number {
  const table = kinds();
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= TABLE_END) return -1;
    const kind = table[c]!;
    if (kind === 2) return -1;
    const w = kind === 1;
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

/** Share of `el`'s text that sits inside links (0 when it has no text); pass textOf(el) when you have it. */
export function linkDensity(el: Element, text: string = textOf(el)): number {
  const total = text.length;
  if (!total) return 0;
  let linked = 0;
  // getElementsByTagName, not querySelectorAll('a'): same elements in the same order, without a selector engine.
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += textOf(links[i]!).length;
  return Math.min(1, linked / total);
}

/** A block of running text: 25 words or more, mostly not link text (the story, not a teaser or a menu). */
export function isRunningText(el: Element): boolean {
  const text = textOf(el);
  return wordsIn(text) >= 25 && linkDensity(el, text) < 0.5;
}

/** A removal made by `detach`, enough to put the node back where it was. */
interface Removal {
  node: Node;
  parent: Node;
  next: Node | null;
}

/** Removals being recorded by `undoableRemovals`, or null when nothing records them. */
let journal: Removal[] | null = null;

/** Removes `el` from its parent, if it has one. */
export function detach(el: Node): void {
  const parent = el.parentNode;
  if (!parent) return;
  journal?.push({ node: el, parent, next: el.nextSibling });
  parent.removeChild(el);
}

/**
 * Runs `fn`, recording every `detach` it makes, and returns a function that puts the removed nodes back
 * where they were, leaving the tree as it was before `fn`. For rules that only remove: it spares a deep
 * copy of the tree made in case their work has to be thrown away.
 */
export function undoableRemovals(fn: () => void): () => void {
  const outer = journal;
  const removals: Removal[] = [];
  journal = removals;
  try {
    fn();
  } finally {
    journal = outer;
  }
  return () => {
    for (let i = removals.length - 1; i >= 0; i--) {
      const { node, parent, next } = removals[i]!;
      parent.insertBefore(node, next);
    }
  };
}

/** The heading elements, h1 to h6. */
export const HEADING_TAGS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6'];

/** Elements that break the line of text (block-level as a reader sees them; table cells are not among them). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  ...HEADING_TAGS,
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
  'CAPTION',
  'PICTURE',
]);

export const HEADING: ReadonlySet<string> = new Set(HEADING_TAGS);

/** Block-level tags the rules treat as paragraphs of the story. */
export const BLOCKS =
  'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, pre, table, div, section, ul, ol';

const LEAF_CANDIDATES = new Set([
  'P',
  'LI',
  ...HEADING_TAGS,
  'DD',
  'DT',
  'DIV',
  'SECTION',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'PRE',
  'TD',
]);
const INNER_BLOCKS = new Set([
  'P',
  'LI',
  ...HEADING_TAGS,
  'DD',
  'DT',
  'DIV',
  'SECTION',
  'BLOCKQUOTE',
  'FIGURE',
  'UL',
  'OL',
  'TABLE',
  'PRE',
]);

/** The innermost block elements under `root` that carry text, in document order (one pass over the tree). */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): boolean => {
    let hasBlock = false;
    const start = out.length;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (visit(c) || INNER_BLOCKS.has(c.tagName)) hasBlock = true;
    }
    if (!hasBlock && LEAF_CANDIDATES.has(el.tagName) && el !== root && hasText(el)) {
      out.splice(start, 0, el);
    }
    return hasBlock;
  };
  visit(root);
  return out;
}

/**
 * `el` or its nearest ancestor whose tag name (upper case) is in `tags`, as `el.closest('a, b')` finds it.
 * The rules ask this of every block; linkedom compiles the selector of each closest() call anew.
 */
export function closestTag(el: Element, tags: ReadonlySet<string>): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (tags.has(a.tagName)) return a;
  return null;
}

/** The element after `el` in document order; with `skipInside`, after its whole subtree. */
export function nextElement(el: Element, skipInside = false): Element | null {
  if (!skipInside && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}
