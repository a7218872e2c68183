/**
 * Boilerplate lines left inside the story container: ad labels, share and follow prompts, newsletter
 * upsells, "read more" links, image credits, copyright and comment lines, in several languages
 * (see rules/boilerplate-phrases.ts). Only short blocks are tested, so a real paragraph that happens to
 * mention a newsletter stays.
 */
import { closestTag, detach, leafBlocks, linkDensity, textOf, trimEdges, wordsIn } from '../dom';
import {
  CLOSING_APPEALS,
  CONTAINED_PHRASES,
  EXACT_PHRASES,
  LONG_PREFIX_PHRASES,
  PREFIX_PHRASES,
} from '../rules/boilerplate-phrases';

const CAPTION_OR_TABLE: ReadonlySet<string> = new Set(['FIGCAPTION', 'TABLE']);

const EXACT = new Set(EXACT_PHRASES);

/**
 * The phrase lists as one pattern each: literal alternatives, the same test as startsWith / includes over the
 * list, and several times faster than looping over it for every block.
 */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWithAny = (phrases: readonly string[]): RegExp =>
  new RegExp(`^(?:${phrases.map(escape).join('|')})`);
const containsAny = (phrases: readonly string[]): RegExp => new RegExp(phrases.map(escape).join('|'));
const LONG_PREFIX = startsWithAny(LONG_PREFIX_PHRASES);
const PREFIX = startsWithAny(PREFIX_PHRASES);
const CONTAINED = containsAny(CONTAINED_PHRASES);
const CLOSING = containsAny(CLOSING_APPEALS);
const PREFIX_MAX_WORDS = 30;
const CONTAINED_MAX_WORDS = 45;
const LONG_PREFIX_MAX_WORDS = 90;
const CLOSING_BLOCKS = 3;

/** True when `text` is a boilerplate line. */
export function isBoilerplate(text: string, closing = false): boolean {
  const words = wordsIn(text);
  if (words > LONG_PREFIX_MAX_WORDS) return false;
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // The story's last lines may be a longer appeal ("If you liked this article, please consider …").
  if (closing && words > CONTAINED_MAX_WORDS) return CLOSING.test(lower);
  if (LONG_PREFIX.test(lower)) return true;
  if (words > CONTAINED_MAX_WORDS) return false;
  const n = trimEdges(lower);
  if (!n) return false;
  if (EXACT.has(n) || /^(by|von|par|por|oleh)$/i.test(n)) return true;
  // "Follow Hardtail Canada", "Folgen Sie uns": a follow prompt is a short line.
  if (words <= 4 && /^(follow|folgen|suivez|síguenos|siga|segui|ikuti)\b/i.test(n)) return true;
  // "Support Five Books", "Donate to the Trust": a support prompt naming the site.
  if (
    words >= 2 &&
    words <= 4 &&
    /^(support|donate to|unterstützen sie|soutenez|apoie|apoya|sostieni)\b/i.test(n)
  )
    return true;
  // A bare address ("https://example.com/story-1234.php") is a share or canonical link, never prose.
  if (/^(https?:\/\/|www\.)\S+$/i.test(text.trim())) return true;
  if (words <= PREFIX_MAX_WORDS && (PREFIX.test(lower) || PREFIX.test(n))) return true;
  return CONTAINED.test(lower);
}

/** True for a run of share-button labels ("Whatsapp Facebook Pinterest Email"). */
const SHARE_WORD =
  /^(share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|pint|pin|reddit|telegram|messenger|line|kakao|vk|ok|flipboard|copy|link|baixar|download|sms|mail|imprimir|drucken|teilen)$/i;
export function isShareRow(text: string): boolean {
  const words = text.split(/[\s|,/·•]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= 12 &&
    words.every((w) => SHARE_WORD.test(w.replace(/[^\p{L}-]/gu, '')))
  );
}

/**
 * Link lines that are not prose: a tag list ("Tags: budget, rail, …", "Schlagwörter …") or a row of
 * teasers marked with bracketed labels ("… [VIDEO] … [INSIGHT]"), when most of the line is links.
 */
const TAG_LABEL =
  /^(tags?|tagged( with)?|tagi|schlagwörter|stichwörter|etiquetas|marcadores|mots-clés|tag correlati|теги|метки)\b/i;
export function isLinkRow(el: Element, text: string = textOf(el)): boolean {
  if (wordsIn(text) > 80 || linkDensity(el, text) < 0.5) return false;
  return TAG_LABEL.test(text) || (text.match(/\[[\p{Lu}\d ]{3,20}\]/gu)?.length ?? 0) >= 2;
}

/** Removes boilerplate blocks under `root`, and lists or sections they leave empty. */
export function dropBoilerplate(root: Element): void {
  const blocks = leafBlocks(root);
  const closing = new Set(blocks.slice(-CLOSING_BLOCKS));
  for (const el of blocks) {
    if (el.tagName === 'FIGCAPTION' || el.tagName === 'TD' || closestTag(el, CAPTION_OR_TABLE)) continue;
    const text = textOf(el);
    if (isBoilerplate(text, closing.has(el)) || isShareRow(text) || isLinkRow(el, text)) {
      const parent = el.parentElement;
      detach(el);
      if (parent && parent !== root && !textOf(parent) && !parent.querySelector('img, picture, video, table'))
        detach(parent);
    }
  }
}
