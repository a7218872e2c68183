import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/core/knowledge';
import { createGazetteer } from '../../../src/core/knowledge/create-gazetteer';
import { keyOf } from '../../../src/core/knowledge/normalise';

const g = loadGazetteer();
const first = (form: string) => g.lookup(form)[0];

describe('keyOf', () => {
  it('folds case, diacritics, punctuation, a leading "the" and a possessive', () => {
    expect(keyOf('Manzë')).toBe('manze');
    expect(keyOf('The Netherlands')).toBe('netherlands');
    expect(keyOf('U.S.')).toBe('us');
    expect(keyOf("Albania's")).toBe('albania');
    expect(keyOf('Łódź')).toBe('lodz');
    expect(keyOf('Mujahedeen-e-Khalq')).toBe('mujahedeen e khalq');
  });
});

describe('bundled gazetteer', () => {
  it('is built once', () => {
    expect(loadGazetteer()).toBe(g);
    expect(g.size).toBeGreaterThan(25000);
  });

  it('finds towns whatever the case and diacritics', () => {
    expect(first('Durres')?.name).toBe('Durrës');
    expect(first('DURRËS')?.country).toBe('AL');
    expect(first('durrës')?.kind).toBe('place');
  });

  it('knows the other names of countries', () => {
    for (const form of ['UK', 'U.K.', 'Britain', 'Great Britain'])
      expect(first(form)?.name).toBe('United Kingdom');
    for (const form of ['US', 'U.S.', 'USA', 'America', 'the United States'])
      expect(first(form)?.country).toBe('US');
    expect(first('Burma')?.name).toBe('Myanmar');
    expect(first('Holland')?.wikipedia).toBe('Netherlands');
    expect(first('Ivory Coast')?.country).toBe('CI');
  });

  it('gives countries their Wikipedia title, capital, region and coordinates', () => {
    const al = first('Albania');
    expect(al).toMatchObject({
      subtype: 'country',
      wikipedia: 'Albania',
      wikidata: 'Q222',
      capital: 'Tirana',
    });
    expect(al?.coordinates?.lat).toBeCloseTo(41, 0);
    expect(first('Georgia')?.wikipedia).toBe('Georgia (country)');
    expect(first('Ireland')?.wikipedia).toBe('Republic of Ireland');
  });

  it('maps demonyms and their plurals to countries; a country keeps a demonym over a territory', () => {
    expect(g.demonym('Albanian')?.name).toBe('Albania');
    expect(g.demonym('Albanians')?.name).toBe('Albania');
    expect(g.demonym('British')?.name).toBe('United Kingdom');
    expect(g.demonym('Dutch')?.name).toBe('Netherlands');
    expect(g.demonym('French')?.name).toBe('France');
    expect(g.demonym('Filipinos')?.name).toBe('Philippines');
    expect(g.demonym('Table')).toBeNull();
  });

  it('ranks a country first, then by population, capitals ahead', () => {
    expect(first('Athens')?.country).toBe('GR');
    expect(g.lookup('Athens')[1]?.wikipedia).toBe('Athens, Georgia');
    expect(first('Washington')?.wikipedia).toBe('Washington, D.C.');
    expect(g.lookup('Washington').some((e) => e.wikipedia === 'Washington (state)')).toBe(true);
    expect(first('Georgia')?.subtype).toBe('country');
    expect(g.lookup('Georgia')[1]?.wikipedia).toBe('Georgia (U.S. state)');
    expect(first('New York')?.name).toBe('New York City');
  });

  it('titles cities by Wikipedia conventions', () => {
    expect(first('Oakland')?.wikipedia).toBe('Oakland, California');
    expect(first('Chicago')?.wikipedia).toBe('Chicago');
    expect(first('Tirana')?.wikipedia).toBe('Tirana');
    expect(first('Hyderabad')?.wikipedia).toBe('Hyderabad');
    expect(first('Bombay')?.name).toBe('Mumbai');
  });

  it('reads "Town, Country" and "Town, Region", and drops generic words', () => {
    expect(g.lookup('Sydney, Australia')[0]?.country).toBe('AU');
    expect(g.lookup('Sydney, Nova Scotia')[0]?.country).toBe('CA');
    expect(g.lookup('Amsterdam, the Netherlands')[0]?.wikipedia).toBe('Amsterdam');
    expect(g.lookup('Paris, Ruritania')[0]?.country).toBe('FR');
    expect(g.lookup('Jiangsu province')[0]?.subtype).toBe('region');
    expect(g.lookup('Springfield, Ill.')[0]?.region).toBe('Illinois');
    expect(g.lookup('Springfield, Mass.')[0]?.region).toBe('Massachusetts');
    expect(g.lookup('Dubbo, NSW')[0]?.country).toBe('AU');
    expect(g.lookup('Ill.')).toEqual([]);
    expect(g.lookup('the city of Tirana')[0]?.name).toBe('Tirana');
    expect(g.lookup('Nowhereville')).toEqual([]);
  });

  it('knows US counties, UK counties and Philippine provinces', () => {
    expect(first('Navarro County')).toMatchObject({ wikipedia: 'Navarro County, Texas', region: 'Texas' });
    expect(g.lookup('Cook County, Illinois')).toHaveLength(1);
    expect(first('Kent')?.wikipedia).toBe('Kent');
    expect(first('Palawan')?.country).toBe('PH');
    expect(first('Palawan')?.description).toMatch(/Philippines/);
  });

  it('knows international bodies, parties and armed groups by name and acronym', () => {
    expect(first('NATO')).toMatchObject({ kind: 'group', wikipedia: 'NATO', wikidata: 'Q7184' });
    expect(first('U.N.')?.name).toBe('United Nations');
    expect(first('MEK')?.wikipedia).toBe("People's Mojahedin Organization of Iran");
    expect(first('Mujahedeen-e-Khalq')?.subtype).toBe('exiled-group');
    expect(first('Hezbollah')?.subtype).toBe('armed-group');
    expect(first('Reuters')?.subtype).toBe('news-agency');
    expect(first('Reuters')?.description).toBeTruthy();
  });

  it('keeps the bundled data within budget', () => {
    const size = (f: string) =>
      statSync(new URL(`../../../src/core/knowledge/data/${f}`, import.meta.url)).size;
    expect(size('cities.json')).toBeLessThan(1_000_000);
    const total = ['countries', 'cities', 'regions', 'organisations', 'places'].reduce(
      (n, f) => n + size(`${f}.json`),
      0,
    );
    expect(total).toBeLessThan(1_400_000);
  });
});

describe('createGazetteer on hand-made data', () => {
  const mini = createGazetteer({
    countries: [
      {
        n: 'Ruritania',
        a: ['RU-land'],
        d: ['Ruritanian'],
        c: 'RR',
        t: 'country',
        cap: 'Strelsau',
        r: 'Europe',
        ll: [50, 10],
        w: 'Ruritania',
        q: '',
      },
    ],
    cities: {
      RR: ['Strelsau|Strelsaw|01|2s|50.1|10.2|C|', 'Zenda||01|1e|50.3|10.4', 'Kastrel||02|k|50.5|10.6||a'],
    },
    regions: ['Upper March|RR|01|=|3k', 'Lower March|RR|02||1'],
    organisations: [
      { name: 'Ruritanian Guard', aliases: ['RG'], kind: 'group', subtype: 'military', country: 'RR' },
      { name: 'Front of Zenda', aliases: ['FoZ', 'WING', 'Fozzers'], kind: 'group', subtype: 'armed-group' },
      { name: 'The Ruritanian', aliases: [], kind: 'group', subtype: 'newspaper', country: 'RR' },
    ],
    places: [],
    built: '2026-01-01',
  });

  it('keeps the case of acronyms and mixed-case names, and the article of a newspaper named by a demonym', () => {
    expect(mini.lookup('FoZ')[0]?.name).toBe('Front of Zenda');
    expect(mini.lookup('Foz')).toEqual([]);
    expect(mini.lookup('FOZ')[0]?.name).toBe('Front of Zenda');
    expect(mini.lookup('Rg')).toEqual([]);
    expect(mini.lookup('R.G.')[0]?.name).toBe('Ruritanian Guard');
    // A long acronym written as a word, as some papers do; a plain-case alias matches any case.
    expect(mini.lookup('Wing')[0]?.name).toBe('Front of Zenda');
    expect(mini.lookup('fozzers')[0]?.name).toBe('Front of Zenda');
    expect(mini.lookup('Ruritanian')).toEqual([]);
    expect(mini.lookup('The Ruritanian')[0]?.subtype).toBe('newspaper');
  });

  it('indexes names, alternates and regions, and expands title codes', () => {
    expect(mini.lookup('Strelsaw')[0]?.name).toBe('Strelsau');
    expect(mini.lookup('Strelsau')[0]).toMatchObject({
      subtype: 'city',
      wikipedia: 'Strelsau',
      region: 'Upper March',
    });
    expect(mini.lookup('Kastrel')[0]?.wikipedia).toBe('Kastrel, Lower March');
    expect(mini.lookup('Zenda')[0]).toMatchObject({ population: parseInt('1e', 36), subtype: 'town' });
    expect(mini.lookup('Upper March')[0]?.wikipedia).toBe('Upper March');
    expect(mini.lookup('Lower March')[0]?.wikipedia).toBeUndefined();
    expect(mini.lookup('RG')[0]?.kind).toBe('group');
    expect(mini.demonym('Ruritanians')?.name).toBe('Ruritania');
    expect(mini.built).toBe('2026-01-01');
  });
});
