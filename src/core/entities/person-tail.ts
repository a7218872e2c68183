/**
 * A person's name run on after a group's or place's name with no comma between them ("the Refugee Council
 * Maren Odell", "Lakeview State University Tomas Brenner"): where the person begins, so the two are cut.
 */
import type { CaseCounts } from './candidates';
import { FIRST_NAMES, TITLES } from './lexicon';
import { isConnector, isHeadWord } from './span';
import type { Token } from './tokens';

const PLAIN = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** Verbs of speech right after the name: people talk, institutions seldom do in this position. */
const SPEECH = /^(?:said|says|told|tells|added|explained|wrote|argued|warned|stated|noted)$/;
const AGE = /^\d{1,2}$/;

/**
 * The index where a two-word person's name ends the run toks[from, to), or -1. The run must hold a
 * head word before the name ("Council", "University"); the surname must recur elsewhere in the story
 * (people are named again by surname) or the name be followed by a verb of speech or an age; the given
 * name must not recur (or be a known given name).
 */
export function personTail(toks: Token[], from: number, to: number, cases: CaseCounts): number {
  const cut = to - 2;
  if (cut - from < 1) return -1;
  const given = toks[cut]!;
  const surname = toks[to - 1]!;
  for (const t of [given, surname])
    if (!PLAIN.test(t.text) || isHeadWord(t) || TITLES.has(t.low) || isConnector(t)) return -1;
  if (!isHeadWord(toks[cut - 1]!) || isConnector(toks[cut - 1])) return -1;
  const speaks =
    SPEECH.test(toks[to]?.low ?? '') ||
    (toks[to]?.text === ',' && !!toks[to + 1] && AGE.test(toks[to + 1]!.text));
  if (cases.capital(surname.low) < 2 && !speaks) return -1;
  if (cases.capital(given.low) > 1 && !FIRST_NAMES.has(given.low)) return -1;
  return cut;
}
