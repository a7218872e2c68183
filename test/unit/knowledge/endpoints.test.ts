import { describe, expect, it } from 'vitest';
import { resolveEndpoints } from '../../../src/core/knowledge/wiki-client';
import { parseRetryAfter } from '../../../src/core/knowledge/wiki/http';
import { encodeTitle, normaliseTitle } from '../../../src/core/knowledge/wiki/wikipedia';
import { entitiesUrl, searchUrl } from '../../../src/core/knowledge/wiki/wikidata';
import { loadGazetteer } from '../../../src/core/knowledge';
import countries from '../../../src/core/knowledge/data/countries.json';

describe('endpoints and URLs', () => {
  it('derives the Wikipedia of a language and keeps a self-hosted mirror as given', () => {
    expect(resolveEndpoints({ lang: 'fr' })).toEqual({
      lang: 'fr',
      wikipediaBase: 'https://fr.wikipedia.org',
      wikidataApi: 'https://www.wikidata.org/w/api.php',
    });
    expect(
      resolveEndpoints({
        lang: 'en',
        wikipediaBase: 'https://wiki.example.org/',
        wikidataApi: 'https://wd.example.org/w/api.php',
      }),
    ).toMatchObject({
      wikipediaBase: 'https://wiki.example.org',
      wikidataApi: 'https://wd.example.org/w/api.php',
    });
    expect(resolveEndpoints({ lang: '../evil' }).lang).toBe('en');
  });

  it('builds the documented query strings, sending only the name', () => {
    const s = new URL(searchUrl('https://www.wikidata.org/w/api.php', 'Mujahedeen-e-Khalq', 'en'));
    expect(Object.fromEntries(s.searchParams)).toMatchObject({
      action: 'wbsearchentities',
      search: 'Mujahedeen-e-Khalq',
      language: 'en',
      type: 'item',
      format: 'json',
    });
    const e = new URL(entitiesUrl('https://www.wikidata.org/w/api.php', ['Q1', 'Q2'], 'de'));
    expect(e.searchParams.get('ids')).toBe('Q1|Q2');
    expect(e.searchParams.get('sitefilter')).toBe('dewiki');
    expect(encodeTitle("People's Mojahedin Organization of Iran")).toBe(
      "People's_Mojahedin_Organization_of_Iran",
    );
    expect(normaliseTitle('washington,_D.C.')).toBe('Washington, D.C.');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120000);
    expect(parseRetryAfter('Sun, 29 Nov 2026 12:00:30 GMT', now)).toBe(30000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('bundled countries', () => {
  it('cover every ISO country and territory, each with a title, coordinates and a region', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) {
      expect(c.w, c.n).toBeTruthy();
      expect(c.ll).toHaveLength(2);
    }
    const g = loadGazetteer();
    expect(g.countryOfWikidata('Q222')).toBe('AL');
    expect(g.country('al')?.name).toBe('Albania');
  });
});
