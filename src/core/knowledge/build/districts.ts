/**
 * Second-level divisions for the few countries whose news names them often and whose GeoNames names are
 * English: US counties ("Navarro County" → "Navarro County, Texas"), UK counties and unitary areas, and
 * Philippine provinces ("Province of Palawan" → "Palawan"). Other countries' second-level names are mostly
 * local-language forms or repeat their seat's name, so they are left out.
 */
import { keyOf } from '../normalise';

export const DISTRICT_COUNTRIES = new Set(['US', 'GB', 'PH']);

const PREFIX =
  /^(?:Royal Borough|London Borough|County Borough|Metropolitan Borough|Borough|Province|City and County|City) of (?:the )?/;

export interface DistrictInput {
  code: string;
  name: string;
}

/**
 * Rows "name|country|admin1.admin2|title code|population36" (the regions.json format); the title code "a"
 * means "Name, Region". `cityCountry` gives, for a name key, the country of the biggest city of that name.
 */
export function districtRows(
  admin2: DistrictInput[],
  population: Map<string, number>,
  cityCountry: (key: string) => string | undefined,
): string[] {
  const rows: { name: string; cc: string; code: string; us: boolean; pop: number }[] = [];
  for (const a of admin2) {
    const [cc = '', a1 = '', a2 = ''] = a.code.split('.');
    if (!DISTRICT_COUNTRIES.has(cc)) continue;
    // Independent cities (Virginia, Baltimore…) repeat a city's name: the city entry covers them.
    if (cc === 'US' && !/ (County|Parish|Borough|Census Area|Municipality)$/.test(a.name)) continue;
    const name = a.name.replace(PREFIX, '').trim();
    rows.push({ name, cc, code: `${a1}.${a2}`, us: cc === 'US', pop: population.get(a.code) ?? 0 });
  }
  const count = new Map<string, number>();
  for (const r of rows) count.set(keyOf(r.name), (count.get(keyOf(r.name)) ?? 0) + 1);
  return rows.map((r) => {
    const k = keyOf(r.name);
    // US counties are always titled "County, State"; elsewhere the bare name unless a town of the same
    // country or another division shares it.
    const wp = r.us ? 'a' : (count.get(k) ?? 0) > 1 || cityCountry(k) === r.cc ? '' : '=';
    return [r.name, r.cc, r.code, wp, r.pop.toString(36)].join('|');
  });
}
