/** buildNotes: the contract the CLI and the reader rely on. */
import { describe, expect, it } from 'vitest';
import type { Gazetteer, GazetteerEntry } from '../../src/core/knowledge/gazetteer';
import { buildNotes } from '../../src/core/notes';

const ENTRIES: GazetteerEntry[] = [
  {
    name: 'Kessaly',
    kind: 'place',
    subtype: 'city',
    country: 'XK',
    population: 250000,
    description: 'City in the north of an invented country.',
    wikipedia: 'Kessaly',
    wikidata: 'Q999001',
    coordinates: { lat: 42.1, lon: 21.2 },
  },
  {
    name: 'Northern Ports Authority',
    kind: 'group',
    subtype: 'agency',
    description: 'Port operator in an invented country.',
    wikidata: 'Q999002',
  },
];
const gazetteer: Gazetteer = {
  lookup: (form) => ENTRIES.filter((e) => e.name.toLowerCase() === form.toLowerCase()),
  demonym: () => null,
};

const article = {
  title: 'Port strike spreads to Kessaly',
  siteName: 'Harbour Times',
  text: [
    'Dock workers in Kessaly walked out on Tuesday, the Northern Ports Authority said.',
    'The strike began in Kessaly last week. The Northern Ports Authority, which runs six ports, said talks would resume.',
    'Additional reporting by the Harbour Times.',
  ].join('\n\n'),
};

describe('buildNotes on wire copy', () => {
  const VELORIA: GazetteerEntry = { name: 'Veloria', kind: 'place', subtype: 'country', wikidata: 'Q999003' };
  const wire: Gazetteer = {
    lookup: (form) => [...ENTRIES, VELORIA].filter((e) => e.name.toLowerCase() === form.toLowerCase()),
    demonym: () => null,
  };
  const notes = buildNotes(
    {
      title: 'DOCKS - STRIKE SPREADS TO VELORIA',
      siteName: null,
      text: 'KESSALY 2026-03-01\n\nDock workers walked out on Tuesday, the Northern Ports Authority said.',
    },
    { gazetteer: wire },
  );

  it('keeps a capitalised dateline city, named as a name and folded, and drops capitalised ordinary words', () => {
    const city = notes.find((n) => n.name === 'Kessaly');
    expect(city?.kind).toBe('place');
    expect(city?.folded).toBe(true);
    expect(notes.map((n) => n.name.toLowerCase())).not.toContain('docks');
  });

  it('adds a country named only in the headline, with no mentions in the text', () => {
    const country = notes.find((n) => n.name === 'Veloria');
    expect(country).toMatchObject({ kind: 'place', mentionCount: 0, mentions: [] });
  });
});

describe('buildNotes', () => {
  const notes = buildNotes(article, { gazetteer });
  const byName = (n: string) => notes.find((x) => x.name === n);

  it('copies bundled facts from the gazetteer with their licence', () => {
    const city = byName('Kessaly');
    expect(city?.kind).toBe('place');
    expect(city?.wikipedia).toBe('Kessaly');
    expect(city?.wikidata).toBe('Q999001');
    expect(city?.coordinates).toEqual({ lat: 42.1, lon: 21.2 });
    expect(city?.summary).toMatchObject({ source: 'bundled', licence: 'CC BY 4.0 (GeoNames)' });
    const group = byName('Northern Ports Authority');
    expect(group?.kind).toBe('group');
    expect(group?.summary).toMatchObject({ source: 'bundled', licence: 'Lede (MIT)' });
  });

  it('ranks the entity in the title and the lead above the rest', () => {
    expect(notes[0]?.name).toBe('Kessaly');
    expect(notes[0]!.mentionCount).toBe(2);
  });

  it("folds the site's own name", () => {
    expect(byName('Harbour Times')?.folded).toBe(true);
    expect(notes.filter((n) => n.folded).map((n) => n.name)).toEqual(['Harbour Times']);
    expect(notes[notes.length - 1]?.name).toBe('Harbour Times');
  });

  it('gives unique ids and works without a gazetteer', () => {
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
    const bare = buildNotes(article);
    expect(bare.map((n) => n.name)).toContain('Northern Ports Authority');
    expect(bare.every((n) => n.summary === null && n.wikipedia === undefined)).toBe(true);
  });

  it('returns nothing for an empty text', () => {
    expect(buildNotes({ title: '', text: '', siteName: null })).toEqual([]);
  });
});
