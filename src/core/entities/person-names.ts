/**
 * Given names and surnames (from @cspell/dict-people-names, MIT), folded. A cue, not a verdict:
 * "Jordan", "Chad" and "Washington" are here too, and the gazetteer outweighs it for places.
 */
import data from './person-names.json';

let names: Set<string> | null = null;

/** Is `low` (folded) a known given name or surname? */
export function isPersonName(low: string): boolean {
  names ??= new Set((data as { names: string }).names.split(' '));
  return names.has(low);
}
