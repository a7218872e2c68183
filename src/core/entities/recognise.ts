/**
 * Recognition: classify candidate spans, group the forms that name one entity, and type each entity.
 */
import type { Gazetteer, GazetteerEntry } from '../knowledge/gazetteer';
import type { EntityKind } from '../types';
import { acronymLetters } from './acronym';
import { analyse, gazetteerClass, isWellKnownPlace, type Analysis } from './analyse';
import type { Candidate } from './candidates';
import { kindOf, words, type Cluster, type Occurrence } from './cluster';
import { demonymMatches, findDemonym } from './demonym';
import { definedAsGroup } from './group-definition';
import { knownGroupInside } from './nested-groups';
import { candidateFeatures } from './features';
import {
  keysOf,
  live as liveClusters,
  mergeBareHeads,
  mergeBracketNames,
  mergeDefinitions,
  mergeInitials,
  mergeSameEntry,
  mergeSurnames,
  type Grouping,
} from './grouping';
import { mergeShortForms } from './short-forms';
import { nameKey } from './fold';
import { lookupName } from './lookup';
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
  const here = storyCountries(a, gazetteer);
  const addOcc = (cand: Candidate, key: string, occ: Occurrence) => {
    let c = byKey.get(key);
    if (!c) {
      const entries = gazetteer ? lookupName(gazetteer, cand.text.replace(/\s*['’]s$/, '')) : [];
      c = {
        occs: [],
        demonyms: [],
        entry: entries.find((e) => coherent(e, here)) ?? null,
        alive: true,
        text,
        toks: a.toks,
        keyCount: a.stats.keyCount,
        gaz: a.stats.gaz,
      };
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
        ? !(gazetteer ? lookupName(gazetteer, cand.text) : []).some(
            (e) =>
              gazetteerClass(e) === 'country' ||
              (e.kind === 'group' && (!/^the\s/i.test(e.name) || theTitle(a.toks, cand))),
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
      definedAsGroup: single && definedAsGroup(a.toks, cand),
    });
  });
  // The candidate that follows each one in the text (nested names sit between them in the list).
  const nextOf = new Array<number>(a.cands.length).fill(-1);
  for (let i = 0; i < a.cands.length; i++) {
    let j = i + 1;
    while (j < a.cands.length && a.cands[j]!.start < a.cands[i]!.end) j++;
    nextOf[i] = j < a.cands.length ? j : -1;
  }
  const g: Grouping = { a, text, byKey, clusters, gazetteer, nextOf };
  mergeDefinitions(g);
  mergeInitials(g);
  mergeSurnames(g);
  mergeSameEntry(g);
  mergeBracketNames(g);
  mergeShortForms(g);
  mergeBareHeads(g);
  const live = () => liveClusters(g);
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
    const wellKnown = !!c.entry && isWellKnownPlace(c.entry, dateline ? 'city-100k' : 'city-1m');
    if (c.occs.every((o) => o.cand.shout) && !(wellKnown && exact)) continue;
    if (knownGroupInside(c)) {
      c.occs.sort((x, y) => x.cand.start - y.cand.start);
      out.push({
        kind: 'group',
        name: bestName(c),
        occs: c.occs,
        demonyms: [],
        entry: c.entry,
        confidence: 1,
      });
      continue;
    }
    const { kind, confidence } = kindOf(c);
    if (c.occs.every((o) => o.cand.nested) && !(c.entry && c.entry.kind === 'place' && kind === 'place'))
      continue;
    // "Columbia" in "Columbia University", "Trinity" in "Trinity College": a small namesake town far from
    // the story's places is not what the name is about; "Leiden" in a Dutch story is.
    if (c.occs.every((o) => o.cand.nested) && gazetteer && !nearby(c, here, gazetteer)) continue;
    // "World" in "World War II" names no place; "Vietnam" in "Vietnam War" does.
    const settled = ['country', 'territory', 'former-country', 'city', 'town'];
    if (c.occs.every((o) => o.cand.event) && !(c.entry && settled.includes(c.entry.subtype))) continue;
    if (c.occs.every((o) => o.cand.prefix) && !(c.entry && wellKnownOrHere(c.entry, here))) continue;
    c.occs.sort((x, y) => x.cand.start - y.cand.start);
    out.push({ kind, name: bestName(c), occs: c.occs, demonyms: c.demonyms, entry: c.entry, confidence });
  }
  return out;
}

/** The countries of the places the story names outright: countries themselves and well-known cities. */
function storyCountries(a: Analysis, gazetteer: Gazetteer | undefined): Set<string> {
  const out = new Set<string>();
  if (!gazetteer) return out;
  const seen = new Set<string>();
  a.cands.forEach((c, i) => {
    const k = a.keys[i]!;
    if (c.nested || seen.has(k)) return;
    seen.add(k);
    const e = lookupName(gazetteer, c.text.replace(/\s*['’]s$/, ''))[0];
    if (!e || e.kind !== 'place' || !e.country) return;
    if (isWellKnownPlace(e)) out.add(e.country);
  });
  return out;
}

/**
 * A small town abroad ("Solon", Ohio, in a story about Athens) is more likely a namesake than the place
 * meant; once the story has named its countries, only their towns count.
 */
function coherent(e: GazetteerEntry, here: Set<string>): boolean {
  if (!here.size || e.kind !== 'place' || gazetteerClass(e) !== 'town') return true;
  return !!e.country && here.has(e.country);
}

/** Is one of the places this name may be a big one, or in a country the story is about? */
function nearby(c: Cluster, here: Set<string>, gazetteer: Gazetteer): boolean {
  const form = c.occs[0]!.cand.text.replace(/\s*['’]s$/, '');
  return lookupName(gazetteer, form).some(
    (e) => e.kind === 'place' && (isWellKnownPlace(e, 'city-1m') || (!!e.country && here.has(e.country))),
  );
}

function wellKnownOrHere(e: GazetteerEntry, here: Set<string>): boolean {
  // Only places with a country: "World" and "Arctic" are not named inside "World Health Organization".
  if (!e.country) return false;
  return isWellKnownPlace(e) || (gazetteerClass(e) === 'town' && here.has(e.country));
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

/** "the Australian reported": a "The X" title; not "Australian salt", where the word qualifies a noun. */
function theTitle(toks: Token[], cand: Candidate): boolean {
  const next = toks[cand.to];
  return toks[cand.from - 1]?.low === 'the' && !(next && next.isWord && !next.cap);
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
