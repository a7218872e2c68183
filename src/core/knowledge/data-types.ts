/** Shapes of the generated JSON in ./data (see scripts/build-knowledge.ts and data/meta.json). */
import type { HandEntry } from './hand-list';

export interface CountryRow {
  n: string;
  a: string[];
  d: string[];
  c: string;
  t: 'country' | 'territory';
  cap: string;
  r: string;
  ll: [number, number] | number[];
  w: string;
  q: string;
}

export interface KnowledgeData {
  countries: CountryRow[];
  /** Country code → rows "name|alternates|admin1|population36|lat|lon|C|wikipedia". */
  cities: Record<string, string[]>;
  /** Rows "name|country|admin1|wikipedia|population36". */
  regions: string[];
  organisations: HandEntry[];
  places: HandEntry[];
  /** ISO date the data was built, shown as the retrieval date of bundled facts. */
  built: string;
}
