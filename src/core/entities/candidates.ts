/**
 * Candidate name spans: runs of capitalised words, allowing the function words names contain
 * ("Daughters of the American Revolution", "Special Structure Against Corruption and Organized Crime"),
 * with sentence-initial ordinary words, titles and possessives taken off.
 */
import {
  COMMON,
  CONNECTORS,
  FIRST_NAMES,
  GROUP_HEADS,
  NEVER,
  OTHER_HEADS,
  PLACE_HEADS,
  TITLES,
} from './lexicon';
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

const PARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|de|di|da|du|van|von|le|la|d)[-'’]\p{Lu}/u;
/** Ordinary words that open names ("New Zealand", "North Korea") even at the start of a sentence. */
const NAME_OPENERS = new Set(['new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'united', 'central', 'northern', 'southern', 'eastern', 'western', 'greater', 'old', 'saint', 'san', 'santa', 'los', 'las', 'el', 'le', 'la']); // prettier-ignore
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i)$/u;
/**
 * Heads whose name is usually a place's: "Leiden University", "Newark Airport", "United States Congress".
 * Not clubs and newspapers ("Leeds United", "Chicago Tribune"), where the town is part of the name only.
 */
const NAMED_AFTER = new Set(['university', 'universiteit', 'universitat', 'universite', 'universidad', 'college', 'school', 'academy', 'institute', 'airport', 'station', 'bay', 'harbour', 'harbor', 'port', 'bridge', 'stadium', 'congress', 'parliament', 'government', 'ministry', 'police', 'army', 'navy', 'embassy', 'consulate']); // prettier-ignore
const PREPS = new Set(['of', 'for', 'against', 'on', 'de', 'du', 'des', 'del', 'della', 'di', 'da']);

/** A word that may be part of a name. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || !t.isWord) return false;
  // Ticker and product codes ("CMCU3") are not names; "G7" and "Ashraf-3" are.
  if (/^\p{Lu}{3,}\d+\p{L}?\d*$/u.test(t.text)) return false;
  // A URL slug ("Cat-found-in-New-Mexico-after-going-missing-in-14848175") is not a name.
  if (t.text.split(/[-‐]/).length > 4 || /\d{5}/.test(t.text)) return false;
  if (t.cap || t.upper) return !NEVER.has(t.low) || t.upper;
  return PARTICLE.test(t.text);
}

function isConnector(t: Token | undefined): boolean {
  return !!t && t.isWord && !t.cap && CONNECTORS.has(t.low);
}

/** How often a folded word occurs in lowercase and capitalised in the text. */
export interface CaseCounts {
  lower(low: string): number;
  capital(low: string): number;
}

/** Finds candidate spans in `toks`. `seenLower` says whether a word also occurs in lowercase in the text. */
export function findCandidates(toks: Token[], text: string, cases: CaseCounts): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isNameWord(toks[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    let hasPrep = false;
    for (;;) {
      const t = toks[j];
      if (isNameWord(t) && t!.paragraph === toks[i]!.paragraph && !t!.sentStart) {
        if (PREPS.has(t!.low)) hasPrep = true;
        j++;
        continue;
      }
      // "St. Petersburg", "Clyst St. Mary": the full stop of a saint or mount abbreviation stays inside.
      if (t && t.text === '.' && /^(?:st|mt|ft|ste)$/.test(toks[j - 1]!.low) && isNameWord(toks[j + 1])) {
        j += 1;
        continue;
      }
      // "King's College": a possessive inside a name that goes on to a head word.
      if (t && /^['’]s$/.test(t.text) && isNameWord(toks[j + 1]) && isHeadWord(toks[j + 1]!)) {
        j += 2;
        continue;
      }
      if (isConnector(t)) {
        let k = j + 1;
        while (isConnector(toks[k]) && k - j < 2) k++;
        const prev = toks[j - 1]!;
        // "Centre for Control", but not "Lydia Buchtmann for Food Standards"; "and" only inside "X of A and B".
        const ok =
          isNameWord(toks[k]) &&
          (t!.low !== 'and' || (hasPrep && !secondName(toks, k)) || headedAfterAnd(toks, i, j, k)) &&
          (t!.low !== 'for' || isHeadWord(prev)) &&
          !(t!.low === 'of' && FIRST_NAMES.has(toks[i]!.low) && !GROUP_HEADS.has(prev.low)) &&
          !(t!.low === 'of' && personOfGroup(toks, i, j, k));
        if (ok && toks[k]!.paragraph === toks[i]!.paragraph) {
          if (PREPS.has(t!.low)) hasPrep = true;
          j = k;
          continue;
        }
      }
      break;
    }
    // "US$ 10 billion", "HK$": letters glued to a currency sign are part of an amount.
    const sign = toks[j];
    const currency = j === i + 1 && !!sign && sign.start === toks[i]!.end && /^[$€£¥]$/.test(sign.text);
    if (currency) {
      /* not a name */
    } else if (toks[i]!.shout) shouted(toks, i, j, text, out);
    else emit(toks, i, j, text, cases, out);
    i = j;
  }
  return out;
}

/** Heads that end a complete institution's name. */
const STRONG_HEADS = new Set(['university', 'institute', 'college', 'school', 'company', 'party', 'ministry', 'council', 'bank', 'magazine', 'newspaper']); // prettier-ignore

/**
 * After "and", does a second full name begin ("… of Technology and Colorado State University",
 * "… of Rolling Stone and Carlo De Benedetti of Italy")? Then "and" separates two names.
 */
function secondName(toks: Token[], k: number): boolean {
  if (FIRST_NAMES.has(toks[k]!.low)) return true;
  for (let m = k; m < toks.length && (isNameWord(toks[m]) || isConnector(toks[m])); m++) {
    if (STRONG_HEADS.has(toks[m]!.low)) return true;
    if (isConnector(toks[m]) && toks[m]!.low === 'of' && m > k) return true;
  }
  return false;
}

/**
 * "National Aeronautics and Space Administration": two words, "and", then words ending in a group's
 * head, with no head before "and". Not "Britain and the European Union" (the article starts a new name).
 */
function headedAfterAnd(toks: Token[], i: number, j: number, k: number): boolean {
  if (k !== j + 1 || j - i < 2 || toks[k]!.low === 'the') return false;
  for (let m = i; m < j; m++) if (GROUP_HEADS.has(toks[m]!.low)) return false;
  let m = k;
  while (isNameWord(toks[m + 1])) m++;
  return GROUP_HEADS.has(toks[m]!.low);
}

/**
 * A run of capitals ("JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT") is no name by itself: each word
 * stands alone, and two- and three-word spans are offered as nested names for the gazetteer to confirm.
 */
function shouted(toks: Token[], from: number, to: number, text: string, out: Candidate[]): void {
  for (let k = from; k < to; k++) {
    if (!isConnector(toks[k])) push(toks, k, k + 1, text, out);
    for (let n = 2; n <= 3 && k + n <= to; n++) push(toks, k, k + n, text, out, false, true);
  }
}

/** "Fernando Cheung of the Labour Party": a person's plain two or three words, "of", a group's full name. */
function personOfGroup(toks: Token[], i: number, j: number, k: number): boolean {
  if (j - i < 2 || j - i > 3) return false;
  for (let m = i; m < j; m++) {
    const t = toks[m]!;
    if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) || isHeadWord(t) || TITLES.has(t.low)) return false;
  }
  let m = k;
  while (isNameWord(toks[m + 1])) m++;
  return GROUP_HEADS.has(toks[m]!.low);
}

/** Buildings that often carry their town's name ("Auckland Castle", "Newark Airport"). */
const BUILDING_HEADS = new Set(['castle', 'museum', 'hall', 'hotel', 'hospital', 'stadium', 'arena', 'airport', 'station', 'centre', 'center', 'cathedral', 'palace', 'theatre', 'theater', 'gallery', 'zoo', 'port', 'harbour', 'harbor']); // prettier-ignore

/**
 * May toks[from, k) be a town named inside the longer name ending at `to` ("Brighton" in "Brighton High
 * School", "Houston" in "Houston Astros")? Not before a river or an island ("Hudson River"), never a
 * given name, and the gazetteer decides later.
 */
function townPrefix(toks: Token[], from: number, k: number, to: number): boolean {
  if (FIRST_NAMES.has(toks[from]!.low) || NAME_OPENERS.has(toks[from]!.low)) return false;
  for (let m = k; m < to; m++) {
    const w = toks[m]!.low;
    if (isConnector(toks[m])) return false;
    if (PLACE_HEADS.has(w) && !BUILDING_HEADS.has(w)) return false;
  }
  return true;
}

function isHeadWord(t: Token): boolean {
  return GROUP_HEADS.has(t.low) || PLACE_HEADS.has(t.low);
}

function push(
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

/** Does toks[i] follow an opening quotation mark? */
function quoteOpens(toks: Token[], i: number): boolean {
  const q = toks[i - 1];
  if (!q || q.end !== toks[i]!.start || !/^[“‘"']$/.test(q.text)) return false;
  const before = toks[i - 2];
  return !before || before.end < q.start;
}

function emit(toks: Token[], from: number, to: number, text: string, cases: CaseCounts, out: Candidate[]) {
  // Ordinary words opening a sentence ("However", "The", "Iodine deficiency").
  while (from < to) {
    const t = toks[from]!;
    const opensName = NAME_OPENERS.has(t.low) && isNameWord(toks[from + 1]) && from + 1 < to;
    // A quoted title opens like a sentence: ‘Where the Digital Humanities and Libraries meet’.
    const opens = t.sentStart || quoteOpens(toks, from);
    if (t.low === 'the' || (opens && COMMON.has(t.low) && !t.upper && !opensName)) {
      from++;
      continue;
    }
    if (t.sentStart && !t.upper && cases.lower(t.low) > 0 && !TITLES.has(t.low) && !opensName) {
      from++;
      continue;
    }
    // "Residents of Mavre said…": a sentence-opening common noun joined to a name by "of".
    const nx = toks[from + 1];
    if (
      t.sentStart &&
      nx &&
      isConnector(nx) &&
      nx.low === 'of' &&
      !isHeadWord(t) &&
      !TITLES.has(t.low) &&
      !FIRST_NAMES.has(t.low)
    ) {
      from += 2;
      continue;
    }
    // "If Iodine deficiency is…": a word the text mostly writes in lowercase is not a name.
    const lc = cases.lower(t.low);
    if (!t.upper && to - from === 1 && lc >= 2 && lc >= cases.capital(t.low)) {
      from++;
      continue;
    }
    break;
  }
  if (from >= to) return;
  // "Mr. Smith", "Dr. Bailey": the title sits before the run, behind its full stop.
  let b = from - 1;
  if (toks[b] && toks[b]!.text === '.') b--;
  const before = toks[b];
  if (before && before.isWord && before.cap && TITLES.has(before.low) && b >= from - 2) {
    push(toks, from, to, text, out, true);
    return;
  }
  // A title inside the run: what follows is a person ("Albanian Interior Minister Bledi Cuci"),
  // unless the run ends in a head word ("General Assembly") or goes on with "of" ("Minister of Defence").
  let title = -1;
  for (let k = from; k < to; k++) if (TITLES.has(toks[k]!.low.replace(/\.$/, ''))) title = k;
  const lastTok = toks[to - 1]!;
  const afterTitle = toks[title + 1];
  if (title >= 0 && afterTitle && title + 1 < to && isConnector(afterTitle) && afterTitle.low !== 'and') {
    // "Emperor of the United States", "Director of the National Iodine Study": the office, then a name.
    push(toks, title + 2, to, text, out);
    return;
  }
  if (title >= 0 && !(title === from && isHeadWord(lastTok))) {
    if (title + 1 < to) {
      // "Albanian Interior Minister Arben Kola": the person, and the demonym that may count for a place.
      if (title > from && DEMONYM_SHAPE.test(toks[from]!.text)) push(toks, from, from + 1, text, out);
      push(toks, title + 1, to, text, out, true);
      return;
    }
    if (title === to - 1 && title > from) {
      push(toks, from, title, text, out);
      return;
    }
    return;
  }
  push(toks, from, to, text, out);
  // Names inside names: "Leiden" in "Leiden University", "Australia" in "Medical Journal of Australia".
  if (to - from >= 2) {
    for (let k = from; k < to; k++) {
      if (isConnector(toks[k]) && PREPS.has(toks[k]!.low)) {
        push(toks, k + 1, to, text, out, false, true);
        break;
      }
    }
    // Every prefix that stops before a group's head word ("United States" in "United States Congress",
    // "Leiden" in "Leiden University"), a building or port ("Newark" in "Newark Airport") or an event
    // ("Vietnam" in "Vietnam War"); not "Hudson" in "Hudson River", which is the river's own name.
    for (let k = from + 1; k < to; k++) {
      if (isConnector(toks[k])) break;
      const w = toks[k]!.low;
      // The prefix may itself end in a plural head ("United States") but not a singular one ("U.S. State").
      const prev = toks[k - 1]!;
      const prefixOk = !isHeadWord(prev) || /s$/.test(prev.low);
      if (prefixOk && (NAMED_AFTER.has(w) || OTHER_HEADS.has(w))) {
        const n = out.length;
        push(toks, from, k, text, out, false, true);
        if (out.length > n && !NAMED_AFTER.has(w)) out[n]!.event = true;
      } else if (prefixOk && k - from <= 3 && townPrefix(toks, from, k, to)) {
        // Any other prefix ("Brighton" in "Brighton High School", "Ohio" in "Ohio State University"),
        // for the gazetteer to confirm as a well-known place.
        const n = out.length;
        push(toks, from, k, text, out, false, true);
        if (out.length > n) out[n]!.prefix = true;
      }
    }
    // What follows a group's head word: "Amsterdam" in "Vrije Universiteit Amsterdam".
    for (let k = from; k < to - 1; k++) {
      if (isConnector(toks[k])) break;
      if (NAMED_AFTER.has(toks[k]!.low) && !isConnector(toks[k + 1])) {
        push(toks, k + 1, to, text, out, false, true);
        break;
      }
    }
  }
}
