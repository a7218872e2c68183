/**
 * The lookup key of a name: the same folding at build time (scripts/build-knowledge.ts) and at run time,
 * so "Manzë", "MANZE" and "the Manze" meet on one key.
 */

/** Letters that NFKD does not decompose but that readers type without their stroke or ligature. */
const EXTRA: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ħ: 'h',
};

/** Folds case and diacritics, collapses punctuation to single spaces, drops a leading "the". */
export function keyOf(name: string): string {
  let s = name.toLowerCase();
  // Most names are plain ASCII; skip the Unicode passes for them (the gazetteer folds ~60k names at load).
  if (!/^[\x20-\x7e]*$/.test(s)) {
    s = s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[ßøæœđðłıþħ]/g, (c) => EXTRA[c] ?? c)
      .replace(/[’‘`´]/g, "'");
  }
  s = s
    .replace(/'s\b/g, '')
    .replace(/[.']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (s.startsWith('the ')) s = s.slice(4);
  return s;
}
