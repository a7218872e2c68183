/**
 * Parser for the project's hand-written lists (sources/organisations.txt, sources/places.txt).
 * One entry per line, fields separated by "|":
 *   name | aliases;… | subtype | country code | Wikipedia title ("=" same as name) | Wikidata id | description
 * Lines starting with "#" and blank lines are ignored.
 */

/** Subtypes that make an entry a place; every other subtype is a group. */
const PLACE_SUBTYPES = new Set([
  'continent',
  'region',
  'sea',
  'ocean',
  'river',
  'lake',
  'island',
  'mountain',
  'desert',
  'territory',
  'city',
  'camp',
  'building',
  'district',
  'former-country',
]);

export interface HandEntry {
  name: string;
  aliases: string[];
  kind: 'group' | 'place';
  subtype: string;
  country?: string;
  wikipedia?: string;
  wikidata?: string;
  description?: string;
}

/** Parses a hand-written list; throws on a malformed line so that a typo fails the build, not the reader. */
export function parseHandList(text: string): HandEntry[] {
  const out: HandEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const f = line.split('|').map((s) => s.trim());
    if (f.length !== 7) throw new Error(`line ${i + 1}: expected 7 fields, got ${f.length}: ${line}`);
    const [name = '', aliases = '', subtype = '', country = '', wp = '', q = '', description = ''] = f;
    if (!name || !subtype) throw new Error(`line ${i + 1}: name and subtype are required`);
    if (q && !/^Q\d+$/.test(q)) throw new Error(`line ${i + 1}: bad Wikidata id ${q}`);
    const entry: HandEntry = {
      name,
      aliases: aliases
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      kind: PLACE_SUBTYPES.has(subtype) ? 'place' : 'group',
      subtype,
    };
    if (country) entry.country = country;
    if (wp) entry.wikipedia = wp === '=' ? name : wp;
    if (q) entry.wikidata = q;
    if (description) entry.description = description;
    out.push(entry);
  });
  return out;
}
