/**
 * Repeated teaser cards: three or more siblings built the same way (same tag and class), each a short
 * block around a link, are a grid of other stories, whatever their container is called. Cards that carry an
 * excerpt under a linked headline are less link-dense; those count only where the story has ended, since a
 * listicle's sections can look the same.
 */
import { HEADING, detach, leafBlocks, linkDensity, textOf, wordsIn } from '../dom';
import { precedes } from './drop-teasers';

function signature(el: Element): string {
  return `${el.tagName}.${(el.getAttribute('class') ?? '').trim().split(/\s+/).sort().join('.')}`;
}

/** A short block that is mostly link text. */
function isCard(el: Element): boolean {
  if (!el.querySelector('a')) return false;
  const text = textOf(el);
  const words = wordsIn(text);
  return words > 0 && words <= 60 && linkDensity(el, text) >= 0.4;
}

/** The page's own host, from its URL or (on a detached clone, which has none) its canonical address. */
function pageHost(doc: Document): string | null {
  const candidates = [
    doc.URL,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    try {
      if (c && /^https?:/i.test(c)) return new URL(c).hostname.replace(/^www\./, '');
    } catch {
      // Not an address: try the next one.
    }
  }
  return null;
}

/** True when `href` stays on the site: relative, or on the page's host. */
function isInternal(href: string, host: string | null): boolean {
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return true;
  try {
    return !!host && new URL(href, 'https://x.invalid/').hostname.replace(/^www\./, '') === host;
  } catch {
    return false;
  }
}

/**
 * A linked headline over at most a short excerpt: a teaser for another story. A listicle's sections look
 * alike but link their headings out to the places and products they describe, and carry no kicker, date or
 * source line; so the headline must stay on the site, or the card must hold more than headline and excerpt.
 */
function isHeadlineCard(el: Element, host: string | null): boolean {
  const words = wordsIn(textOf(el));
  if (!words || words > 110 || el.querySelectorAll('p').length > 2) return false;
  for (const h of Array.from(el.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const a = h.querySelector('a[href]');
    if (!a || !textOf(h) || linkDensity(h) < 0.8) continue;
    if (isInternal(a.getAttribute('href') ?? '', host) || leafBlocks(el).length >= 3) return true;
  }
  return false;
}

/** Words of running text under `root` before and after the element `edge` (outside it). */
function proseAround(root: Element, edge: Element): { before: number; after: number } {
  const out = { before: 0, after: 0 };
  for (const b of leafBlocks(root)) {
    if (edge.contains(b) || HEADING.has(b.tagName) || linkDensity(b) > 0.3) continue;
    if (precedes(edge, b)) out.after += wordsIn(textOf(b));
    else if (precedes(b, edge)) out.before += wordsIn(textOf(b));
  }
  return out;
}

/** Teaser cards follow a story: a story before them (not a page of cards) and next to nothing after. */
function trailsStory(root: Element, run: Element[]): boolean {
  const before = proseAround(root, run[0]!).before;
  const after = proseAround(root, run[run.length - 1]!).after;
  return before >= 100 && after < 40;
}

/** Removes runs of three or more same-shaped link cards under `root`. */
export function dropRepeatedCards(root: Element): void {
  const host = pageHost(root.ownerDocument);
  for (const parent of [root, ...Array.from(root.querySelectorAll('div, section, ul, ol'))]) {
    if (!parent.parentNode && parent !== root) continue;
    const kids = Array.from(parent.children);
    const signatures = kids.map(signature);
    let start = 0;
    for (let i = 1; i <= kids.length; i++) {
      const same = i < kids.length && signatures[i] === signatures[start];
      if (same) continue;
      const run = kids.slice(start, i);
      const first = run[0]!;
      const classed = !!first.getAttribute('class') || first.tagName === 'LI';
      if (run.length >= 3 && classed && first.tagName !== 'P') {
        if (run.every(isCard)) run.forEach(detach);
        else if (run.every((el) => isHeadlineCard(el, host)) && trailsStory(root, run)) run.forEach(detach);
      }
      start = i;
    }
  }
}
