/**
 * Dates as pages print them ("December 12, 2025", "12. Dezember 2025", "12/03/2025", "2025年12月12日"),
 * turned into an ISO 8601 calendar date. Used when a page gives no machine-readable date.
 */

import { MONTH_NAMES, MONTH_ALTERNATION } from './rules/month-names';

const NAME = `(${MONTH_ALTERNATION})\\.?`;
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  // 2025-12-12, 2025/12/12, 2025.12.12
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, parts: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 2025년 12월 12일, 2025年12月12日
  {
    re: /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/,
    parts: (m) => [+m[1]!, +m[2]!, +m[3]!],
  },
  // December 12, 2025 / Dec. 12th 2025
  {
    re: new RegExp(`${L}${NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${R}`, 'iu'),
    parts: (m) => [+m[3]!, MONTH_NAMES[m[1]!.toLowerCase()]!, +m[2]!],
  },
  // 12 December 2025 / 20 December, 2025 / 12. Dezember 2025 / 12 de março de 2025 / 12 декабря 2025
  {
    re: new RegExp(
      `${L}(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?${NAME},?\\s+(?:de\\s+)?(\\d{4})${R}`,
      'iu',
    ),
    parts: (m) => [+m[3]!, MONTH_NAMES[m[2]!.toLowerCase()]!, +m[1]!],
  },
  // 2023 Jan 7 (library and journal style)
  {
    re: new RegExp(`${L}(\\d{4})\\s+${NAME}\\s+(\\d{1,2})${R}`, 'iu'),
    parts: (m) => [+m[1]!, MONTH_NAMES[m[2]!.toLowerCase()]!, +m[3]!],
  },
  // 12.12.2025 (day first, as in Europe)
  { re: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, parts: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  // 12/03/2025: month first unless the first number cannot be a month
  {
    re: /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/,
    parts: (m) => (+m[1]! > 12 ? [+m[3]!, +m[2]!, +m[1]!] : [+m[3]!, +m[1]!, +m[2]!]),
  },
];

/**
 * Element texts read whole run into each other where the page set them in separate boxes ("Ana
 * KimDecember 17, 2025", "Saturday20 December, 2025", "Feb 16, 2026Global"): a space goes back at each
 * lower-to-upper case step and between a letter and a number, except before an ordinal suffix ("12th").
 */
function unglue(text: string): string {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{Lu})/gu, '$1 $2');
}

/** The first printed date in `text` as "YYYY-MM-DD", or null. */
export function parseVisibleDate(raw: string): string | null {
  const text = unglue(raw);
  let best: { at: number; iso: string } | null = null;
  for (const { re, parts } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const p = parts(m);
    if (!p) continue;
    const [y, mo, d] = p;
    if (y < 1990 || y > 2100 || !mo || mo > 12 || d < 1 || d > 31) continue;
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (!best || m.index < best.at) best = { at: m.index, iso };
  }
  return best?.iso ?? null;
}
