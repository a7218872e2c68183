/**
 * The contract between bundled knowledge (src/core/knowledge) and the entity recogniser
 * (src/core/entities). The recogniser asks the gazetteer what a name may be; it never reads
 * the data files itself, so the data can be loaded lazily and swapped in tests.
 */
import type { NoteKind } from '../types';

export interface GazetteerEntry {
  /** Canonical English name. */
  name: string;
  kind: NoteKind;
  /** Finer type: country, territory, city, town, region, camp; party, agency, armed-group, company, news-agency, international… */
  subtype: string;
  /** ISO 3166-1 alpha-2 of the country the entry belongs to (a country's own code for countries). */
  country?: string;
  /** One line in the project's own words (organisations) or generated from the data (places). */
  description?: string;
  wikipedia?: string;
  wikidata?: string;
  coordinates?: { lat: number; lon: number };
  population?: number;
  /** Other names the entry is known by (acronyms, former and English names). */
  aliases?: string[];
  /** Places: the first-level region (cities) or the world region (countries). */
  region?: string;
  /** Countries: the capital. */
  capital?: string;
  /** Where the entry comes from, for attribution (see data/LICENSES.md). */
  dataset?: 'world-countries' | 'geonames' | 'lede';
}

export interface Gazetteer {
  /** Entries whose name or alternate name equals `form` (case- and diacritic-insensitive). Best first. */
  lookup(form: string): GazetteerEntry[];
  /** The country a demonym or adjective refers to ("Albanian" → Albania), or null. */
  demonym(word: string): GazetteerEntry | null;
}
