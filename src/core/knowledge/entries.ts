/** Turning rows of the bundled data into gazetteer entries (descriptions, titles, attribution). */
import type { GazetteerEntry } from './gazetteer';
import type { CountryRow } from './data-types';
import type { HandEntry } from './hand-list';

const TOWN_BELOW = 100000;

/** A city row (see data/meta.json) as an entry. */
export function cityEntry(
  cc: string,
  row: string,
  country: GazetteerEntry | undefined,
  regionNames: Map<string, string>,
): GazetteerEntry {
  const [name = '', alts = '', admin1 = '', pop36 = '0', lat = '0', lon = '0', flag = '', wp = ''] =
    row.split('|');
  const population = parseInt(pop36, 36);
  const region = regionNames.get(`${cc}.${admin1}`);
  const capital = flag === 'C';
  const entry: GazetteerEntry = {
    name,
    kind: 'place',
    subtype: population >= TOWN_BELOW || capital ? 'city' : 'town',
    country: cc,
    dataset: 'geonames',
    description: placeLine(
      capital ? 'Capital' : population >= TOWN_BELOW ? 'City' : 'Town',
      region,
      country,
      capital,
    ),
    coordinates: { lat: Number(lat), lon: Number(lon) },
    population,
  };
  if (region) entry.region = region;
  const title = cityTitle(name, wp, region, country);
  if (title) entry.wikipedia = title;
  if (alts) entry.aliases = alts.split(';');
  return entry;
}

/** A country row as an entry. */
export function countryEntry(row: CountryRow): GazetteerEntry {
  const entry: GazetteerEntry = {
    name: row.n,
    kind: 'place',
    subtype: row.t,
    country: row.c,
    dataset: 'world-countries',
    description:
      `${row.t === 'country' ? 'Country' : 'Territory'}${row.r ? ` in ${row.r}` : ''}` +
      (row.cap ? `; capital ${row.cap}.` : '.'),
    wikipedia: row.w,
    coordinates: { lat: row.ll[0] ?? 0, lon: row.ll[1] ?? 0 },
    aliases: row.a,
  };
  if (row.q) entry.wikidata = row.q;
  if (row.r) entry.region = row.r;
  if (row.cap) entry.capital = row.cap;
  return entry;
}

/** A hand-written organisation or place as an entry. */
export function handEntry(h: HandEntry): GazetteerEntry {
  const entry: GazetteerEntry = { name: h.name, kind: h.kind, subtype: h.subtype, dataset: 'lede' };
  if (h.country) entry.country = h.country;
  if (h.description) entry.description = h.description;
  if (h.wikipedia) entry.wikipedia = h.wikipedia;
  if (h.wikidata) entry.wikidata = h.wikidata;
  if (h.aliases.length) entry.aliases = h.aliases;
  return entry;
}

function placeLine(
  what: string,
  region: string | undefined,
  country: GazetteerEntry | undefined,
  capital: boolean,
): string {
  if (capital) return `Capital of ${country?.name ?? 'its country'}.`;
  const where = [region, country?.name].filter(Boolean).join(', ');
  return where ? `${what} in ${where}.` : `${what}.`;
}

/** Expands the build's title code (see data/meta.json). */
function cityTitle(
  name: string,
  code: string,
  region: string | undefined,
  country: GazetteerEntry | undefined,
): string {
  if (code === '') return name;
  if (code === '-') return '';
  if (code === 'a') return region ? `${name}, ${region}` : '';
  if (code === 'c') return country ? `${name}, ${countryShortName(country)}` : '';
  return code;
}

/** Wikipedia disambiguates towns by the country's plain name ("Olympia, Greece", not "…, Georgia (country)"). */
function countryShortName(country: GazetteerEntry): string {
  return (country.wikipedia ?? country.name).replace(/\s*\(.*\)$/, '');
}
