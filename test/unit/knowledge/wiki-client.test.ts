import { describe, expect, it } from 'vitest';
import { startFakeWiki } from '../../fake-wiki/server';
import { useFakeWiki } from '../../fake-wiki/use-fake-wiki';
import {
  createWikiClient,
  isWikiError,
  MemoryCache,
  MemoryStore,
  StorageCache,
  type WikiClientOptions,
} from '../../../src/core/knowledge/wiki-client';

const wiki = useFakeWiki();

/** A client on the fake server with a fake clock: sleeps advance the clock instantly and are recorded. */
function client(extra: Partial<WikiClientOptions> = {}) {
  let now = 1_000_000;
  const slept: number[] = [];
  const c = createWikiClient({
    fetch,
    endpoints: { lang: 'en', wikipediaBase: wiki().url, wikidataApi: wiki().wikidataApi },
    userAgent: 'LedeTest/1.0 (tests)',
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    timeoutMs: 2000,
    ...extra,
  });
  return { c, slept, advance: (ms: number) => (now += ms) };
}

describe('Wikipedia summary', () => {
  it('reads a standard page with its description, extract, coordinates and Wikidata id', async () => {
    const s = await client().c.summary('Kastrel');
    expect(s.status).toBe('ok');
    expect(s.title).toBe('Kastrel');
    expect(s.description).toBe('Town in Albania');
    expect(s.extract).toMatch(/hill town/);
    expect(s.coordinates).toEqual({ lat: 41.43, lon: 19.6 });
    expect(s.wikidata).toBe('Q9000001');
    expect(s.url).toBe(`${wiki().url}/wiki/Kastrel`);
    expect(s.redirectedFrom).toBeUndefined();
    expect(wiki().requests[0]?.userAgent).toBe('LedeTest/1.0 (tests)');
  });

  it('follows a redirect and says where it came from', async () => {
    const s = await client().c.summary('Free Orlan Movement');
    expect(s.status).toBe('ok');
    expect(s.title).toBe('Movement for a Free Orlan');
    expect(s.redirectedFrom).toBe('Free Orlan Movement');
  });

  it('reports a disambiguation page as such', async () => {
    expect((await client().c.summary('Orlan')).status).toBe('disambiguation');
  });

  it('reports a missing page without throwing', async () => {
    const s = await client().c.summary('No Such Place Anywhere');
    expect(s.status).toBe('missing');
  });

  it('encodes titles with slashes and spaces as one path segment', async () => {
    await client().c.summary('AC/DC fan club');
    expect(wiki().requests[0]?.path).toBe('/api/rest_v1/page/summary/AC%2FDC_fan_club');
  });
});

describe('Wikidata', () => {
  it('searches and reads the facts a note needs', async () => {
    const { c } = client();
    const hits = await c.search('MFO');
    expect(hits.map((h) => h.id)).toEqual(['Q9000011', 'Q9000010']);
    const [group] = await c.entities(['Q9000010']);
    expect(group).toMatchObject({
      id: 'Q9000010',
      label: 'Movement for a Free Orlan',
      description: 'exiled opposition group',
      instanceOf: ['Q43229'],
      country: ['Q794'],
      inception: '1965',
      website: 'https://free-orlan.example/',
      wikipedia: 'Movement for a Free Orlan',
    });
    expect(group?.aliases).toContain('MFO');
    expect(group?.thumbnail).toMatch(/Special:FilePath\/MFO_rally\.jpg/);
  });

  it('leaves out ids that Wikidata reports missing and keeps the order asked', async () => {
    const facts = await client().c.entities(['Q9000003', 'Q123456789', 'Q9000001']);
    expect(facts.map((f) => f.id)).toEqual(['Q9000003', 'Q9000001']);
    expect(facts[1]?.coordinates).toEqual({ lat: 41.43, lon: 19.6 });
  });
});

describe('faults', () => {
  it('waits as long as Retry-After says on 429, then succeeds', async () => {
    wiki().setMode({ kind: 'rate-limit', times: 1, retryAfter: '3' });
    const { c, slept } = client();
    expect((await c.summary('Kastrel')).status).toBe('ok');
    expect(slept).toContain(3000);
    expect(wiki().requests).toHaveLength(2);
  });

  it('gives up at once when Retry-After is longer than it will wait', async () => {
    wiki().setMode({ kind: 'rate-limit', times: 5, retryAfter: '3600' });
    const err = await client()
      .c.summary('Kastrel')
      .catch((e: unknown) => e);
    expect(isWikiError(err, 'rate-limited')).toBe(true);
    expect(wiki().requests).toHaveLength(1);
  });

  it('retries a 500 with exponential backoff, then reports an http error', async () => {
    wiki().setMode({ kind: 'error', status: 500 });
    const { c, slept } = client({ retries: 2, backoffMs: 100, minIntervalMs: 0 });
    const err = await c.summary('Kastrel').catch((e: unknown) => e);
    expect(isWikiError(err, 'http')).toBe(true);
    expect(wiki().requests).toHaveLength(3);
    expect(slept.filter((ms) => ms >= 100)).toEqual([100, 200]);
  });

  it('recovers when a 503 clears before the retries run out', async () => {
    wiki().setMode({ kind: 'error', status: 503, times: 1 });
    expect((await client({ backoffMs: 10 }).c.summary('Kastrel')).status).toBe('ok');
  });

  it('times out a slow server', async () => {
    wiki().setMode({ kind: 'slow', delayMs: 3000 });
    const started = Date.now();
    const err = await client({ timeoutMs: 150 })
      .c.summary('Kastrel')
      .catch((e: unknown) => e);
    expect(isWikiError(err, 'timeout')).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops when the caller aborts (the popup closed)', async () => {
    wiki().setMode({ kind: 'slow', delayMs: 3000 });
    const ctrl = new AbortController();
    setTimeout(() => ctrl.abort(), 50);
    const err = await client()
      .c.summary('Kastrel', ctrl.signal)
      .catch((e: unknown) => e);
    expect(isWikiError(err, 'aborted')).toBe(true);
  });

  it('reports a body that is not JSON as malformed', async () => {
    wiki().setMode({ kind: 'malformed' });
    const err = await client()
      .c.summary('Kastrel')
      .catch((e: unknown) => e);
    expect(isWikiError(err, 'malformed')).toBe(true);
    const err2 = await client()
      .c.search('Kastrel')
      .catch((e: unknown) => e);
    expect(isWikiError(err2, 'malformed')).toBe(true);
  });

  it('reports a network failure when nothing listens', async () => {
    const closed = await startFakeWiki();
    await closed.close();
    const c = createWikiClient({
      fetch,
      endpoints: { lang: 'en', wikipediaBase: closed.url },
      userAgent: 'LedeTest/1.0',
      sleep: async () => {},
      retries: 1,
    });
    const err = await c.summary('Kastrel').catch((e: unknown) => e);
    expect(isWikiError(err, 'network')).toBe(true);
  });
});

describe('politeness', () => {
  it('sends one request at a time per host, spaced by the minimum interval', async () => {
    const { c, slept } = client({ minIntervalMs: 250 });
    await Promise.all([
      c.summary('Kastrel'),
      c.summary('Orlan'),
      c.summary('Free Orlan Movement'),
      c.search('MFO'),
    ]);
    expect(wiki().requests.every((r) => r.inFlight === 1)).toBe(true);
    // The fake clock does not move between requests except by sleeping, so each later request waits 250 ms.
    expect(slept.filter((ms) => ms === 250).length).toBeGreaterThanOrEqual(3);
  });
});

describe('switch and cache', () => {
  it('makes no request at all when lookups are off', async () => {
    const { c } = client({ enabled: () => false });
    const errs = await Promise.all([
      c.summary('Kastrel').catch((e: unknown) => e),
      c.search('MFO').catch((e: unknown) => e),
      c.entities(['Q9000010']).catch((e: unknown) => e),
    ]);
    expect(errs.every((e) => isWikiError(e, 'off'))).toBe(true);
    expect(wiki().requests).toHaveLength(0);
  });

  it('answers a repeated lookup from the cache', async () => {
    const { c } = client({ cache: new MemoryCache() });
    await c.summary('Kastrel');
    await c.summary('Kastrel');
    expect(wiki().requests).toHaveLength(1);
  });

  it('keeps answers across a new client over the same storage (a service-worker restart)', async () => {
    const store = new MemoryStore();
    await client({ cache: new StorageCache(store) }).c.summary('Kastrel');
    const again = await client({ cache: new StorageCache(store) }).c.summary('Kastrel');
    expect(again.description).toBe('Town in Albania');
    expect(wiki().requests).toHaveLength(1);
  });

  it('still answers when the storage behind the cache fails (quota exceeded)', async () => {
    const failing = {
      get: () => Promise.reject(new Error('storage unavailable')),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      remove: () => Promise.resolve(),
    };
    const s = await client({ cache: new StorageCache(failing) }).c.summary('Kastrel');
    expect(s.status).toBe('ok');
  });

  it('does not cache failures', async () => {
    wiki().setMode({ kind: 'malformed' });
    const { c } = client();
    await c.summary('Kastrel').catch(() => undefined);
    wiki().setMode({ kind: 'normal' });
    expect((await c.summary('Kastrel')).status).toBe('ok');
  });
});
