/**
 * Invented pages and items for the fake Wikipedia/Wikidata server, in the APIs' documented shapes.
 * Every name here is made up (the town of Kastrel, the Movement for a Free Orlan…) except real countries
 * used as values, so no real article text is copied.
 */

export interface SummaryFixture {
  type: 'standard' | 'disambiguation';
  title: string;
  description?: string;
  extract: string;
  wikibase_item?: string;
  coordinates?: { lat: number; lon: number };
  thumbnail?: string;
}

/** Pages by title (spaces, not underscores). */
export const PAGES: Record<string, SummaryFixture> = {
  Kastrel: {
    type: 'standard',
    title: 'Kastrel',
    description: 'Town in Albania',
    extract:
      'Kastrel is a small hill town in an invented valley, known in this fixture for its stone bridge.',
    wikibase_item: 'Q9000001',
    coordinates: { lat: 41.43, lon: 19.6 },
    thumbnail: 'Kastrel_bridge.jpg',
  },
  'Movement for a Free Orlan': {
    type: 'standard',
    title: 'Movement for a Free Orlan',
    description: 'Exiled opposition group',
    extract:
      'The Movement for a Free Orlan is an invented opposition group that this test suite keeps in exile.',
    wikibase_item: 'Q9000010',
  },
  Orlan: {
    type: 'disambiguation',
    title: 'Orlan',
    description: 'Topics referred to by the same term',
    extract: 'Orlan may refer to several invented things.',
  },

  // For the invented story test/fixtures/pages/wp-news-article (end-to-end lookups in the browsers).
  'Friends of the Saltmarsh': {
    type: 'standard',
    title: 'Friends of the Saltmarsh',
    description: 'Conservation charity',
    extract:
      'Friends of the Saltmarsh is an invented conservation charity that, in this fixture, counts wading birds on an imaginary estuary.',
    wikibase_item: 'Q9000030',
  },
  'Environment Agency': {
    type: 'disambiguation',
    title: 'Environment Agency',
    description: 'Topics referred to by the same term',
    extract: 'Environment Agency may refer to several bodies; this fixture invents the list.',
  },
};

/** Redirects: requested title → target title. */
export const REDIRECTS: Record<string, string> = {
  'Free Orlan Movement': 'Movement for a Free Orlan',
  'Saltmarsh Friends': 'Friends of the Saltmarsh',
};

export interface ItemFixture {
  label: string;
  description: string;
  aliases?: string[];
  P31: string[];
  P17?: string[];
  P625?: { latitude: number; longitude: number };
  P571?: string;
  P856?: string;
  P18?: string;
  enwiki?: string;
}

/** Wikidata items by id. Q222 is Albania, Q794 Iran, Q5 human, Q515 city, Q43229 organisation. */
export const ITEMS: Record<string, ItemFixture> = {
  Q9000001: {
    label: 'Kastrel',
    description: 'town in Albania',
    P31: ['Q3957'],
    P17: ['Q222'],
    P625: { latitude: 41.43, longitude: 19.6 },
    enwiki: 'Kastrel',
  },
  Q9000002: {
    label: 'Kastrel',
    description: 'family name',
    P31: ['Q101352'],
    enwiki: 'Kastrel (surname)',
  },
  Q9000003: {
    label: 'Ana Kastrel',
    description: 'Albanian sculptor',
    aliases: ['Kastrel'],
    P31: ['Q5'],
    P17: ['Q222'],
  },
  Q9000010: {
    label: 'Movement for a Free Orlan',
    description: 'exiled opposition group',
    aliases: ['MFO', 'Free Orlan Movement'],
    P31: ['Q43229'],
    P17: ['Q794'],
    P571: '+1965-00-00T00:00:00Z',
    P856: 'https://free-orlan.example/',
    P18: 'MFO rally.jpg',
    enwiki: 'Movement for a Free Orlan',
  },
  Q9000020: {
    label: 'Orlan',
    description: 'political alliance',
    P31: ['Q43229'],
    enwiki: 'Orlan',
  },
  Q9000011: {
    label: 'MFO Holdings',
    description: 'company based in Norway',
    aliases: ['MFO'],
    P31: ['Q4830453'],
    P17: ['Q20'],
    enwiki: 'MFO Holdings',
  },
  Q9000030: {
    label: 'Friends of the Saltmarsh',
    description: 'conservation charity',
    P31: ['Q43229'],
    // The sitelink is a redirect, as sitelinks sometimes are after a page move.
    enwiki: 'Saltmarsh Friends',
  },
  Q9000032: {
    label: 'Environment Agency',
    description: 'public body',
    P31: ['Q43229'],
    enwiki: 'Environment Agency',
  },
};

/** Search results by query (case-insensitive), best first. */
export const SEARCHES: Record<string, string[]> = {
  kastrel: ['Q9000002', 'Q9000003', 'Q9000001'],
  mfo: ['Q9000011', 'Q9000010'],
  'movement for a free orlan': ['Q9000010'],
  orlan: ['Q9000020'],
  'friends of the saltmarsh': ['Q9000030'],
  'environment agency': ['Q9000032'],
};
