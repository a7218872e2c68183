/**
 * Headlines copied through a wrong character encoding show '?' or U+FFFD where a character (or the
 * character and the next letter) stood: "Beginner? Guide" for "Beginner’s Guide".
 */

const MANGLED = /[?\uFFFD]/;
// More stand-ins than this is not a headline with a few damaged letters (and would make the pattern slow).
const MAX_STAND_INS = 8;

/** True when `shown` is `title` with some characters replaced by '?' or U+FFFD (one or two each). */
export function isMangledCopy(shown: string, title: string): boolean {
  if (!MANGLED.test(shown)) return false;
  const parts = shown
    .replace(/\s+/g, ' ')
    .trim()
    .split(/[?\uFFFD]/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length - 1 > MAX_STAND_INS) return false;
  // A '?' that ends a question in both is no sign of damage: only a '?' standing in for something else is.
  const pattern = new RegExp(`^${parts.join('(?:.{1,2}|\\?)')}$`, 'iu');
  const t = title.replace(/\s+/g, ' ').trim();
  return t !== shown && pattern.test(t);
}
