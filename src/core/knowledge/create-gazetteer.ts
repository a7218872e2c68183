/**
 * Builds the in-memory gazetteer from the bundled data. Pure: tests pass small hand-made data.
 */
import type { Gazetteer, GazetteerEntry } from './gazetteer';
import type { KnowledgeData } from './data-types';
import { cityEntry, countryEntry, handEntry } from './entries';
import { caseSignature, keepsCase, keyOf } from './normalise';
import { regionsForAbbreviation } from './region-abbreviations';

/**
 * Ranking weights. Countries outrank everything; a hand-written name is a strong signal; a city ranks by
 * population, capitals tripled (a bare "Washington" in the news is the capital); a first-level region ranks
 * by a quarter of its cities' population, because regions are usually named less often than their towns.
 */
const COUNTRY_SCORE = 1e12;
const TERRITORY_SCORE = 1e11;
const HAND_NAME_SCORE = 5e6;
const HAND_ALIAS_SCORE = 1e5;
const CAPITAL_FACTOR = 3;
const CITY_ALIAS_FACTOR = 0.8;
const REGION_FACTOR = 0.25;
const THE_NAME = /^\s*the\s/i;
const NEEDS_THE = '#the';
const GENERIC_PREFIX =
  /^(the\s+)?(city|town|village|province|state|region|county|municipality|island|republic)\s+of\s+/i;
const GENERIC_SUFFIX =
  /\s+(province|state|region|county|district|city|municipality|governorate|oblast|prefecture)$/i;

/** A gazetteer with a few extras beyond the shared interface (used by the linker and tests). */
export interface BundledGazetteer extends Gazetteer {
  /** Every country entry by ISO code. */
  country(code: string): GazetteerEntry | null;
  /** The ISO code of the country with this Wikidata id, when the bundled data know it. */
  countryOfWikidata(qid: string): string | undefined;
  /** Number of entries, for diagnostics. */
  readonly size: number;
  /** ISO date of the data build. */
  readonly built: string;
}

/** Builds a gazetteer over `data`. */
export function createGazetteer(data: KnowledgeData): BundledGazetteer {
  // Refs live in two parallel arrays; a key maps to one ref number, or to an array when names collide.
  // (Objects and arrays per name made garbage collection most of the load time.)
  const refEntry: (GazetteerEntry | number)[] = [];
  const refScore: number[] = [];
  // The spellings a ref's key must be looked up with (see caseSignature); undefined when any will do.
  const refNeed: (string[] | undefined)[] = [];
  const index = new Map<string, number | number[]>();
  const demonyms = new Map<string, GazetteerEntry>();
  const countries = new Map<string, GazetteerEntry>();
  let size = 0;

  const newRef = (entry: GazetteerEntry | number, score: number, need: string | undefined): number => {
    refScore.push(score);
    refNeed.push(need === undefined ? undefined : [need]);
    return refEntry.push(entry) - 1;
  };
  const merge = (r: number, score: number, need: string | undefined): void => {
    refScore[r] = Math.max(refScore[r] ?? 0, score);
    const prev = refNeed[r];
    if (!prev) return;
    if (need === undefined) refNeed[r] = undefined;
    else if (!prev.includes(need)) prev.push(need);
  };
  const add = (
    name: string,
    entry: GazetteerEntry | number,
    score: number,
    need: string | undefined = caseSignature(name),
  ): void => {
    const k = keyOf(name);
    if (!k) return;
    const slot = index.get(k);
    if (slot === undefined) {
      index.set(k, newRef(entry, score, need));
      return;
    }
    if (typeof slot === 'number') {
      if (refEntry[slot] === entry) merge(slot, score, need);
      else index.set(k, [slot, newRef(entry, score, need)]);
      return;
    }
    const same = slot.find((r) => refEntry[r] === entry);
    if (same === undefined) slot.push(newRef(entry, score, need));
    else merge(same, score, need);
  };

  for (const row of data.countries) {
    const entry = countryEntry(row);
    countries.set(row.c, entry);
    const score = row.t === 'country' ? COUNTRY_SCORE : TERRITORY_SCORE;
    add(row.n, entry, score);
    for (const a of row.a) add(a, entry, score);
    for (const d of row.d) {
      const k = keyOf(d);
      const prev = demonyms.get(k);
      // A sovereign country keeps its demonym over a territory that shares it ("French", "Dutch").
      if (k && (!prev || (prev.subtype !== 'country' && row.t === 'country'))) demonyms.set(k, entry);
    }
    size++;
  }

  const regionNames = new Map<string, string>();
  for (const row of data.regions) {
    const [name = '', cc = '', code = '', wp = '', pop36 = '0'] = row.split('|');
    regionNames.set(`${cc}.${code}`, name);
    const country = countries.get(cc);
    // A code "TX.349" is a second-level division inside the first-level region "TX".
    const dot = code.indexOf('.');
    const parent = dot > 0 ? regionNames.get(`${cc}.${code.slice(0, dot)}`) : undefined;
    const entry: GazetteerEntry = {
      name,
      kind: 'place',
      subtype: 'region',
      country: cc,
      dataset: 'geonames',
      description:
        dot > 0
          ? `${/ County$/.test(name) ? 'County' : 'Administrative division'} in ${[parent, country?.name].filter(Boolean).join(', ')}.`
          : `First-level administrative region of ${country?.name ?? cc}.`,
    };
    if (parent) entry.region = parent;
    const title = wp === '=' ? name : wp === 'a' ? (parent ? `${name}, ${parent}` : '') : wp;
    if (title) entry.wikipedia = title;
    add(name, entry, parseInt(pop36, 36) * REGION_FACTOR);
    size++;
  }

  // Cities are indexed from their rows; their entries are built on first lookup (most are never asked for).
  const cityRows: { cc: string; row: string }[] = [];
  const cityEntries: (GazetteerEntry | undefined)[] = [];
  for (const [cc, rows] of Object.entries(data.cities)) {
    for (const row of rows) {
      const f = row.split('|', 7);
      const id = cityRows.push({ cc, row }) - 1;
      const score = parseInt(f[3] ?? '0', 36) * (f[6] === 'C' ? CAPITAL_FACTOR : 1);
      add(f[0] ?? '', id, score);
      if (f[1]) for (const a of f[1].split(';')) add(a, id, score * CITY_ALIAS_FACTOR);
      size++;
    }
  }
  const city = (id: number): GazetteerEntry => {
    const cached = cityEntries[id];
    if (cached) return cached;
    const { cc, row } = cityRows[id] ?? { cc: '', row: '' };
    const entry = cityEntry(cc, row, countries.get(cc), regionNames);
    cityEntries[id] = entry;
    return entry;
  };

  for (const h of [...data.organisations, ...data.places]) {
    const entry = handEntry(h);
    add(h.name, entry, HAND_NAME_SCORE, handNeed(h.name));
    if (h.wikipedia) add(h.wikipedia, entry, HAND_NAME_SCORE, handNeed(h.wikipedia));
    for (const a of h.aliases) add(a, entry, HAND_ALIAS_SCORE);
    size++;
  }

  /** "The Australian" (a newspaper) is named with its article; without it the word is a demonym. */
  function handNeed(name: string): string | undefined {
    return THE_NAME.test(name) && demonyms.has(keyOf(name)) ? NEEDS_THE : caseSignature(name);
  }

  for (const slot of index.values()) {
    if (typeof slot !== 'number') slot.sort((a, b) => (refScore[b] ?? 0) - (refScore[a] ?? 0));
  }
  const byWikidata = new Map<string, string>();
  for (const [code, e] of countries) if (e.wikidata) byWikidata.set(e.wikidata, code);

  /** Whether `form` may name ref `r` (its spelling requirements, when it has any). */
  const spells = (r: number, form: string | undefined): boolean => {
    const need = refNeed[r];
    if (!need || form === undefined) return true;
    return need.some((n) => (n === NEEDS_THE ? THE_NAME.test(form) : keepsCase(form, n)));
  };
  const entriesAt = (k: string, form?: string): GazetteerEntry[] => {
    const slot = index.get(k);
    if (slot === undefined) return [];
    const out: GazetteerEntry[] = [];
    for (const r of typeof slot === 'number' ? [slot] : slot) {
      if (!spells(r, form)) continue;
      const e = refEntry[r] ?? 0;
      out.push(typeof e === 'number' ? city(e) : e);
    }
    return out;
  };
  const lookupKey = (form: string): GazetteerEntry[] => entriesAt(keyOf(form), form);

  /** "Sydney, Australia", "Oakland, California": the head, narrowed to the tail's country or region when known. */
  const qualified = (head: string, tailForm: string): GazetteerEntry[] => {
    const tailName = tailForm.replace(/^\s*in\s+/i, '');
    const tail = keyOf(tailName);
    const heads = lookupKey(head);
    const tailPlaces = entriesAt(tail, tailName);
    const regionKeys = new Set([tail, ...regionsForAbbreviation(tail).map(keyOf)]);
    if (!tailPlaces.length && regionKeys.size === 1) return heads;
    const tailCountries = new Set(tailPlaces.filter(isCountry).map((e) => e.country));
    return heads.filter(
      (e) => (e.country && tailCountries.has(e.country)) || (e.region && regionKeys.has(keyOf(e.region))),
    );
  };

  return {
    size,
    built: data.built,
    lookup(form: string): GazetteerEntry[] {
      const direct = lookupKey(form);
      if (direct.length) return direct;
      const comma = form.lastIndexOf(',');
      if (comma > 0) return qualified(form.slice(0, comma), form.slice(comma + 1));
      // "Jiangsu province", "the city of Tirana": the name without the generic word, places only.
      const bare = form.replace(GENERIC_PREFIX, '').replace(GENERIC_SUFFIX, '');
      return bare !== form && bare.trim() ? lookupKey(bare).filter((e) => e.kind === 'place') : [];
    },
    demonym(word: string): GazetteerEntry | null {
      const k = keyOf(word);
      return demonyms.get(k) ?? (k.endsWith('s') ? (demonyms.get(k.slice(0, -1)) ?? null) : null);
    },
    country(code: string): GazetteerEntry | null {
      return countries.get(code.toUpperCase()) ?? null;
    },
    countryOfWikidata(qid: string): string | undefined {
      return byWikidata.get(qid);
    },
  };
}

function isCountry(e: GazetteerEntry): boolean {
  return e.subtype === 'country' || e.subtype === 'territory';
}
