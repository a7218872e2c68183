/**
 * Recognition: classify candidate spans, group the forms that name one entity, and type each entity.
 */
import type { Gazetteer, GazetteerEntry } from '../knowledge/gazetteer';
import type { EntityKind } from '../types';
import { abbreviates, acronymLetters, initialisms } from './acronym';
import { analyse, gazetteerClass, type Analysis } from './analyse';
import type { Candidate } from './candidates';
import { kindOf, words, type Cluster, type Occurrence } from './cluster';
import { cues } from './cues';
import { demonymMatches, findDemonym } from './demonym';
import { candidateFeatures, headWord } from './features';
import { nameKey } from './fold';
import { GROUP_HEADS, PLACE_HEADS } from './lexicon';
import { scoreFeatures, softmax } from './model';
import type { Token } from './tokens';

export type { Occurrence } from './cluster';

/** A recognised entity: every form the story uses for it, with its type. */
export interface Entity {
  kind: EntityKind;
  name: string;
  occs: Occurrence[];
  /** Demonym occurrences counted as mentions ("Albanian" for Albania). */
  demonyms: Candidate[];
  entry: GazetteerEntry | null;
  /** Probability-like confidence in `kind`. */
  confidence: number;
}

/** The form a note is named by: the longest full form, never an acronym when a full form exists. */
function bestName(c: Cluster): string {
  let best: Occurrence | null = null;
  const rank = (o: Occurrence) =>
    (o.cand.nested ? 0 : 1000) + (acronymLetters(o.cand.text) ? 0 : 100) + words(o.key).length;
  for (const o of c.occs) if (!best || rank(o) > rank(best)) best = o;
  const name = (best?.cand.text ?? '').replace(/\s*['’]s$/, '');
  // "NEW YORK (Reuters)": a shouted name is shown as a name, not as a shout.
  if (best?.cand.shout && name === name.toUpperCase())
    return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, p: string, l: string) => p + l.toUpperCase());
  return name;
}

/** Recognises the named entities of `text`. */
export function recognise(text: string, gazetteer?: Gazetteer, pre?: Analysis): Entity[] {
  const a = pre ?? analyse(text, gazetteer);
  const byKey = new Map<string, Cluster>();
  const clusters: Cluster[] = [];
  const demonymCands: { cand: Candidate; place: string | null }[] = [];
  const addOcc = (cand: Candidate, key: string, occ: Occurrence) => {
    let c = byKey.get(key);
    if (!c) {
      const entries = gazetteer?.lookup(cand.text.replace(/\s*['’]s$/, '')) ?? [];
      c = { occs: [], demonyms: [], entry: entries[0] ?? null, alive: true, text, toks: a.toks };
      byKey.set(key, c);
      clusters.push(c);
    }
    c.occs.push(occ);
  };
  a.cands.forEach((cand, i) => {
    const key = a.keys[i]!;
    if (!key) return;
    // "US-China trade war", "Russia-Ukraine talks": two countries joined by a hyphen are two mentions.
    const parts = gazetteer && cand.to - cand.from === 1 ? countryParts(cand, gazetteer) : null;
    if (parts) {
      for (const part of parts) {
        const logp = [0.01, 0.01, 0.97, 0.01].map((x) => Math.log(x));
        addOcc(part, nameKey(part.text), {
          cand: part,
          key: nameKey(part.text),
          logp,
          sentStartOnly: false,
          definedLowercase: false,
        });
      }
      return;
    }
    const logp = softmax(scoreFeatures(candidateFeatures(a.toks, cand, key, a.stats))).map((p) =>
      Math.log(p + 1e-9),
    );
    const single = cand.to - cand.from === 1;
    if (single && !cand.nested) {
      const place = findDemonym(cand.text, gazetteer);
      // A gazetteer demonym is a reference to its place; a guessed one only when the model agrees.
      // "German" is Germany's, even if some town is called German; "Jordan" stays the country.
      const asDemonym = place
        ? !(gazetteer?.lookup(cand.text) ?? []).some(
            (e) => e.kind === 'group' || gazetteerClass(e) === 'country',
          )
        : logp[0]! > Math.max(logp[1]!, logp[2]!);
      if (place !== undefined && asDemonym) {
        demonymCands.push({ cand, place });
        return;
      }
    }
    addOcc(cand, key, {
      cand,
      key,
      logp,
      sentStartOnly: single && !!a.toks[cand.from]?.sentStart,
      definedLowercase: single && definedByLowercase(a.toks, cand),
    });
  });
  const merge = (into: Cluster, from: Cluster) => {
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
    for (const o of from.occs) byKey.set(o.key, into);
  };
  const live = () => clusters.filter((c) => c.alive);
  const keysOf = (c: Cluster) => [...new Set(c.occs.map((o) => o.key))];

  // "Name (ABBR)" and "ABBR (Name)" definitions.
  // The candidate that follows each one in the text (nested names sit between them in the list).
  const nextOf = new Array<number>(a.cands.length).fill(-1);
  for (let i = 0; i < a.cands.length; i++) {
    let j = i + 1;
    while (j < a.cands.length && a.cands[j]!.start < a.cands[i]!.end) j++;
    nextOf[i] = j < a.cands.length ? j : -1;
  }
  a.cands.forEach((cand, i) => {
    if (cand.nested) return;
    const n = nextOf[i]!;
    const next = a.cands[n];
    if (!next || a.toks[cand.to]?.text !== '(' || next.from !== cand.to + 1 || a.toks[next.to]?.text !== ')')
      return;
    const x = byKey.get(a.keys[i]!);
    const y = byKey.get(a.keys[n]!);
    if (!x || !y) return;
    if (abbreviates(next.text, cand.text) || abbreviates(cand.text, next.text)) merge(x, y);
  });
  // Acronyms matched by initials ("WHO" and "World Health Organisation"), through an index of initialisms.
  const byInitials = new Map<string, Cluster>();
  for (const c of live())
    for (const o of c.occs)
      if (!o.cand.nested)
        for (const i of initialisms(o.cand.text)) if (!byInitials.has(i)) byInitials.set(i, c);
  for (const c of live()) {
    const letters = c.occs.map((o) => acronymLetters(o.cand.text)).find((x) => x && x.length >= 2);
    const target = letters ? byInitials.get(letters) : undefined;
    if (target && target !== c && target.alive && c.alive) merge(target, c);
  }
  // People: a lone surname or given name belongs to the full name ("Eastman" → "Cres Eastman").
  for (const c of live()) {
    if (kindOf(c).kind !== 'person') continue;
    for (const k of keysOf(c)) {
      const w = words(k);
      if (w.length < 2) continue;
      for (const part of [w[0]!, w[w.length - 1]!]) {
        const d = byKey.get(part);
        if (
          d &&
          d !== c &&
          d.alive &&
          !(d.entry && d.entry.kind === 'place' && !d.occs.some((o) => o.cand.titled))
        )
          merge(c, d);
      }
    }
  }
  // One gazetteer entry, one entity: "U.S.", "US", "United States" and "America".
  for (const c of live()) {
    if (!c.alive || !c.entry) continue;
    for (const d of live()) if (d !== c && d.entry && sameEntry(c.entry, d.entry)) merge(c, d);
  }
  // "National Library of the Netherlands (Koninklijke Bibliotheek)": a group's other name in brackets.
  a.cands.forEach((cand, i) => {
    const n = nextOf[i]!;
    const next = a.cands[n];
    if (cand.nested || !next || next.nested || a.toks[cand.to]?.text !== '(' || next.from !== cand.to + 1)
      return;
    if (a.toks[next.to]?.text !== ')' || acronymLetters(next.text) || next.to - next.from < 2) return;
    const x = byKey.get(a.keys[i]!);
    const y = byKey.get(a.keys[n]!);
    if (x && y && x.alive && y.alive && kindOf(x).kind === 'group' && !(y.entry && y.entry.kind === 'place'))
      merge(x, y);
  });
  // Short forms: "Harrow" for "Harrow School", "Mujahedeen" for "Mujahedeen-e-Khalq", "New York" for "New York City".
  // Longer names are indexed by their first word (and hyphen head) so that this stays linear in practice.
  const byFirst = new Map<string, Cluster[]>();
  for (const l of live()) {
    const firsts = new Set<string>();
    for (const k of keysOf(l)) if (words(k).length > 1) firsts.add(words(k)[0]!);
    for (const o of l.occs) if (/[-‐]/.test(o.cand.text)) firsts.add(hyphenHead(o.cand.text));
    for (const f of firsts) byFirst.set(f, [...(byFirst.get(f) ?? []), l]);
  }
  for (const s of live()) {
    // Words seen only inside a longer name ("Special" in "Special Office…") are not its short forms.
    if (!s.alive || s.occs.every((o) => o.cand.nested)) continue;
    const sk = keysOf(s);
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
          return lKind === 'person' || !(sPlace() || (sKind === 'place' && !s.entry));
        });
      });
      if (hit) merge(l, s);
    }
  }
  // A capitalised head word alone ("the Congress", "the University") refers back to the full name it heads,
  // the one last named before it.
  for (const s of live()) {
    const sk = keysOf(s);
    if (sk.length !== 1 || words(sk[0]!).length !== 1 || !GROUP_HEADS.has(sk[0]!) || s.entry) continue;
    const at = s.occs[0]!.cand.start;
    let best: Cluster | null = null;
    let bestAt = -1;
    for (const l of live()) {
      if (l === s || kindOf(l).kind !== 'group' || !keysOf(l).some((k) => headWord(words(k)) === sk[0]))
        continue;
      const before = l.occs.filter((o) => o.cand.start < at).map((o) => o.cand.start);
      const last = before.length ? Math.max(...before) : -1;
      if (last > bestAt) {
        best = l;
        bestAt = last;
      }
    }
    if (best) merge(best, s);
  }
  for (const d of demonymCands) {
    let c: Cluster | undefined;
    if (d.place) {
      const key = nameKey(d.place);
      c = byKey.get(key) ?? live().find((x) => x.entry && nameKey(x.entry.name) === key);
    } else {
      c = live().find(
        (x) => kindOf(x).kind === 'place' && keysOf(x).some((k) => demonymMatches(d.cand.text, k)),
      );
    }
    if (c && c.alive) c.demonyms.push(d.cand);
  }
  const out: Entity[] = [];
  for (const c of live()) {
    // A name seen only inside longer names needs outside support to stand alone.
    // Capitals in a wire headline or dateline say nothing: there the gazetteer must know the name.
    const exact = !!c.entry && keysOf(c).includes(nameKey(c.entry.name));
    // ("SURPRISE" is also a town in Arizona: only countries, regions and big cities count.)
    // A dateline ("TIRANA, March 3 -", "LONDON 1996-08-30") is a place by position: a mid-sized city will do.
    const dateline = c.occs.some((o) => isDatelineAt(text, o.cand.start, o.cand.end));
    const classes = dateline
      ? ['country', 'region', 'city-1m', 'city-100k']
      : ['country', 'region', 'city-1m'];
    const wellKnown = !!c.entry && classes.includes(gazetteerClass(c.entry));
    if (c.occs.every((o) => o.cand.shout) && !(wellKnown && exact)) continue;
    const { kind, confidence } = kindOf(c);
    if (c.occs.every((o) => o.cand.nested) && !(c.entry && c.entry.kind === 'place' && kind === 'place'))
      continue;
    c.occs.sort((x, y) => x.cand.start - y.cand.start);
    out.push({ kind, name: bestName(c), occs: c.occs, demonyms: c.demonyms, entry: c.entry, confidence });
  }
  return out;
}

function sameEntry(x: GazetteerEntry, y: GazetteerEntry): boolean {
  if (x === y) return true;
  if (x.wikidata && y.wikidata) return x.wikidata === y.wikidata;
  return x.name === y.name && x.subtype === y.subtype && x.country === y.country;
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

function countryParts(cand: Candidate, gazetteer: Gazetteer): Candidate[] | null {
  const bits = cand.text.split(/[-‐]/);
  if (bits.length < 2 || !bits.every((b) => /^\p{Lu}/u.test(b) && b.length >= 2)) return null;
  const known = (b: string) => gazetteer.lookup(b).some((e) => gazetteerClass(e) === 'country');
  if (!bits.every(known)) return null;
  const out: Candidate[] = [];
  let at = cand.start;
  for (const b of bits) {
    out.push({ ...cand, start: at, end: at + b.length, text: b });
    at += b.length + 1;
  }
  return out;
}

function isDatelineAt(text: string, start: number, end: number): boolean {
  const atStart = start === 0 || text.slice(Math.max(0, start - 2), start) === '\n\n';
  return atStart && /^\s*(?:,[^\n]{0,30})?\s*(?:\(|[-–—]|\d)/.test(text.slice(end, end + 40));
}

function definedByLowercase(toks: Token[], cand: Candidate): boolean {
  const letters = acronymLetters(cand.text.replace(/s$/, ''));
  if (!letters || toks[cand.from - 1]?.text !== '(') return false;
  const before = toks
    .slice(Math.max(0, cand.from - 1 - letters.length - 2), cand.from - 1)
    .filter((t) => t.isWord);
  const lower = before.filter((t) => !t.cap && !/^(?:of|and|the|for|in|on|to|a)$/.test(t.low));
  const init = lower
    .slice(-letters.length)
    .map((t) => t.low.charAt(0))
    .join('')
    .toUpperCase();
  return lower.length >= letters.length && init === letters;
}

/** The first part of a hyphenated name, folded: "Mujahedeen" of "Mujahedeen-e-Khalq". */
function hyphenHead(s: string): string {
  return nameKey(s.split(/[-‐]/)[0] ?? '');
}
