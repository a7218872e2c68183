/**
 * Han, kana and Hangul: scripts that carry a word in one or two characters and write no spaces. Detection
 * weighs their characters so that thresholds set for Latin text mean about the same amount of text.
 */

/** Ranges: kana, CJK extension A and unified ideographs, Hangul syllables, compatibility ideographs. */
const RANGES = '\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff';

/** True when a string holds at least one such character. */
export const HAS_CJK = new RegExp(`[${RANGES}]`);
const ALL_CJK = new RegExp(`[${RANGES}]`, 'g');

/** How many such characters `t` holds (a loop, not a regex: it runs on every text node of a page). */
export function cjkChars(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0xf900 && c <= 0xfaff)
    )
      n++;
  }
  return n;
}

/** Words in `s`, where two CJK characters count as one word (the detector's weights were fitted so). */
export function detectWords(s: string): number {
  const cjk = cjkChars(s);
  const rest = cjk ? s.replace(ALL_CJK, ' ') : s;
  return (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length + Math.round(cjk / 2);
}
