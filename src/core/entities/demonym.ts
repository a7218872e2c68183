/** Demonyms: "Albanian" → Albania, through the gazetteer or, without one, by the common suffixes. */
import type { Gazetteer } from '../knowledge/gazetteer';

const SUFFIX = /^(\p{Lu}\p{Ll}{2,}?)(?:ian|ean|an|ese|ish|i|n)$/u;

/**
 * The place a demonym refers to: its name from the gazetteer, null when the word has a demonym's
 * shape but no gazetteer to resolve it (matched later by `demonymMatches`), undefined when it is none.
 */
export function findDemonym(word: string, gazetteer?: Gazetteer): string | null | undefined {
  if (gazetteer) return gazetteer.demonym(word)?.name ?? undefined;
  return SUFFIX.test(word) ? null : undefined;
}

/** Does the demonym `word` plausibly refer to `place` ("Australian" → "Australia", "Iranian" → "Iran")? */
export function demonymMatches(word: string, place: string): boolean {
  const w = word.toLowerCase();
  const p = place.toLowerCase();
  if (p.length < 4) return false;
  for (const suf of ['ian', 'ean', 'an', 'ese', 'ish', 'i', 'n']) {
    if (!w.endsWith(suf)) continue;
    const stem = w.slice(0, -suf.length);
    if (stem.length >= 4 && (p === stem || p === stem + 'a' || p === stem + 'ia' || p.startsWith(stem)))
      return true;
  }
  return false;
}
