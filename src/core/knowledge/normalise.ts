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

const SIMPLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Folds case and diacritics, collapses punctuation to single spaces, drops a leading "the". */
export function keyOf(name: string): string {
  // Fast path for the common case, plain words separated by single spaces.
  if (SIMPLE.test(name)) {
    const t = name.toLowerCase();
    return t.startsWith('the ') ? t.slice(4) : t;
  }
  let s = name.toLowerCase();
  // Most names are plain ASCII; they skip the Unicode passes (the gazetteer folds ~60k names at load).
  const ascii = /^[\x20-\x7e]*$/.test(s);
  if (!ascii) {
    s = s
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[ßøæœđðłıþħ]/g, (c) => EXTRA[c] ?? c)
      .replace(/[’‘`´]/g, "'");
  }
  s = s.replace(/'s\b/g, '').replace(/[.']/g, '');
  s = (ascii ? s.replace(/[^a-z0-9]+/g, ' ') : s.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}
