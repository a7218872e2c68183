/**
 * An acronym the story introduces with a lowercase description of a body: "the consortium of Pelmark
 * university libraries (PUB)", "the national statistics office (NSO)". The letters need not match the
 * words (the name is often in another language); the description's head says it is a group.
 */
import { acronymLetters } from './acronym';
import type { Candidate } from './candidates';
import { GROUP_NOUNS } from './lexicon';
import type { Token } from './tokens';

/**
 * Lowercase heads of such descriptions, beside the group nouns. Not every head word of a proper name is one:
 * "the ground reaction force (GRF)" and "a messaging service (SMS)" are terms.
 */
const BODIES = new Set(['consortium', 'coalition', 'federation', 'office', 'ministry', 'department', 'bureau', 'commission', 'authority', 'board', 'institution', 'league', 'parliament', 'court', 'regulator', 'watchdog', 'charity']); // prettier-ignore

/** Is `cand` an acronym in brackets right after a lowercase phrase headed by a group noun? */
export function definedAsGroup(toks: Token[], cand: Candidate): boolean {
  if (!acronymLetters(cand.text) || toks[cand.from - 1]?.text !== '(' || toks[cand.to]?.text !== ')')
    return false;
  // The phrase before the bracket, back to the article or the start of the clause, at most eight words.
  const phrase: Token[] = [];
  for (let k = cand.from - 2; k >= 0 && phrase.length < 8; k--) {
    const t = toks[k]!;
    if (!t.isWord || /^(?:the|a|an)$/.test(t.low)) break;
    phrase.unshift(t);
  }
  if (
    !phrase.length ||
    phrase.some((t) => t.cap && !t.sentStart && !/^\p{Lu}\p{Ll}+(?:ian|ish|ese|ch|an)$/u.test(t.text))
  )
    return false;
  // The head is the noun before "of" ("consortium of … libraries"), else the last word.
  const of = phrase.findIndex((t) => t.low === 'of');
  const head = (of > 0 ? phrase[of - 1]! : phrase[phrase.length - 1]!).low;
  return GROUP_NOUNS.has(head) || BODIES.has(head);
}
