/**
 * How the build guesses a city's English Wikipedia title (the data packages carry none).
 *
 * Wikipedia's naming conventions, applied as rules rather than looked up per city:
 * - United States: "City, State", except the cities the AP stylebook lets stand alone, which Wikipedia
 *   titles by name alone.
 * - Canada and Australia: "City, Province/State", except the large cities known by name alone.
 * - Elsewhere: the bare name when the city is the largest place of that name (its primary topic),
 *   otherwise "City, Country".
 * The result is a code stored in the data: "=" bare name, "a" name + region, "c" name + country,
 * "" unknown, or a literal title.
 */
import { keyOf } from '../normalise';

export interface CityLike {
  name: string;
  ascii: string;
  alts: string[];
  lat: number;
  lon: number;
  code: string;
  cc: string;
  admin1: string;
  admin2: string;
  pop: number;
}

const US_STANDALONE = new Set(
  (
    'Atlanta,Baltimore,Boston,Chicago,Cincinnati,Cleveland,Dallas,Denver,Detroit,Honolulu,Houston,' +
    'Indianapolis,Las Vegas,Los Angeles,Miami,Milwaukee,Minneapolis,New Orleans,New York City,' +
    'Oklahoma City,Philadelphia,Pittsburgh,St. Louis,Salt Lake City,San Antonio,San Diego,' +
    'San Francisco,Seattle'
  ).split(','),
);

const CA_AU_STANDALONE = new Set(
  (
    'Toronto,Montreal,Vancouver,Ottawa,Calgary,Edmonton,Winnipeg,Quebec City,' +
    'Sydney,Melbourne,Brisbane,Perth,Adelaide,Hobart,Darwin,Canberra,Gold Coast'
  ).split(','),
);

export interface TitleContext {
  /** Name of the city's first-level region, when known. */
  region: string;
  /** The country's Wikipedia-style short name ("United States"). */
  country: string;
  /** The most populous city for each name key. */
  biggest: Map<string, CityLike>;
  /** Keys already used by countries and by larger places (names and alternates). */
  taken: Set<string>;
}

/** Romanisation marks (macrons, underdots, ayn) that English Wikipedia titles leave out. */
const TRANSLITERATION = /[āēīōūĀĒĪŌŪḩḥṭṣḍẓḤṬṢḌẒʻʼ‘’`]/;

/** The title code for one city (see the file comment). */
export function cityTitle(c: CityLike, ctx: TitleContext): string {
  const code = baseTitle(c, ctx);
  if (!TRANSLITERATION.test(c.name) || !c.ascii || code === '' || code.length > 1) return code;
  // Spell the ascii form out: "Hyderābād" is titled "Hyderabad".
  if (code === '=') return c.ascii;
  return `${c.ascii}, ${code === 'a' ? ctx.region : ctx.country}`;
}

function baseTitle(c: CityLike, ctx: TitleContext): string {
  if (c.cc === 'US') {
    // GeoNames names the capital plain "Washington"; Wikipedia keeps that title for the state.
    if (c.code === 'PPLC') return 'Washington, D.C.';
    if (US_STANDALONE.has(c.name)) return '=';
    return ctx.region ? 'a' : '';
  }
  if (c.cc === 'CA' || c.cc === 'AU') {
    if (CA_AU_STANDALONE.has(c.name)) return '=';
    return ctx.region ? 'a' : '';
  }
  const k = keyOf(c.name);
  if (ctx.biggest.get(k) === c && !ctx.taken.has(k)) return '=';
  return ctx.country ? 'c' : '';
}
