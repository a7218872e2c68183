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

const INNER_CAPITAL = /[A-Za-z][A-Z]/;
const INNER_CAPITAL_U = /\p{L}\p{Lu}/u;

/** The letters and digits of a name without a leading "the", diacritics folded, case kept. */
function letters(name: string): string {
  const s = name.replace(/^\s*the\s+/i, '');
  const ascii = /^[\x20-\x7e]*$/.test(s);
  return ascii
    ? s.replace(/'s\b/g, '').replace(/[^A-Za-z0-9]+/g, '')
    : s
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/[’']s\b/gu, '')
        .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The spelling a lookup form must keep for a name written as an acronym or in mixed case ("LeT", "AU",
 * "McAllen"), or undefined when any capitalisation of the name may match. Such names collide with common
 * words once case is folded ("Let", "Au"), so their case is part of the name.
 */
export function caseSignature(name: string): string | undefined {
  if (!(INNER_CAPITAL.test(name) || (!/^[\x20-\x7e]*$/.test(name) && INNER_CAPITAL_U.test(name))))
    return undefined;
  const sig = letters(name);
  return INNER_CAPITAL.test(sig) || INNER_CAPITAL_U.test(sig) ? sig : undefined;
}

/**
 * Whether `form` spells a name whose case signature is `sig`: the same letters in the same case, the name in
 * capitals (headlines), or a long acronym written as a word ("Nato" for NATO, as some papers do).
 */
export function keepsCase(form: string, sig: string): boolean {
  const f = letters(form);
  if (f === sig) return true;
  if (f.length !== sig.length || f.toLowerCase() !== sig.toLowerCase()) return false;
  if (f === f.toUpperCase()) return true;
  return sig.length >= 4 && sig === sig.toUpperCase() && f === sig[0] + sig.slice(1).toLowerCase();
}
