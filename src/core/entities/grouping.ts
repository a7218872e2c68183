/**
 * Grouping the forms a story uses for one entity: "Name (ABBR)" definitions, acronyms by initials,
 * surnames, one gazetteer entry, short forms ("Harrow" for "Harrow School") and bare head words.
 */
import type { Gazetteer, GazetteerEntry } from '../knowledge/gazetteer';
import { abbreviates, acronymLetters, initialisms } from './acronym';
import { isWellKnownPlace, type Analysis } from './analyse';
import { kindOf, words, type Cluster } from './cluster';
import { cues } from './cues';
import { headWord } from './features';
import { GROUP_HEADS, PLACE_HEADS } from './lexicon';

/** The clusters of one text while they are being grouped. */
export interface Grouping {
  a: Analysis;
  text: string;
  byKey: Map<string, Cluster>;
  clusters: Cluster[];
  gazetteer: Gazetteer | undefined;
  /** The candidate that follows each candidate in the text (nested names sit between them in the list). */
  nextOf: number[];
}

/** Folds `from` into `into`. */
export function merge(g: Grouping, into: Cluster, from: Cluster): void {
  if (into === from || !from.alive) return;
  // A surname that is also a town ("Adams") must not make "Ansel Adams" a place: the entry of a
  // merged form counts only when it agrees with what the cluster already is.
  if (!into.entry && from.entry) {
    const k = kindOf(into).kind;
    if (k === 'other' || k === from.entry.kind) into.entry = from.entry;
  }
  into.occs.push(...from.occs);
  into.kind = undefined;
  from.alive = false;
  for (const o of from.occs) g.byKey.set(o.key, into);
}

export const live = (g: Grouping): Cluster[] => g.clusters.filter((c) => c.alive);
export const keysOf = (c: Cluster): string[] => [...new Set(c.occs.map((o) => o.key))];

/** "Name (ABBR)" and "ABBR (Name)" definitions. */
export function mergeDefinitions(g: Grouping): void {
  const { a } = g;
  a.cands.forEach((cand, i) => {
    if (cand.nested) return;
    const n = g.nextOf[i]!;
    const next = a.cands[n];
    if (!next || a.toks[cand.to]?.text !== '(' || next.from !== cand.to + 1 || a.toks[next.to]?.text !== ')')
      return;
    const x = g.byKey.get(a.keys[i]!);
    const y = g.byKey.get(a.keys[n]!);
    if (!x || !y) return;
    if (abbreviates(next.text, cand.text) || abbreviates(cand.text, next.text)) merge(g, x, y);
  });
}

/** Acronyms matched by initials ("WHO" and "World Health Organisation"), through an index of initialisms. */
export function mergeInitials(g: Grouping): void {
  const byInitials = new Map<string, Cluster>();
  for (const c of live(g))
    for (const o of c.occs)
      if (!o.cand.nested)
        for (const i of initialisms(o.cand.text)) if (!byInitials.has(i)) byInitials.set(i, c);
  for (const c of live(g)) {
    const letters = c.occs.map((o) => acronymLetters(o.cand.text)).find((x) => x && x.length >= 2);
    const target = letters ? byInitials.get(letters) : undefined;
    if (target && target !== c && target.alive && c.alive) merge(g, target, c);
  }
}

/** People: a lone surname or given name belongs to the full name ("Eastman" → "Cres Eastman"). */
export function mergeSurnames(g: Grouping): void {
  for (const c of live(g)) {
    if (kindOf(c).kind !== 'person') continue;
    for (const k of keysOf(c)) {
      const w = words(k);
      if (w.length < 2) continue;
      for (const part of [w[0]!, w[w.length - 1]!]) {
        const d = g.byKey.get(part);
        if (d && d !== c && d.alive && !townNotSurname(g, d)) merge(g, c, d);
      }
    }
  }
}

/**
 * "Warwick" after "Claire Warwick" is her surname, but "Paris" after "Valeska Paris" may still be the city:
 * a well-known place, or a name the story puts "in" somewhere, stays apart.
 */
function townNotSurname(g: Grouping, d: Cluster): boolean {
  if (!d.entry || d.entry.kind !== 'place' || d.occs.some((o) => o.cand.titled)) return false;
  if (isWellKnownPlace(d.entry)) return true;
  return (
    cues(
      g.text,
      g.a.toks,
      d.occs.map((o) => o.cand),
    )[1] > 0
  );
}

/** One gazetteer entry, one entity: "U.S.", "US", "United States" and "America". */
export function mergeSameEntry(g: Grouping): void {
  for (const c of live(g)) {
    if (!c.alive || !c.entry) continue;
    for (const d of live(g)) if (d !== c && d.entry && sameEntry(c.entry, d.entry)) merge(g, c, d);
  }
}

/** "National Library of the Netherlands (Koninklijke Bibliotheek)": a group's other name in brackets. */
export function mergeBracketNames(g: Grouping): void {
  const { a } = g;
  a.cands.forEach((cand, i) => {
    const n = g.nextOf[i]!;
    const next = a.cands[n];
    if (cand.nested || !next || next.nested || a.toks[cand.to]?.text !== '(' || next.from !== cand.to + 1)
      return;
    if (a.toks[next.to]?.text !== ')' || acronymLetters(next.text) || next.to - next.from < 2) return;
    const x = g.byKey.get(a.keys[i]!);
    const y = g.byKey.get(a.keys[n]!);
    if (x && y && x.alive && y.alive && kindOf(x).kind === 'group' && !(y.entry && y.entry.kind === 'place'))
      merge(g, x, y);
  });
}

/**
 * A capitalised head word alone ("the Congress", "the University", "the Lodge") refers back to the full name it heads,
 * the one last named before it.
 */
export function mergeBareHeads(g: Grouping): void {
  for (const s of live(g)) {
    const sk = keysOf(s);
    const head = sk[0]!;
    if (sk.length !== 1 || words(head).length !== 1 || s.entry) continue;
    if (!GROUP_HEADS.has(head) && !PLACE_HEADS.has(head)) continue;
    // "the Armies" after "the Army": a plural head refers back like the singular.
    const one = singular(head);
    const at = s.occs[0]!.cand.start;
    let best: Cluster | null = null;
    let bestAt = -1;
    for (const l of live(g)) {
      const lk = kindOf(l).kind;
      if (
        l === s ||
        (lk !== 'group' && lk !== 'place') ||
        !keysOf(l).some((k) => headWord(words(k)) === head || headWord(words(k)) === one)
      )
        continue;
      const before = l.occs.filter((o) => o.cand.start < at).map((o) => o.cand.start);
      const last = before.length ? Math.max(...before) : -1;
      if (last > bestAt) {
        best = l;
        bestAt = last;
      }
    }
    if (best) merge(g, best, s);
  }
}

function sameEntry(x: GazetteerEntry, y: GazetteerEntry): boolean {
  if (x === y) return true;
  if (x.wikidata && y.wikidata) return x.wikidata === y.wikidata;
  return x.name === y.name && x.subtype === y.subtype && x.country === y.country;
}

/** "armies" → "army", "forces" → "force": the singular of a plural head word, else the word itself. */
function singular(w: string): string {
  for (const one of [w.replace(/ies$/, 'y'), w.replace(/s$/, '')])
    if (one !== w && (GROUP_HEADS.has(one) || PLACE_HEADS.has(one))) return one;
  return w;
}
