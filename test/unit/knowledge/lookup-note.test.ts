import { describe, expect, it } from 'vitest';
import { useFakeWiki } from '../../fake-wiki/use-fake-wiki';
import { loadGazetteer } from '../../../src/core/knowledge';
import { lookupNote, lookupNotes } from '../../../src/core/knowledge/lookup-note';
import { wikidataItemUrl } from '../../../src/core/knowledge/wikidata-summary';
import {
  createWikiClient,
  MemoryCache,
  type WikiClientOptions,
} from '../../../src/core/knowledge/wiki-client';
import { note } from './notes-helper';

const g = loadGazetteer();
const wiki = useFakeWiki();

function client(extra: Partial<WikiClientOptions> = {}) {
  return createWikiClient({
    fetch,
    endpoints: { lang: 'en', wikipediaBase: wiki().url, wikidataApi: wiki().wikidataApi },
    userAgent: 'LedeTest/1.0',
    sleep: async () => {},
    minIntervalMs: 0,
    cache: new MemoryCache(),
    ...extra,
  });
}
const now = () => Date.parse('2026-11-29T12:00:00Z');

describe('lookupNote', () => {
  it('finds a town the bundled data do not know, not the sculptor or the surname of the same name', async () => {
    const bg = await lookupNote(note('Kastrel', 'place'), {
      client: client(),
      gazetteer: g,
      countries: new Map([['AL', 5]]),
      now,
    });
    expect(bg.wikidata).toBe('Q9000001');
    expect(bg.wikipedia).toBe('Kastrel');
    expect(bg.summary).toMatchObject({
      source: 'wikipedia',
      licence: 'CC BY-SA 4.0',
      retrieved: '2026-11-29',
      url: `${wiki().url}/wiki/Kastrel`,
      coordinates: { lat: 41.43, lon: 19.6 },
    });
    expect(bg.summary?.text).toMatch(/hill town/);
    expect(bg.low).toBe(false);
  });

  it('resolves an acronym through the full name in the story, not the company with the same letters', async () => {
    const n = note('MFO', 'group', {
      aliases: ['Movement for a Free Orlan'],
      context: [{ text: 'an exiled opposition group', paragraph: 0, kind: 'appositive' }],
    });
    const bg = await lookupNote(n, { client: client(), gazetteer: g, countries: new Map([['IR', 2]]), now });
    expect(bg.wikipedia).toBe('Movement for a Free Orlan');
    expect(bg.facts).toMatchObject({ inception: '1965', website: 'https://free-orlan.example/' });
    const searched = wiki()
      .requests.filter((r) => r.path.includes('wbsearchentities'))
      .map((r) => new URL(r.path, wiki().url).searchParams.get('search'));
    expect(searched[0]).toBe('Movement for a Free Orlan');
  });

  it('keeps the bundled facts and asks no server when lookups are off', async () => {
    const bg = await lookupNote(note('Albania', 'place'), {
      client: client({ enabled: () => false }),
      gazetteer: g,
      countries: new Map([['AL', 3]]),
    });
    expect(bg.error).toBe('off');
    expect(bg.wikipedia).toBe('Albania');
    expect(bg.summary?.source).toBe('bundled');
    expect(wiki().requests).toHaveLength(0);
  });

  it('keeps the bundled facts when the server fails, and does not reject', async () => {
    wiki().setMode({ kind: 'error', status: 500 });
    const bg = await lookupNote(note('Albania', 'place'), {
      client: client(),
      gazetteer: g,
      countries: new Map(),
    });
    expect(bg.error).toBe('http');
    expect(bg.summary?.source).toBe('bundled');
    wiki().setMode({ kind: 'malformed' });
    const bg2 = await lookupNote(note('Kastrel', 'place'), {
      client: client(),
      gazetteer: g,
      countries: new Map(),
    });
    expect(bg2.error).toBe('malformed');
    expect(bg2.summary).toBeNull();
  });

  it('says it is unsure when the chosen title is a disambiguation page', async () => {
    const bg = await lookupNote(note('Orlan', 'group'), {
      client: client(),
      gazetteer: g,
      countries: new Map(),
    });
    expect(bg.wikidata).toBe('Q9000020');
    expect(bg.wikipedia).toBeUndefined();
    expect(bg.low).toBe(true);
    // What is shown is Wikidata's own description, credited to Wikidata on the configured host.
    expect(bg.summary).toMatchObject({ source: 'wikidata', licence: 'CC0 1.0' });
    expect(bg.summary?.url).toBe(wikidataItemUrl(wiki().wikidataApi, 'Q9000020'));
    expect(bg.summary?.url?.startsWith(new URL(wiki().wikidataApi).origin)).toBe(true);
    expect(wiki().requests.some((r) => r.path.endsWith('/page/summary/Orlan'))).toBe(true);
  });

  it("fills a story's notes one by one and stops when the caller aborts", async () => {
    const notes = [
      note('Albania', 'place', { mentionCount: 3 }),
      note('Kastrel', 'place'),
      note('Orlan', 'group'),
    ];
    const seen: string[] = [];
    const ctrl = new AbortController();
    const done = await lookupNotes(notes, {
      client: client(),
      gazetteer: g,
      signal: ctrl.signal,
      onBackground: (n) => {
        seen.push(n.name);
        if (seen.length === 2) ctrl.abort();
      },
    });
    expect(seen).toEqual(['Albania', 'Kastrel']);
    expect(done.size).toBe(2);
    expect(notes[1]?.wikipedia).toBe('Kastrel');
    expect(notes[1]?.summary?.source).toBe('wikipedia');
    expect(notes[2]?.summary).toBeNull();
  });

  it('turns a failure of its own into an error report, not a rejection', async () => {
    const broken = client({ fetch: () => Promise.resolve(null as never) });
    const bg = await lookupNote(note('Kastrel', 'place'), {
      client: broken,
      gazetteer: g,
      countries: new Map(),
    });
    expect(bg.error).toBeDefined();
    expect(bg.summary).toBeNull();
  });
});

describe('wikidataItemUrl', () => {
  it('puts the item page beside the API, on a mirror too', () => {
    expect(wikidataItemUrl('https://www.wikidata.org/w/api.php', 'Q42')).toBe(
      'https://www.wikidata.org/wiki/Q42',
    );
    expect(wikidataItemUrl('http://127.0.0.1:9000/mirror/w/api.php', 'Q7')).toBe(
      'http://127.0.0.1:9000/mirror/wiki/Q7',
    );
    expect(wikidataItemUrl('http://10.0.0.2/api.php', 'Q7')).toBe('http://10.0.0.2/wiki/Q7');
  });
});
