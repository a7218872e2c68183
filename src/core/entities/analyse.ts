/**
 * Tokens, candidate spans and document statistics for one text: the shared first step of
 * recognition and of model training.
 */
import type { Gazetteer, GazetteerEntry } from '../knowledge/gazetteer';
import { findCandidates, type Candidate } from './candidates';
import { CONNECTORS, PLACE_HEADS } from './lexicon';
import { cues } from './cues';
import type { DocStats } from './features';
import { nameKey } from './fold';
import { lookupName } from './lookup';
import { tokenize, type Token } from './tokens';

export interface Analysis {
  toks: Token[];
  cands: Candidate[];
  keys: string[];
  stats: DocStats;
}

const DIRECTIONS = new Set(
  'north south east west northern southern eastern western central upper lower new greater mainland inner outer old'.split(
    ' ',
  ),
);

/**
 * A known place inside an unknown name, and what else the name holds: only directions ("South Australia"),
 * a place word ("Manila Bay"), or other words, which make an institution ("Medical Journal of Australia").
 */
function innerPlace(toks: Token[], c: Candidate, gazetteer: Gazetteer): string[] {
  const words = toks.slice(c.from, c.to).filter((t) => t.isWord && !CONNECTORS.has(t.low));
  if (words.length < 2) return [];
  for (let len = Math.min(3, words.length - 1); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len);
      const hit = gazetteer.lookup(part.map((t) => t.text).join(' ')).find((e) => e.kind === 'place');
      if (!hit || !isWellKnownPlace(hit)) continue;
      const rest = [...words.slice(0, i), ...words.slice(i + len)].map((t) => t.low.replace(/['’]s$/, ''));
      if (rest.every((w) => DIRECTIONS.has(w))) return ['inner-place-dir'];
      if (rest.every((w) => PLACE_HEADS.has(w) || DIRECTIONS.has(w))) return ['inner-place-head'];
      return ['inner-place-other'];
    }
  }
  return [];
}

/** A coarse class of a gazetteer entry, as the model sees it. */
export function gazetteerClass(e: GazetteerEntry): string {
  if (e.kind === 'group') return 'group';
  if (e.subtype === 'country' || e.subtype === 'territory' || e.subtype === 'former-country')
    return 'country';
  if (e.subtype === 'region') return 'region';
  const pop = e.population ?? 0;
  if (e.subtype === 'city' || e.subtype === 'town')
    return pop >= 1e6 ? 'city-1m' : pop >= 1e5 ? 'city-100k' : 'town';
  return 'place-other';
}

/**
 * A country, a region or a city of at least `city` size: places whose name is rarely anything else. A
 * dateline or a nested mention makes do with 100k; a shouted headline word needs a million.
 */
export function isWellKnownPlace(e: GazetteerEntry, city: 'city-1m' | 'city-100k' = 'city-100k'): boolean {
  const k = gazetteerClass(e);
  return k === 'country' || k === 'region' || k === 'city-1m' || (city === 'city-100k' && k === 'city-100k');
}

/** Tokenises `text`, finds its candidate names and what the document and the gazetteer say about each. */
export function analyse(text: string, gazetteer?: Gazetteer): Analysis {
  const toks = tokenize(text);
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const t of toks) {
    if (!t.isWord) continue;
    const m = !t.cap && !t.upper ? lower : capital;
    m.set(t.low, (m.get(t.low) ?? 0) + 1);
  }
  const cands = findCandidates(toks, text, {
    lower: (low) => lower.get(low) ?? 0,
    capital: (low) => capital.get(low) ?? 0,
  });
  const keys = cands.map((c) => nameKey(c.text));
  const keyCount = new Map<string, number>();
  const byKey = new Map<string, Candidate[]>();
  cands.forEach((c, i) => {
    const k = keys[i]!;
    keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
    if (!c.nested) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  });
  const keyCues = new Map<string, [number, number, number]>();
  for (const [k, list] of byKey) keyCues.set(k, cues(text, toks, list));
  const gaz = new Map<string, string[]>();
  if (gazetteer) {
    cands.forEach((c, i) => {
      const k = keys[i]!;
      if (gaz.has(k)) return;
      const form = c.text.replace(/\s*['’]s$/, '');
      const f = lookupName(gazetteer, form)
        .slice(0, 2)
        .map((e, j) => (j ? 'gaz2=' : 'gaz=') + gazetteerClass(e));
      if (c.to - c.from === 1 && gazetteer.demonym(form)) f.push('gaz-demonym');
      if (!f.length) f.push(...innerPlace(toks, c, gazetteer));
      gaz.set(k, f);
    });
  }
  return { toks, cands, keys, stats: { lower, keyCount, keyCues, gaz, hasGazetteer: !!gazetteer } };
}
