/**
 * A candidate name span and how one is cut from the tokens: function words and articles trimmed at
 * both ends, and wire-style capitals noted.
 */
import { CONNECTORS, GROUP_HEADS, PLACE_HEADS } from './lexicon';
import type { Token } from './tokens';

export interface Candidate {
  /** Token index range [from, to) in the token list. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** Preceding role or title made this a person's name ("Minister Bledi Cuci"). */
  titled: boolean;
  /** Found inside a longer name ("Leiden" in "Leiden University"); only kept with other support. */
  nested: boolean;
  /** In a paragraph written in capitals: kept only when the gazetteer knows the name. */
  shout: boolean;
  /** Nested before an event's head ("World" in "World War II"): only a country or a town may stand alone. */
  event?: boolean;
  /** Nested as a plain prefix of a longer name: only a well-known place may stand alone. */
  prefix?: boolean;
}

/** Ordinary words that open names ("New Zealand", "North Korea") even at the start of a sentence. */
export const NAME_OPENERS = new Set(['new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'united', 'central', 'northern', 'southern', 'eastern', 'western', 'greater', 'old', 'saint', 'san', 'santa', 'los', 'las', 'el', 'le', 'la']); // prettier-ignore
/** Prepositions that may join the words of one name ("Bank of England", "Centre for …"). */
export const PREPS = new Set(['of', 'for', 'against', 'on', 'de', 'du', 'des', 'del', 'della', 'di', 'da']);

/** A lowercase function word that may sit inside a name. */
export function isConnector(t: Token | undefined): boolean {
  return !!t && t.isWord && !t.cap && CONNECTORS.has(t.low);
}

/** A word that ends a group's or a place's name ("Ministry", "River"). */
export function isHeadWord(t: Token): boolean {
  return GROUP_HEADS.has(t.low) || PLACE_HEADS.has(t.low);
}

/** Appends the span toks[from, to) to `out`, trimmed of function words and punctuation at its edges. */
export function push(
  toks: Token[],
  from: number,
  to: number,
  text: string,
  out: Candidate[],
  titled = false,
  nested = false,
) {
  while (from < to && (isConnector(toks[from]) || toks[from]!.low === 'the')) from++;
  while (to > from && (isConnector(toks[to - 1]) || !toks[to - 1]!.isWord)) to--;
  if (to <= from) return;
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  // Several words in capitals ("FILE PHOTO", "NEW YORK (Reuters)") shout like a wire headline.
  const words = toks.slice(from, to).filter((t) => t.isWord);
  const capsPhrase = words.length >= 2 && words.every((t) => t.upper || !/\p{L}/u.test(t.text));
  out.push({
    from,
    to,
    start,
    end,
    text: text.slice(start, end),
    titled,
    nested,
    shout: toks[from]!.shout || capsPhrase,
  });
}
