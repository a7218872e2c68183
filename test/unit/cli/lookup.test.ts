import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupCliNotes } from '../../../src/cli/lookup';
import { loadGazetteer } from '../../../src/core/knowledge';
import { buildNotes } from '../../../src/core/notes';
import { startFakeWiki, type FakeWiki } from '../../fake-wiki/server';

const story = {
  title: 'Bridge reopens in Kastrel',
  siteName: 'The Valley Courier',
  text: [
    'The old stone bridge of Kastrel, a small hill town 30 kilometres west of the capital, reopened on Monday.',
    'Residents of Kastrel said the repairs took two years and were paid for by the regional council.',
  ].join('\n\n'),
};

describe('lede read --lookup', () => {
  let wiki: FakeWiki;
  beforeAll(async () => {
    wiki = await startFakeWiki();
  });
  afterAll(() => wiki.close());

  it('fills a place note from the configured endpoints and sends only names', async () => {
    const notes = buildNotes(story, { gazetteer: loadGazetteer() });
    const town = notes.find((n) => n.name === 'Kastrel');
    expect(town?.kind).toBe('place');
    await lookupCliNotes(notes, { lang: 'en', wikipediaBase: wiki.url, wikidataApi: wiki.wikidataApi });
    expect(town?.summary?.source).toBe('wikipedia');
    expect(town?.summary?.licence).toMatch(/CC BY-SA/);
    expect(town?.summary?.url).toContain(wiki.url);
    expect(town?.wikipedia).toBe('Kastrel');
    expect(wiki.requests.length).toBeGreaterThan(0);
    // Privacy: nothing from the story beyond entity names leaves the process.
    for (const r of wiki.requests) expect(decodeURIComponent(r.path)).not.toMatch(/bridge|repairs|Courier/i);
  });
});
