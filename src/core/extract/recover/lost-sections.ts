/**
 * Story sections Readability threw away: it scores class names ("widget", "media", "meta" count against a
 * block) and cleans "conditionally" (a block with a few images or links goes), so a guide whose sections sit
 * in page-builder widgets, or whose body is split into styled boxes, comes back as its first part only.
 * When the page holds far more running text than the article kept, Readability is asked again with class
 * weighting, then conditional cleaning, switched off; an answer is taken only when it keeps what the first
 * one had and what it adds is running text.
 */
import { Readability } from '@mozilla/readability';
import { cleanArticle } from '../clean-article';
import { withShortcuts } from '../readability-shortcuts';
import { linkDensity, textOf } from '../dom';
import { hasToken } from '../rules/class-vocabulary';
import { storyParagraphs, type PageParagraphs } from './locate';

// Readability's flags (Readability.js: FLAG_STRIP_UNLIKELYS 1, FLAG_WEIGHT_CLASSES 2, FLAG_CLEAN_CONDITIONALLY 4).
const NO_CLASS_WEIGHTS = 1 | 4;
const NO_CONDITIONAL_CLEANING = 1 | 2;
const VARIANTS = [NO_CLASS_WEIGHTS, NO_CONDITIONAL_CLEANING];

const COMMENT_TOKENS: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'commentlist',
  'comment-list',
  'disqus',
  'replies',
  'reply',
  'respond',
  'discussion',
]);
const FURNITURE = 'nav, aside, footer, header, form, [hidden], [aria-hidden="true"], [role="complementary"]';
/** The page must hold running text the article left out, this share of what it kept and at least… */
const LOST_SHARE = 0.5;
const LOST_MIN = 500;
/** The new answer must be this much longer… */
const GROWTH = 1.4;
/** …keep this share of the old answer's paragraphs… */
const KEEP = 0.9;
/** …and what it adds must be mostly long paragraphs with few links. */
const ADDED_PROSE = 0.5;
const ADDED_LINKS = 0.25;

/**
 * True when the page's paragraphs of running text outside furniture tags that the article left out add up to
 * `needed` characters. (Not the class vocabulary: story containers are often named "has-sidebar" or
 * "node--promoted", which the cleaning stage lets pass only because they hold the story.) The paragraphs the
 * article lacks are found by text first; the tests that read the tree run only when those could reach `needed`.
 */
function lostProseReaches(page: PageParagraphs, keptText: string, needed: number): boolean {
  const missing: number[] = [];
  let bound = 0;
  page.texts.forEach((text, i) => {
    if (text.length < 60 || keptText.includes(text)) return;
    missing.push(i);
    bound += text.length;
  });
  if (bound < needed) return false;
  let total = 0;
  for (const i of missing) {
    const p = page.all[i]!;
    const text = page.texts[i]!;
    if (linkDensity(p, text) < 0.3 && !p.closest(FURNITURE) && !inComments(p)) total += text.length;
    if (total >= needed) return true;
  }
  return false;
}

/** True when the page holds enough running text the article (`keptText`) left out to read it again. */
export function storyWasCut(page: PageParagraphs, keptText: string): boolean {
  return lostProseReaches(page, keptText, Math.max(LOST_MIN, keptText.length * LOST_SHARE));
}

/** Replaces the content of `root` with copies of `candidate`'s children. */
export function replaceContent(root: Element, candidate: Element): void {
  while (root.firstChild) root.removeChild(root.firstChild);
  for (const child of Array.from(candidate.childNodes))
    root.appendChild(root.ownerDocument.importNode(child, true));
}

/** True when `el` sits in a comment thread (which also reads as running text). */
function inComments(el: Element): boolean {
  for (let a: Element | null = el; a && a.tagName !== 'BODY'; a = a.parentElement) {
    if (hasToken(a, COMMENT_TOKENS)) return true;
  }
  return false;
}

function readAgain(prepared: () => Document, flags: number): Element | null {
  // Readability changes the document it reads: it gets a copy.
  const clone = prepared().cloneNode(true) as Document;
  const reader = withShortcuts(
    new Readability<Element>(clone, {
      charThreshold: 500,
      keepClasses: true,
      serializer: (node) => node as Element,
    }),
  );
  // Readability has no option for its flags; it only drops them itself when the article comes out short.
  (reader as unknown as { _flags: number })._flags = flags;
  try {
    const parsed = reader.parse();
    return parsed?.content ? cleanArticle(parsed.content, { title: '', byline: null, siteName: null }) : null;
  } catch {
    return null;
  }
}

/**
 * True when `candidate` keeps the paragraphs of `kept` and adds running text to them: at least `proseShare`
 * of what it adds in long paragraphs.
 */
export function extendsStory(
  kept: string[],
  keptLength: number,
  candidate: Element,
  proseShare = ADDED_PROSE,
): boolean {
  const text = textOf(candidate);
  if (text.length < keptLength * GROWTH) return false;
  const have = kept.filter((p) => text.includes(p)).length;
  if (kept.length && have < kept.length * KEEP) return false;
  const old = new Set(kept);
  let added = 0;
  let addedProse = 0;
  let addedLinks = 0;
  // Headlines that are links: a grid of other stories came back with the lost sections.
  let linkedHeadings = 0;
  for (const b of Array.from(candidate.querySelectorAll('p, li, h2, h3, h4, h5, h6, td, pre, blockquote'))) {
    if (b.querySelector('p, li')) continue;
    const t = textOf(b);
    if (!t || old.has(t)) continue;
    if (inComments(b)) return false;
    const links = linkDensity(b, t);
    if (/^H\d$/.test(b.tagName) && links >= 0.8 && ++linkedHeadings >= 3) return false;
    added += t.length;
    if (t.length >= 80) addedProse += t.length;
    addedLinks += links * t.length;
  }
  return added > 0 && addedProse >= added * proseShare && addedLinks <= added * ADDED_LINKS;
}

/**
 * Replaces `root`'s content with a fuller reading of the page (`prepared`, see preparedPage in prepare-clone.ts) when
 * Readability left story sections out.
 */
export function recoverLostSections(root: Element, prepared: () => Document, page: PageParagraphs): void {
  const keptText = textOf(root);
  const keptLength = keptText.length;
  if (!storyWasCut(page, keptText)) return;
  const kept = storyParagraphs(root).map(textOf);
  for (const flags of VARIANTS) {
    const candidate = readAgain(prepared, flags);
    if (!candidate || !extendsStory(kept, keptLength, candidate)) continue;
    replaceContent(root, candidate);
    return;
  }
}
