/**
 * A candidate entity for a note, from the bundled gazetteer or from Wikidata, in one shape for the linker.
 */
import type { EntityKind } from '../../types';
import type { GazetteerEntry } from '../gazetteer';
import type { EntityFacts, SearchHit } from '../wiki/wikidata';
import { kindOf } from './classes';

export interface Candidate {
  /** Wikidata id, or "bundled:" + name for bundled entries without one. */
  id: string;
  label: string;
  aliases: string[];
  description?: string;
  kind: EntityKind | 'unknown';
  /** Finer type when known (country, city, town, region, party…). */
  subtype?: string;
  /** ISO 3166-1 alpha-2 codes of the countries the entity belongs to. */
  countries: string[];
  wikipedia?: string;
  wikidata?: string;
  coordinates?: { lat: number; lon: number };
  population?: number;
  source: 'bundled' | 'wikidata';
  /** Licence of the facts shown for it. */
  licence: string;
  /** Position in the source's own ranking (0 = its first answer). */
  rank: number;
}

const LICENCES: Record<string, string> = {
  'world-countries': 'ODbL 1.0 (world-countries)',
  geonames: 'CC BY 4.0 (GeoNames)',
  lede: 'Lede',
};

/** A candidate from a bundled gazetteer entry; `rank` is its position in the lookup. */
export function candidateFromEntry(e: GazetteerEntry, rank: number): Candidate {
  const c: Candidate = {
    id: e.wikidata ?? `bundled:${e.name}`,
    label: e.name,
    aliases: e.aliases ?? [],
    kind: e.kind,
    subtype: e.subtype,
    countries: e.country ? [e.country] : [],
    source: 'bundled',
    licence: LICENCES[e.dataset ?? 'lede'] ?? 'Lede',
    rank,
  };
  if (e.description) c.description = e.description;
  if (e.wikipedia) c.wikipedia = e.wikipedia;
  if (e.wikidata) c.wikidata = e.wikidata;
  if (e.coordinates) c.coordinates = e.coordinates;
  if (e.population) c.population = e.population;
  return c;
}

/**
 * A candidate from Wikidata facts (and the search hit that found it). `countryOf` maps a country's
 * Wikidata id to its ISO code (the bundled countries know most of them).
 */
export function candidateFromFacts(
  f: EntityFacts,
  rank: number,
  countryOf: (qid: string) => string | undefined,
  hit?: SearchHit,
): Candidate {
  const description = f.description ?? hit?.description;
  const c: Candidate = {
    id: f.id,
    label: f.label ?? hit?.label ?? f.id,
    aliases: f.aliases,
    kind: kindOf(f.instanceOf, description),
    countries: f.country.map(countryOf).filter((x): x is string => !!x),
    wikidata: f.id,
    source: 'wikidata',
    licence: 'CC0 (Wikidata)',
    rank,
  };
  if (description) c.description = description;
  if (f.wikipedia) c.wikipedia = f.wikipedia;
  if (f.coordinates) c.coordinates = f.coordinates;
  return c;
}
