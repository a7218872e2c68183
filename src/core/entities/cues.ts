/**
 * What the sentence around a mention says about its type: "in X" and "X, a small hill town" point
 * to a place, "the X group" and "X's spokesperson" to a group, "X said" and "Mr X" to a person.
 */
import { describe } from './describe';
import {
  FIRST_NAMES,
  GROUP_HEADS,
  GROUP_NOUNS,
  PLACE_HEADS,
  PLACE_NOUNS,
  ROLE_NOUNS,
  TITLES,
} from './lexicon';

const HEADS = new Set([...GROUP_HEADS, ...PLACE_HEADS]);
import type { Token } from './tokens';

/** Counts of cues for [group, place, person]. */
export type CueCounts = [number, number, number];

const NP_END = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'of', 'in', 'at', 'on', 'from', 'with', 'near', 'by', 'for', 'to', 'and', 'or', 'but', 'is', 'was', 'has', 'had']); // prettier-ignore
const PLACE_PREPS = new Set([
  'in',
  'at',
  'near',
  'across',
  'outside',
  'inside',
  'throughout',
  'into',
  'towards',
  'toward',
  'around',
  'within',
]);
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'explained',
  'stated',
  'wrote',
  'argued',
  'noted',
  'recalled',
  'asked',
]);
const GROUP_POSS = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'members',
  'member',
  'leader',
  'leaders',
  'founder',
  'headquarters',
  'chairman',
  'chief',
  'ceo',
  'board',
  'staff',
  'employees',
  'shares',
  'officials',
  'website',
]);
const PLACE_POSS = new Set([
  'capital',
  'border',
  'borders',
  'population',
  'economy',
  'coast',
  'north',
  'south',
  'east',
  'west',
  'citizens',
  'residents',
  'streets',
  'mayor',
  'largest',
  'biggest',
]);
const PERSON_POSS = new Set(['wife', 'husband', 'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'parents', 'career', 'life', 'death', 'birth', 'childhood', 'girlfriend', 'boyfriend', 'friend', 'friends', 'own']); // prettier-ignore
const PLACE_OF = new Set(['king', 'queen', 'earl', 'duke', 'duchess', 'count', 'countess', 'baron', 'baroness', 'marquess', 'marquis', 'viscount', 'bishop', 'archbishop', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'capital', 'city', 'town', 'village', 'province', 'region', 'outskirts', 'north', 'south', 'east', 'west', 'centre', 'center', 'suburbs', 'island', 'state', 'republic', 'kingdom', 'municipality', 'county', 'district', 'streets', 'people', 'residents', 'citizens']); // prettier-ignore
/** Lowercase words that, after "of", introduce a group ("members of X", "leader of X"). */
const GROUP_OF = new Set(['members', 'member', 'leader', 'leaders', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'head', 'chairman', 'president', 'director', 'officials', 'supporters']); // prettier-ignore

/** Cue counts for the mentions of one entity, given as token ranges of the analysed text. */
export function cues(
  text: string,
  toks: Token[],
  spans: { from: number; to: number; start: number; end: number }[],
): CueCounts {
  const c: CueCounts = [0, 0, 0];
  for (const s of spans) {
    const p1 = toks[s.from - 1];
    const p2 = toks[s.from - 2];
    const n1 = toks[s.to];
    const n2 = toks[s.to + 1];
    const words = toks.slice(s.from, s.to).filter((t) => t.isWord);
    // "at Brandt's Music Hall": the preposition governs what the owner's name qualifies.
    // (Also "in Halden and Morrow's survey": the owners may be several.)
    const owner = possessor(toks, s.to);
    if (p1 && PLACE_PREPS.has(p1.low) && !p1.cap && !owner) c[1]++;
    // "the hill of Ashton", "the port of Sfax": a lowercase place word before "of" as much as "the city of".
    if (p1?.low === 'of' && p2 && (PLACE_OF.has(p2.low) || (!p2.cap && PLACE_HEADS.has(p2.low)))) c[1]++;
    if (p1?.low === 'of' && p2 && GROUP_OF.has(p2.low)) c[0]++;
    // "Isabel Ruiz of Heaven Sent Gaming", "Leung Kwok-hung of LSD": a person's affiliation.
    if (
      p1?.low === 'of' &&
      !p1.cap &&
      p2?.cap &&
      p2.isWord &&
      !p2.upper &&
      !TITLES.has(p2.low) &&
      !HEADS.has(p2.low) &&
      !PLACE_OF.has(p2.low)
    )
      c[0]++;
    if (n1 && GROUP_NOUNS.has(n1.low) && !n1.cap) c[0]++;
    if (placeNounAfter(toks, s.to)) c[1] += 2;
    // "in Tunis and Sfax": the preposition covers both names.
    if (p1 && !p1.cap && (p1.low === 'and' || p1.low === 'or')) {
      let k = s.from - 2;
      while (k >= 0 && toks[k]?.isWord && toks[k]!.cap) k--;
      const before = toks[k];
      if (k < s.from - 2 && before && !before.cap && PLACE_PREPS.has(before.low) && !owner) c[1]++;
    }
    if (n1 && /^['’]s$/.test(n1.text) && n2) {
      if (GROUP_POSS.has(n2.low)) c[0]++;
      if (PLACE_POSS.has(n2.low)) c[1]++;
      if (PERSON_POSS.has(n2.low)) c[2]++;
    }
    // "Kola said", "said Kola." — but not "residents of Mavre said", where the name is not the speaker.
    const object = p1 && !p1.cap && /^(?:of|in|from|at|to|for|with|by|near)$/.test(p1.low);
    const said =
      (n1 && SPEECH.has(n1.low) && !object) || (p1 && SPEECH.has(p1.low) && (!n1 || /^[.,]$/.test(n1.text)));
    if (said) c[p1?.low === 'the' || p2?.low === 'the' ? 0 : 2]++;
    if (p1 && ROLE_NOUNS.has(p1.low) && !p1.cap && p2?.low !== 'the') c[2]++;
    // "Eastman, who…" ("X, where…" is said of schools as much as of towns).
    if (n1?.text === ',' && n2?.low === 'who') c[2]++;
    // "Robertson (2010)", "Santos, 2012", "Daily et al.": an author cited.
    if (
      n1 &&
      ((/^[(,]$/.test(n1.text) && n2 && /^(?:1[5-9]|20)\d\d[a-z]?$/.test(n2.text)) || n1.low === 'et')
    )
      c[2] += 2;
    if (words.length >= 2 && FIRST_NAMES.has(words[0]!.low)) c[2] += 2;
  }
  for (const d of describe(text, spans, 8)) {
    if (d.kind === 'definition') continue;
    // The first typing noun of the description decides: "a walled camp near Mavre" is a camp.
    for (const w of d.text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) {
      // Only the head of the description counts: "a young man who travels to the town" is no town.
      if (NP_END.has(w)) break;
      const k: 0 | 1 | 2 | null = PLACE_NOUNS.has(w)
        ? 1
        : GROUP_NOUNS.has(w)
          ? 0
          : ROLE_NOUNS.has(w)
            ? 2
            : null;
      if (k !== null) {
        c[k] += 2;
        break;
      }
    }
  }
  return c;
}

/**
 * Do the names from toks[k] on end in a possessive that qualifies a noun: "'s Music Hall", "and Morrow's
 * survey"? Then a preposition before the first name governs that noun, not the names.
 */
function possessor(toks: Token[], k: number): boolean {
  const stop = k + 6;
  while (k < stop && toks[k] && (toks[k]!.cap || /^(?:and|&|,)$/.test(toks[k]!.text))) k++;
  return !!toks[k] && /^['’]s$/.test(toks[k]!.text) && !!toks[k + 1]?.isWord;
}

/**
 * Does a lowercase place word follow the name ending before toks[k], right away ("the Ashraf camp",
 * "Kayangan lakes") or after "and" and further names ("Barracuda and Kayangan lakes")? It says what the
 * name is.
 */
export function placeNounAfter(toks: Token[], k: number): boolean {
  const n = toks[k];
  if (n && !n.cap && (n.low === 'and' || n.low === 'or')) {
    let m = k + 1;
    while (toks[m]?.isWord && toks[m]!.cap) m++;
    if (m === k + 1) return false;
    k = m;
  }
  const t = toks[k];
  return !!t && !t.cap && PLACE_NOUNS.has(t.low);
}
