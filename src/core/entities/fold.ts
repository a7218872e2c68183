/** Lowercase and strip diacritics, so that "Manzë" and "Manze" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
}

/** A comparison key for a name: folded, punctuation collapsed, leading "the" and trailing possessive dropped. */
export function nameKey(s: string): string {
  let t = fold(s)
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
}
