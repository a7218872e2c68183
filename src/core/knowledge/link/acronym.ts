/** Acronyms and the full names they stand for ("MEK" → "Mujahedeen-e-Khalq", "NATO" → "North Atlantic…"). */
import { keyOf } from '../normalise';

const MINOR = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'a',
  'an',
  'de',
  'e',
  'la',
  'le',
  'du',
  'des',
  'al',
  'el',
]);

/** True for forms like "MEK", "U.N.", "NATO", "PMOI" (2–7 capitals, dots allowed). */
export function isAcronym(form: string): boolean {
  const s = form.replace(/\./g, '').trim();
  return /^[A-Z][A-Z0-9&]{1,6}$/.test(s) || /^[A-Z][a-z]?[A-Z]{1,5}$/.test(s);
}

/** Initial letters of a name's words and hyphen parts, with and without minor words ("e", "of"). */
export function initials(name: string): string[] {
  const words = keyOf(name)
    .split(/[\s-]+/)
    .filter(Boolean);
  const hyphenated = name
    .split(/[\s-]+/)
    .map((w) => keyOf(w))
    .filter(Boolean);
  const all = (ws: string[]): string => ws.map((w) => w[0]).join('');
  const major = (ws: string[]): string => all(ws.filter((w) => !MINOR.has(w)));
  return [...new Set([all(words), major(words), all(hyphenated), major(hyphenated)])];
}

/** True when `acronym` abbreviates `name`. */
export function abbreviates(acronym: string, name: string): boolean {
  const a = acronym.replace(/[.\s]/g, '').toLowerCase();
  return a.length >= 2 && initials(name).includes(a);
}

/**
 * The names to search for a note, best first: for an acronym, the story's full form that it abbreviates
 * (or, failing that, its longest alias), then the acronym itself; otherwise the name, then the aliases.
 */
export function queriesFor(note: { name: string; aliases?: string[] }): string[] {
  const forms = [note.name, ...(note.aliases ?? [])].filter((f) => f.trim());
  const acronyms = forms.filter(isAcronym);
  const full = forms.filter((f) => !isAcronym(f));
  if (isAcronym(note.name)) {
    const expanding = full.filter((f) => acronyms.some((a) => abbreviates(a, f)));
    const rest = full.filter((f) => !expanding.includes(f)).sort((a, b) => b.length - a.length);
    return [...new Set([...expanding, ...rest, ...acronyms])];
  }
  return [...new Set([note.name, ...full, ...acronyms])];
}
