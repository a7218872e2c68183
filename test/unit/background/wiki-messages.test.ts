/**
 * The wiki messages from both ends: the background's payload validators, the endpoints and host
 * permissions derived from the settings, and the reader's lookups going through the message client to the
 * background service and the fake wiki server (a story's notes filled in, faults leaving them as they were).
 */
import { describe, expect, it } from 'vitest';
import { useFakeWiki } from '../../fake-wiki/use-fake-wiki';
import { MemoryStore } from '../../../src/core/knowledge/wiki-client';
import type { Note } from '../../../src/core/types';
import {
  isWikiAccess,
  isWikiEntities,
  isWikiSearch,
  isWikiSummary,
} from '../../../src/background/validators';
import { createWikiService } from '../../../src/background/wiki-service';
import { DEFAULTS, type Settings } from '../../../src/shared/settings-schema';
import { wikiEndpoints, wikiHosts, wikiOrigins } from '../../../src/shared/wiki-endpoints';
import type { LookedUp } from '../../../src/ui/api';
import { messageWikiClient, type WikiSend } from '../../../src/ui/message-wiki-client';
import { runLookups } from '../../../src/ui/online-lookups';
import { note } from '../knowledge/notes-helper';

describe('validators', () => {
  it('accept names, titles and Q ids, and refuse page text, URLs in bulk and other shapes', () => {
    expect(isWikiSummary({ title: 'Kastrel' })).toBe(true);
    expect(isWikiSummary({ title: '' })).toBe(false);
    expect(isWikiSummary({ title: 'x'.repeat(201) })).toBe(false);
    expect(isWikiSummary({ title: 'line one\nline two' })).toBe(false);
    expect(isWikiSummary({ title: 3 })).toBe(false);
    expect(isWikiSearch({ name: 'Movement for a Free Orlan' })).toBe(true);
    expect(isWikiSearch({ title: 'Kastrel' })).toBe(false);
    expect(isWikiEntities({ ids: ['Q1', 'Q9000010'] })).toBe(true);
    expect(isWikiEntities({ ids: ['P31'] })).toBe(false);
    expect(isWikiEntities({ ids: Array.from({ length: 51 }, (_, i) => `Q${i + 1}`) })).toBe(false);
    expect(isWikiEntities({ ids: 'Q1' })).toBe(false);
    expect(isWikiAccess({ ask: true })).toBe(true);
    expect(isWikiAccess({ ask: 'yes' })).toBe(false);
  });
});

describe('endpoints and origins from the settings', () => {
  it('use the public sites by default, a mirror for both APIs when set', () => {
    expect(wikiEndpoints({ wikiLang: 'de', customEndpoint: '' })).toEqual({
      lang: 'de',
      wikipediaBase: 'https://de.wikipedia.org',
      wikidataApi: 'https://www.wikidata.org/w/api.php',
    });
    expect(wikiEndpoints({ wikiLang: 'en', customEndpoint: 'http://wiki.example.org:8080/' })).toEqual({
      lang: 'en',
      wikipediaBase: 'http://wiki.example.org:8080',
      wikidataApi: 'http://wiki.example.org:8080/w/api.php',
    });
    expect(wikiOrigins({ wikiLang: 'en', customEndpoint: 'http://wiki.example.org:8080' })).toEqual([
      'http://wiki.example.org/*',
    ]);
    expect(wikiOrigins({ wikiLang: 'en', customEndpoint: '' })).toEqual([
      'https://en.wikipedia.org/*',
      'https://www.wikidata.org/*',
    ]);
    expect(wikiHosts({ wikiLang: 'fr', customEndpoint: '' })).toEqual([
      'fr.wikipedia.org',
      'www.wikidata.org',
    ]);
    expect(wikiHosts({ wikiLang: 'en', customEndpoint: 'http://wiki.example.org:8080' })).toEqual([
      'wiki.example.org',
    ]);
  });
});

describe('reader lookups through the background', () => {
  const wiki = useFakeWiki();

  function setup(lookups: Settings['lookups'] = 'on') {
    const settings: Settings = { ...DEFAULTS, lookups, customEndpoint: wiki().url };
    const svc = createWikiService({
      fetch: (url, init) => fetch(url, init),
      store: new MemoryStore(),
      settings: async () => settings,
      granted: async () => true,
      userAgent: 'LedeTest/1.0',
      http: { timeoutMs: 400, minIntervalMs: 0, backoffMs: 5, sleep: async () => {} },
    });
    const sent: unknown[] = [];
    // What the messaging layer does: the payload is copied, the handler's answer comes back.
    const send = (async (type: string, payload: unknown) => {
      const copy = structuredClone(payload) as never;
      sent.push({ type, payload: copy });
      if (type === 'wiki/summary') return svc.summary(copy);
      if (type === 'wiki/search') return svc.search(copy);
      return svc.entities(copy);
    }) as WikiSend;
    return { client: messageWikiClient(send, wikiEndpoints(settings)), sent };
  }

  const story = (): Note[] => [
    note('Kastrel', 'place', { salience: 0.6, mentionCount: 3 }),
    note('MFO', 'group', {
      salience: 0.9,
      aliases: ['Movement for a Free Orlan'],
      context: [{ text: 'an exiled opposition group', paragraph: 0, kind: 'appositive' }],
    }),
  ];

  async function run(client: ReturnType<typeof setup>['client'], notes = story()) {
    const got: LookedUp[] = [];
    await runLookups(notes, client, (x) => got.push(x), new AbortController().signal);
    return got;
  }

  it('fills each note in, most salient first, with an attributed Wikipedia summary', async () => {
    const { client, sent } = setup();
    const notes = story();
    const got = await run(client, notes);
    expect(got.map((g) => g.note.name)).toEqual(['MFO', 'Kastrel']);
    const mfo = got[0]!.note;
    expect(mfo.wikipedia).toBe('Movement for a Free Orlan');
    expect(mfo.summary).toMatchObject({
      source: 'wikipedia',
      licence: 'CC BY-SA 4.0',
      url: `${wiki().url}/wiki/Movement_for_a_Free_Orlan`,
    });
    expect(mfo.summary?.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(got[0]!.verdict.low).toBe(false);
    // The caller's notes are not changed (they are Preact state).
    expect(notes.every((n) => n.summary === null)).toBe(true);
    // Only names, titles and ids cross to the background.
    for (const m of sent as { payload: Record<string, unknown> }[]) {
      expect(JSON.stringify(m.payload)).not.toMatch(/exiled opposition group/);
    }
  });

  it('leaves notes as they were after a 500, and stops asking after the first fault', async () => {
    const { client } = setup();
    wiki().setMode({ kind: 'error', status: 500 });
    const got = await run(client);
    expect(got).toHaveLength(1);
    expect(got[0]!.note.summary).toBeNull();
    expect(got[0]!.note.context[0]!.text).toBe('an exiled opposition group');
  });

  it.each([
    ['malformed JSON', { kind: 'malformed' } as const],
    ['a timeout', { kind: 'slow', delayMs: 1500 } as const],
  ])('survives %s with the story’s own notes', async (_what, mode) => {
    const { client } = setup();
    wiki().setMode(mode);
    const got = await run(client);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((g) => g.note.summary === null || g.note.summary.source !== 'wikipedia')).toBe(true);
  });

  it('sends nothing when lookups are off', async () => {
    const { client } = setup('off');
    const got = await run(client);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((g) => g.note.summary?.source !== 'wikipedia')).toBe(true);
    expect(wiki().requests).toHaveLength(0);
  });
});

describe('a message client asked after the reader went away', () => {
  it('rejects as cancelled and leaves no unhandled rejection behind when the message fails too', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    let settle: (e: Error) => void = () => undefined;
    const send = (() => new Promise((_resolve, reject) => (settle = reject))) as WikiSend;
    const client = messageWikiClient(send, wikiEndpoints(DEFAULTS));
    await expect(client.summary('Kastrel', ctrl.signal)).rejects.toMatchObject({ kind: 'aborted' });
    // The extension reloaded meanwhile: the message itself fails. Vitest fails the run on an unhandled rejection.
    settle(new Error('Extension context invalidated.'));
    await new Promise((r) => setTimeout(r, 20));
  });
});
