/** Acronym helpers: does "MEK" abbreviate "Mujahedeen-e-Khalq", "WHO" the "World Health Organization"? */
import { CONNECTORS } from './lexicon';

/** The letters of an acronym ("U.S." → "US"), or null when `s` does not look like one. */
export function acronymLetters(s: string): string | null {
  const t = s.replace(/['’]s$/, '').replace(/\./g, '');
  if (!/^[\p{Lu}][\p{Lu}\d&]{1,7}$/u.test(t)) return null;
  return t.replace(/&/g, '');
}

/** Candidate initialisms of a multi-word name, with and without its function words. */
export function initialisms(name: string): Set<string> {
  const parts = name
    .replace(/['’]s\b/g, '')
    .split(/[\s\-‐]+/)
    .filter((p) => /\p{L}/u.test(p));
  const out = new Set<string>();
  if (parts.length < 2) return out;
  const all = parts.map((p) => p.charAt(0)).join('');
  const content = parts
    .filter((p) => !CONNECTORS.has(p.toLowerCase()) && p.toLowerCase() !== 'the')
    .map((p) => p.charAt(0))
    .join('');
  const capsOnly = parts
    .filter((p) => /^\p{Lu}/u.test(p))
    .map((p) => p.charAt(0))
    .join('');
  for (const x of [all, content, capsOnly]) if (x.length >= 2) out.add(x.toUpperCase());
  return out;
}

/** True when `acro` abbreviates `name`. */
export function abbreviates(acro: string, name: string): boolean {
  const letters = acronymLetters(acro);
  return !!letters && letters.length >= 2 && initialisms(name).has(letters);
}
