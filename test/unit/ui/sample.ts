/** An invented story, its notes and a fake ReaderApi for the UI tests. */
import type { Article, Detection, Mention, Note } from '../../../src/core/types';
import type { TabReadResult } from '../../../src/shared/protocol';
import { DEFAULTS, type Settings } from '../../../src/shared/settings-schema';
import type { ReaderApi } from '../../../src/ui/api';

export const PARAGRAPHS = [
  'The Harbour Workers Union said on Monday that ferries between Valmora and Port Ellis would stop for two days.',
  'A spokesperson for the Harbour Workers Union, the largest dockers’ group on the coast, blamed the new rota.',
  'In Port Ellis, traders said the strike would hurt the autumn market.',
  'The Coastal Transit Authority (CTA) said talks would resume on Thursday in Valmora.',
];

export const ARTICLE_HTML = `
<p>The <strong>Harbour Workers Union</strong> said on Monday that ferries between Valmora and Port Ellis would stop for two days.</p>
<p>A spokesperson for the Harbour Workers Union, the largest dockers’ group on the coast, blamed the <a href="https://example.org/rota">new rota</a>.</p>
<figure><img src="https://example.org/harbour.jpg" alt="The harbour"><figcaption>The harbour at dawn.</figcaption></figure>
<p>In Port Ellis, traders said the strike would hurt the autumn market.</p>
<p>The Coastal Transit Authority (CTA) said talks would resume on Thursday in Valmora.</p>`;

export const TEXT = PARAGRAPHS.join('\n\n');

/** Mentions of every occurrence of `name` in the story, with real offsets. */
export function mentionsOf(name: string): Mention[] {
  const out: Mention[] = [];
  let at = 0;
  PARAGRAPHS.forEach((p, paragraph) => {
    let i = p.indexOf(name);
    while (i >= 0) {
      out.push({ start: at + i, end: at + i + name.length, text: name, paragraph });
      i = p.indexOf(name, i + name.length);
    }
    at += p.length + 2;
  });
  return out;
}

export const ARTICLE: Article = {
  title: 'Ferry strike to halt crossings for two days',
  byline: 'Mara Quill',
  published: '2026-03-02',
  siteName: 'The Coastal Courier',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  leadImage: null,
  html: ARTICLE_HTML,
  text: TEXT,
  wordCount: 70,
  readingMinutes: 1,
};

const note = (n: Partial<Note> & Pick<Note, 'id' | 'name' | 'kind' | 'salience'>): Note => {
  const mentions = n.mentions ?? mentionsOf(n.name);
  return { aliases: [], context: [], summary: null, mentionCount: mentions.length, ...n, mentions };
};

export const NOTES: Note[] = [
  note({
    id: 'valmora',
    name: 'Valmora',
    kind: 'place',
    salience: 0.5,
    coordinates: { lat: 41.9, lon: 12.5 },
    summary: {
      text: 'Valmora is a port town.',
      source: 'wikipedia',
      url: 'https://en.wikipedia.org/wiki/Valmora',
      licence: 'CC BY-SA 4.0',
      retrieved: '2026-03-01',
      confidence: 0.4,
    },
  }),
  note({
    id: 'hwu',
    name: 'Harbour Workers Union',
    kind: 'group',
    salience: 0.9,
    context: [{ text: 'the largest dockers’ group on the coast', paragraph: 1, kind: 'appositive' }],
  }),
  note({
    id: 'port-ellis',
    name: 'Port Ellis',
    kind: 'place',
    salience: 0.7,
    coordinates: { lat: 43.3, lon: 5.4 },
  }),
  note({
    id: 'cta',
    name: 'Coastal Transit Authority',
    kind: 'group',
    salience: 0.6,
    aliases: ['CTA'],
    mentions: [...mentionsOf('Coastal Transit Authority'), ...mentionsOf('CTA')],
  }),
];

export const DETECTION: Detection = {
  isArticle: true,
  isNews: true,
  score: 0.93,
  signals: [{ id: 'og-article', weight: 1.2, note: 'og:type is article' }],
};

export const OK: TabReadResult = {
  state: 'ok',
  url: 'https://courier.example/2026/03/02/ferry-strike',
  detection: DETECTION,
  article: ARTICLE,
};

export interface FakeApi extends ReaderApi {
  reads: boolean[];
  saved: Partial<Settings>[];
  emit(s: Settings): void;
}

/** A ReaderApi that answers from memory and records what the UI asked for. */
export function fakeApi(
  results: TabReadResult[],
  notes: Note[] = NOTES,
  settings: Settings = DEFAULTS,
): FakeApi {
  let listener: ((s: Settings) => void) | null = null;
  let current = structuredClone(settings);
  const api: FakeApi = {
    reads: [],
    saved: [],
    read: async (force) => {
      api.reads.push(force);
      const r = results[Math.min(api.reads.length - 1, results.length - 1)];
      if (!r) throw new Error('no result');
      return r;
    },
    notes: async () => notes,
    loadSettings: async () => current,
    saveSettings: async (patch) => {
      api.saved.push(patch);
      current = { ...current, ...patch };
      return current;
    },
    watchSettings: (fn) => {
      listener = fn;
    },
    emit: (s) => listener?.(s),
    isOffline: () => false,
  };
  return api;
}
