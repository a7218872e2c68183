/**
 * Candidate name spans: runs of capitalised words, allowing the function words names contain
 * ("Daughters of the American Revolution", "Special Structure Against Corruption and Organized Crime"),
 * with sentence-initial ordinary words, titles and possessives taken off.
 */
import { COMMON, FIRST_NAMES, GROUP_HEADS, NEVER, TITLES } from './lexicon';
import { pushInnerNames } from './inner-names';
import { personTail } from './person-tail';
import { isConnector, isHeadWord, NAME_OPENERS, PREPS, push, type Candidate } from './span';
import type { Token } from './tokens';

export type { Candidate } from './span';

const PARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|de|di|da|du|van|von|le|la|d)[-'’]\p{Lu}/u;
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i)$/u;

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
    const cut = personTail(toks, title + 2, to, cases);
    if (cut > 0) {
      push(toks, title + 2, cut, text, out);
      push(toks, cut, to, text, out, true);
    } else push(toks, title + 2, to, text, out);
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
  const cut = personTail(toks, from, to, cases);
  if (cut > 0) {
    push(toks, from, cut, text, out);
    pushInnerNames(toks, from, cut, text, out);
    push(toks, cut, to, text, out);
    return;
  }
  push(toks, from, to, text, out);
  pushInnerNames(toks, from, to, text, out);
}
