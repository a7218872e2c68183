/**
 * Names inside names: "Leiden" in "Leiden University", "Australia" in "Medical Journal of Australia",
 * "Vietnam" in "Vietnam War", "Brighton" in "Brighton High School". They are offered as nested candidates,
 * kept later only with support of their own (recognise.ts).
 */
import { FIRST_NAMES, OTHER_HEADS, PLACE_HEADS } from './lexicon';
import { isConnector, isHeadWord, NAME_OPENERS, PREPS, push, type Candidate } from './span';
import type { Token } from './tokens';

/**
 * Heads whose name is usually a place's: "Leiden University", "Newark Airport", "United States Congress".
 * Their prefix is a place of the story like any other; prefixes of other names ("Leeds" in "Leeds United")
 * count only when the gazetteer knows them well (the `prefix` flag).
 */
const NAMED_AFTER = new Set(['university', 'universiteit', 'universitat', 'universite', 'universidad', 'college', 'school', 'academy', 'institute', 'airport', 'station', 'bay', 'harbour', 'harbor', 'port', 'bridge', 'stadium', 'congress', 'parliament', 'government', 'ministry', 'police', 'army', 'navy', 'embassy', 'consulate']); // prettier-ignore
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

/** Pushes the names found inside the name toks[from, to). */
export function pushInnerNames(
  toks: Token[],
  from: number,
  to: number,
  text: string,
  out: Candidate[],
): void {
  if (to - from >= 2) {
    for (let k = from; k < to; k++) {
      if (isConnector(toks[k]) && PREPS.has(toks[k]!.low)) {
        push(toks, k + 1, to, text, out, false, true);
        // "Council of Pelmark and Norland": each country joined by "and" is named on its own.
        for (let m = k + 1; m < to; m++) {
          if (toks[m]!.low !== 'and' || !isConnector(toks[m])) continue;
          if (m - k - 1 > 3 || to - m - 1 > 3) break;
          const n = out.length;
          push(toks, k + 1, m, text, out, false, true);
          push(toks, m + 1, to, text, out, false, true);
          for (const c of out.slice(n)) c.prefix = true;
          break;
        }
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
