/**
 * Countries and territories for the bundled data: the world-countries package (ODbL) plus the project's
 * table of other English names, Wikipedia titles and Wikidata ids (the text of sources/countries.txt).
 * Used by scripts/build-knowledge.ts only.
 */
/** Alternate spellings in world-countries that are English words or names ("Island" is Iceland in Icelandic). */
const NOT_ENGLISH_NAMES = new Set([
  'Island',
  'Prathet',
  'Thai',
  'Saudi',
  'Togolese',
  'Mexicanos',
  'Portuguesa',
  'Mann', // the Isle of Man in Manx, and a common surname
  'Dominique', // Dominica in French, and a given name
]);

export interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  latlng: number[];
  independent: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const isLatinText = (s: string): boolean => /^[\p{Script=Latin}\s'’.\-(),&]+$/u.test(s);

function readCountryTable(
  text: string,
): Map<string, { wp: string; q: string; names: string[]; demonyms: string[] }> {
  const table = new Map<string, { wp: string; q: string; names: string[]; demonyms: string[] }>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cc = '', wp = '', q = '', names = '', dem = ''] = line.split('|').map((s) => s.trim());
    const list = (s: string): string[] =>
      s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean);
    table.set(cc, { wp, q, names: list(names), demonyms: list(dem) });
  }
  return table;
}

/** Country rows for countries.json, and each country's short name for disambiguating town titles. */
export function buildCountries(
  world: WorldCountry[],
  tableText: string,
): { rows: unknown[]; names: Map<string, string> } {
  const table = readCountryTable(tableText);
  const names = new Map<string, string>();
  const rows = world.map((c) => {
    const extra = table.get(c.cca2);
    // ISO codes other than the ones people write in prose ("US", "UK") would turn "IT" or "IN" into countries.
    const alts = new Set(
      [c.name.official, ...c.altSpellings, ...(extra?.names ?? [])].filter(
        (a) =>
          a !== c.name.common &&
          isLatinText(a) &&
          !NOT_ENGLISH_NAMES.has(a) &&
          (a.length > 2 || /^(US|UK)$/.test(a)),
      ),
    );
    const eng = c.demonyms?.eng;
    const demonyms = new Set(
      [eng?.m, eng?.f, ...(extra?.demonyms ?? [])].flatMap((d) => (d ? d.split(/,\s*/) : [])),
    );
    names.set(c.cca2, extra?.wp && !extra.wp.includes('(') ? extra.wp : c.name.common);
    return {
      n: c.name.common,
      a: [...alts],
      d: [...demonyms],
      c: c.cca2,
      t: c.independent ? 'country' : 'territory',
      cap: c.capital[0] ?? '',
      r: c.subregion || c.region,
      ll: [round2(c.latlng[0] ?? 0), round2(c.latlng[1] ?? 0)],
      w: extra?.wp || c.name.common,
      q: extra?.q ?? '',
    };
  });
  return { rows, names };
}
