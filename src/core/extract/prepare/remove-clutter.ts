/**
 * Clutter removal before Readability scores the page: hidden elements, page furniture by tag and role,
 * and elements whose class or id names furniture (see rules/class-vocabulary.ts). Removing these first
 * keeps their text from adding to a container's score and from being carried along with the story.
 */
import {
  CLUTTER_TOKENS,
  CONTENT_TOKENS,
  classAndId,
  mayMatchText,
  remembered,
  tokensOf,
} from '../rules/class-vocabulary';
import { openDisclosures } from './open-disclosures';
import { linkDensity, textOf } from '../dom';

const FURNITURE = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'DIALOG',
  'TEMPLATE',
  // Sign-up, contact and download forms; a page wrapped whole in one <form> (ASP.NET) holds the story and stays.
  'FORM',
]);
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'search',
  'dialog',
  'menu',
  'menubar',
  'banner',
]);
const NEVER = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * True when `el` holds the bulk of a story (several long, mostly unlinked paragraphs) or most of the page's
 * text (a layout wrapper with a "sidebar" or "nav" modifier class): never drop it on its class or role.
 */
function holdsStory(el: Element, pageLength: number): boolean {
  const text = textOf(el);
  if (text.length >= pageLength * 0.4) return true;
  if (text.length < 1200) return false;
  if (linkDensity(el, text) > 0.5) return false;
  let long = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    const t = textOf(p);
    if (t.length >= 120 && linkDensity(p, t) < 0.3 && ++long >= 3) return true;
  }
  return false;
}

/** Length of the text a reader could see in `el` (script and style contents do not count). */
function visibleLength(el: Element): number {
  let hidden = 0;
  for (const s of Array.from(el.querySelectorAll('script, style, noscript, template')))
    hidden += textOf(s).length;
  return Math.max(0, textOf(el).length - hidden);
}

/** True when the class/id of `el` names furniture and nothing about it says "story". */
export function isClutterByClass(el: Element): boolean {
  const raw = classAndId(el);
  return raw.length >= 3 && remembered(raw, NAMES_CLUTTER, () => namesClutter(raw));
}

/** The key of isClutterByClass's answers (not CLUTTER_TOKENS: hasToken files its answers under the token set). */
const NAMES_CLUTTER = {};

function namesClutter(raw: string): boolean {
  if (!mayMatchText(raw, CLUTTER_TOKENS)) return false;
  const tokens = tokensOf(raw);
  if (!tokens.length) return false;
  if (tokens.some((t) => CONTENT_TOKENS.has(t))) return false;
  return tokens.some((t) => CLUTTER_TOKENS.has(t));
}

/** True when `el` is furniture by tag, role, visibility or class (whatever its size). */
export function isFurniture(el: Element): boolean {
  if (FURNITURE.has(el.tagName)) return true;
  // Most elements of a page (text-level tags) carry no attribute at all.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return isHidden(el) || el.getAttribute('aria-hidden') === 'true' || isClutterByClass(el);
}

/** Removes clutter from the clone `doc` in place, in one walk that skips what it removes. */
export function removeClutter(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // Collapsed answers and steps are hidden too, but they are story the reader can open: show them first.
  openDisclosures(doc);
  const pageLength = visibleLength(body);
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el;) {
      const next = el.nextElementSibling;
      if (!NEVER.has(el.tagName) && isFurniture(el) && !holdsStory(el, pageLength)) parent.removeChild(el);
      else visit(el);
      el = next;
    }
  };
  visit(body);
}
