/**
 * Story split across page-builder rows: site builders and document generators put each part of a long
 * story in its own row or section block ("row", "sect1", "et_pb_row"…), side by side under one parent.
 * Readability scores each row alone and keeps the best one, so the story comes back as one part.
 * When the page holds much more running text than the article kept, the rows that look like the kept
 * one (same tag, a shared class word) and sit next to it are read together, cleaned like the article, and
 * taken only when the result keeps what the article had and adds running text.
 */
import { cleanArticle } from '../clean-article';
import { linkDensity, textOf } from '../dom';
import { isFurniture } from '../prepare/remove-clutter';
import { classTokens } from '../rules/class-vocabulary';
import { extendsStory, replaceContent, storyWasCut } from './lost-sections';
import { storyParagraphs, type PageParagraphs } from './locate';

/** How far above the kept paragraphs' common block the rows may sit. */
const MAX_LEVELS = 8;
/** A row must hold this much paragraph text to count as a part of the story. */
const ROW_PROSE = 200;
/**
 * Rows that repeat the kept row's template are stronger evidence than a second Readability pass, so the
 * added text may hold more lists and tables (a technical write-up) than lost-sections allows.
 */
const ROW_PROSE_SHARE = 0.3;
const ROW_LINKS = 0.5;
/** Share of class words two rows of one template have in common. */
const SHARED_WORDS = 0.5;

/** The deepest element holding every one of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let anc: Element | null = els[0] ?? null;
  while (anc && !els.every((e) => anc!.contains(e))) anc = anc.parentElement;
  return anc;
}

/** Class words that name a template part: not numbered ("row-3"), not utility classes ("lg:w-[40%]"). */
function templateWords(el: Element): string[] {
  return classTokens(el).filter((t) => !/[-_]\d+$/.test(t) && !/[:[\]/%]/.test(t));
}

/**
 * Rows of one template share their tag and most of their class words (utility-class layouts share a word
 * or two between any two blocks, so one shared word is not enough).
 */
function sameRow(a: Element, b: Element): boolean {
  if (a.tagName !== b.tagName) return false;
  const mine = new Set(templateWords(a));
  const theirs = new Set(templateWords(b));
  if (!mine.size || !theirs.size) return false;
  const shared = [...theirs].filter((t) => mine.has(t)).length;
  return shared / (mine.size + theirs.size - shared) >= SHARED_WORDS;
}

/** A sidebar or other furniture left in the row because it is long (the prepare stage keeps those). */
function holdsFurniture(row: Element): boolean {
  return isFurniture(row) || Array.from(row.querySelectorAll('*')).some(isFurniture);
}

function rowProse(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const t = textOf(p);
    if (t.length >= 60) total += t.length;
  }
  return total;
}

/** True when row `s` may join the story: same template as `row`, and not a row of headline links. */
function joins(row: Element, s: Element): boolean {
  return sameRow(row, s) && linkDensity(s) <= ROW_LINKS && !holdsFurniture(s);
}

/**
 * The run of look-alike rows from `first` to `last` (the rows that hold the kept story) and around them, in
 * order, when at least one added row holds prose. A row of another template ends the run; a row of
 * headline links (other stories in the same template) is left out.
 */
function rowRun(first: Element, last: Element): Element[] | null {
  const run: Element[] = [];
  for (let s: Element | null = first; s; s = s.nextElementSibling) {
    if (s === first || s === last || ((s.textContent ?? '').trim() && joins(first, s))) run.push(s);
    if (s === last) break;
  }
  let gained = 0;
  for (const [from, dir] of [
    [first, 'previousElementSibling'],
    [last, 'nextElementSibling'],
  ] as const) {
    for (let s = from[dir]; s; s = s[dir]) {
      if (!(s.textContent ?? '').trim()) continue;
      if (!sameRow(first, s)) break;
      if (!joins(first, s)) continue;
      if (dir === 'previousElementSibling') run.unshift(s);
      else run.push(s);
      gained += rowProse(s) >= ROW_PROSE ? 1 : 0;
    }
  }
  return gained > 0 ? run : null;
}

/**
 * The first and last children of `anc` holding kept paragraphs, when several look-alike rows hold them
 * (Readability kept more than one row, but not all); otherwise `anc` itself.
 */
function keptSpan(anc: Element, found: Element[]): [Element, Element] {
  const rows = Array.from(anc.children).filter((c) => found.some((p) => c.contains(p)));
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (rows.length >= 2 && first && last && rows.every((r) => sameRow(first, r))) return [first, last];
  return [anc, anc];
}

/**
 * Replaces `root`'s content with the story's sibling rows read together, when that extends the story. Reads
 * the prepared page (see preparedPage in prepare-clone.ts) without changing it.
 */
export function recoverSiblingSections(root: Element, prepared: () => Document, page: PageParagraphs): void {
  const keptText = textOf(root);
  if (!storyWasCut(page, keptText)) return;
  const kept = storyParagraphs(root).map(textOf);
  if (!kept.length) return;
  const clone = prepared();
  const wanted = new Set(kept);
  const found = Array.from(clone.querySelectorAll('p')).filter((p) => wanted.has(textOf(p)));
  if (found.length < kept.length * 0.9) return;
  let node = commonAncestor(found);
  for (
    let level = 0;
    node && level < MAX_LEVELS && node.tagName !== 'BODY';
    level++, node = node.parentElement
  ) {
    const [first, last] = level === 0 ? keptSpan(node, found) : [node, node];
    const run = rowRun(first, last);
    if (!run) continue;
    const wrapper = clone.createElement('div');
    for (const r of run) wrapper.appendChild(r.cloneNode(true));
    const candidate = cleanArticle(wrapper, { title: '', byline: null, siteName: null });
    if (!extendsStory(kept, keptText.length, candidate, ROW_PROSE_SHARE)) continue;
    replaceContent(root, candidate);
    return;
  }
}
