/**
 * Short forms: "Harrow" for "Harrow School", "Mujahedeen" for "Mujahedeen-e-Khalq", "New York" for
 * "New York City", "Eastman" for "Cres Eastman".
 */
import type { GazetteerEntry } from '../knowledge/gazetteer';
import { gazetteerClass } from './analyse';
import { kindOf, longestKey, words, type Cluster } from './cluster';
import { cues } from './cues';
import { headWord } from './features';
import { nameKey } from './fold';
import { keysOf, live, merge, type Grouping } from './grouping';
import { PLACE_HEADS } from './lexicon';

/** Merges each short form into the longer name it opens. */
export function mergeShortForms(g: Grouping): void {
  const { a, text } = g;
  // Longer names are indexed by their first word (and hyphen head) so that this stays linear in practice.
  const byFirst = new Map<string, Cluster[]>();
  for (const l of live(g)) {
    const firsts = new Set<string>();
    for (const k of keysOf(l)) if (words(k).length > 1) firsts.add(words(k)[0]!);
    for (const o of l.occs) if (/[-‐]/.test(o.cand.text)) firsts.add(hyphenHead(o.cand.text));
    for (const f of firsts) byFirst.set(f, [...(byFirst.get(f) ?? []), l]);
  }
  for (const s of live(g)) {
    // Words seen only inside a longer name ("Special" in "Special Office…") are not its short forms.
    if (!s.alive || s.occs.every((o) => o.cand.nested)) continue;
    // A cluster that already holds a longer name ("American Southwest" with "Southwest") is not itself a
    // short form of another name: only its longest form is compared.
    const sk = [longestKey(s)];
    const pool = new Set(sk.flatMap((k) => byFirst.get(words(k)[0]!) ?? []));
    if (!pool.size) continue;
    const sKind = kindOf(s).kind;
    // A town the story itself treats as a place ("in Leiden") stays apart from "Leiden University".
    let sPlaceMemo: boolean | null = null;
    const sPlace = () =>
      (sPlaceMemo ??=
        bigPlace(s.entry) ||
        cues(
          text,
          a.toks,
          s.occs.map((o) => o.cand),
        )[1] > 0);
    for (const l of pool) {
      if (l === s || !s.alive || !l.alive) continue;
      const lKind = kindOf(l).kind;
      const hit = keysOf(l).some((lk) => {
        const lw = words(lk);
        const lastW = lw[lw.length - 1]!;
        return sk.some((k) => {
          const sw = words(k);
          if (sw.length >= lw.length) return false;
          const prefix = sw.every((w, i) => lw[i] === w);
          // "New York City" is New York, but "Mexico City" is not Mexico.
          if (lastW === 'city' && prefix && sw.length === lw.length - 1)
            return !(s.entry && gazetteerClass(s.entry) === 'country');
          // "Coron Island" is not Coron.
          if (PLACE_HEADS.has(lastW) || (lKind !== 'group' && lKind !== 'person')) return false;
          const hyphenFirst =
            sw.length === 1 &&
            l.occs.some((o) => /[-‐]/.test(o.cand.text) && hyphenHead(o.cand.text) === sw[0]);
          if (!prefix && !hyphenFirst) return false;
          if (lKind === 'person') return true;
          // "sent to Harrow", "at Columbia": the short form of a school, unless the story puts it "in" somewhere.
          if (prefix && SCHOOLS.has(headWord(lw)) && !bigPlace(s.entry) && !townUse(g, s)) return true;
          return !(sPlace() || (sKind === 'place' && !s.entry));
        });
      });
      if (hit) merge(g, l, s);
    }
  }
}

/** Institutions usually called by their first word alone once named in full ("Harrow", "Trinity"). */
const SCHOOLS = new Set(['school', 'college', 'university', 'academy', 'institute', 'seminary', 'conservatory', 'polytechnic']); // prettier-ignore
// (Not "from" or "at": people graduate from schools and study at them.)
const TOWN_PREPS = new Set(['in', 'near', 'outside', 'around', 'across', 'throughout', 'into']);

/** The short form used as a town: "in Harrow", "near Leiden". */
function townUse(g: Grouping, s: Cluster): boolean {
  return s.occs.some((o) => {
    const p = g.a.toks[o.cand.from - 1];
    return !o.cand.nested && !!p && !p.cap && TOWN_PREPS.has(p.low);
  });
}

/** A country, region or large city: a name that is a place whatever follows it. */
function bigPlace(e: GazetteerEntry | null): boolean {
  if (!e || e.kind !== 'place') return false;
  return (
    e.subtype === 'country' ||
    e.subtype === 'region' ||
    e.subtype === 'territory' ||
    (e.population ?? 0) >= 500000
  );
}

/** The first part of a hyphenated name, folded: "Mujahedeen" of "Mujahedeen-e-Khalq". */
function hyphenHead(s: string): string {
  return nameKey(s.split(/[-‐]/)[0] ?? '');
}
