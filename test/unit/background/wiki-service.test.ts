/**
 * The background's online-lookup handler against the fake wiki server (real fetch on 127.0.0.1): every
 * fault of the server is an answer, never a rejection; "off", "ask" and a missing permission send nothing;
 * the cache in a storage area outlives the service (a service-worker restart).
 */
import { describe, expect, it } from 'vitest';
import { useFakeWiki } from '../../fake-wiki/use-fake-wiki';
import { MemoryStore } from '../../../src/core/knowledge/wiki-client';
import type { FetchLike } from '../../../src/core/knowledge/wiki/http';
import { createWikiService, type WikiServiceDeps } from '../../../src/background/wiki-service';
import { WIKI_CACHE_PREFIX } from '../../../src/shared/wiki-endpoints';
import { DEFAULTS, type Settings } from '../../../src/shared/settings-schema';

const wiki = useFakeWiki();

interface Harness {
  settings: Settings;
  granted: boolean;
  store: MemoryStore;
  asked: string[][];
  slept: number[];
}

function service(h: Partial<Harness> = {}, extra: Partial<WikiServiceDeps> = {}) {
  const state: Harness = {
    settings: { ...DEFAULTS, lookups: 'on', customEndpoint: wiki().url },
    granted: true,
    store: new MemoryStore(),
    asked: [],
    slept: [],
    ...h,
  };
  const svc = createWikiService({
    fetch: (url, init) => fetch(url, init),
    store: state.store,
    settings: async () => state.settings,
    granted: async (origins) => {
      state.asked.push(origins);
      return state.granted;
    },
    userAgent: 'LedeTest/1.0 (background tests)',
    http: {
      timeoutMs: 400,
      minIntervalMs: 0,
      backoffMs: 5,
      sleep: async (ms) => {
        state.slept.push(ms);
      },
    },
    ...extra,
  });
  return { svc, state };
}

describe('wiki service: answers', () => {
  it('reads a summary from the custom endpoint, sending Api-User-Agent and asking for its origin', async () => {
    const { svc, state } = service();
    const a = await svc.summary({ title: 'Kastrel' });
    expect(a.ok).toBe(true);
    if (!a.ok) return;
    expect(a.value).toMatchObject({ status: 'ok', title: 'Kastrel', wikidata: 'Q9000001' });
    expect(a.value.extract).toMatch(/hill town/);
    expect(wiki().requests.map((r) => r.userAgent)).toEqual(['LedeTest/1.0 (background tests)']);
    expect(state.asked[0]).toEqual(['http://127.0.0.1/*']);
  });

  it('searches and reads facts from the mirror’s /w/api.php', async () => {
    const { svc } = service();
    const hits = await svc.search({ name: 'Movement for a Free Orlan' });
    expect(hits).toMatchObject({ ok: true, value: [{ id: 'Q9000010' }] });
    const facts = await svc.entities({ ids: ['Q9000010'] });
    expect(facts).toMatchObject({ ok: true, value: [{ id: 'Q9000010', country: ['Q794'] }] });
    expect(wiki().requests.every((r) => r.path.startsWith('/w/api.php?'))).toBe(true);
  });

  it('follows a redirect, and reports disambiguation and missing pages as answers', async () => {
    const { svc } = service();
    expect(await svc.summary({ title: 'Free Orlan Movement' })).toMatchObject({
      ok: true,
      value: { status: 'ok', title: 'Movement for a Free Orlan' },
    });
    expect(await svc.summary({ title: 'Orlan' })).toMatchObject({
      ok: true,
      value: { status: 'disambiguation' },
    });
    expect(await svc.summary({ title: 'Nowhere At All' })).toMatchObject({
      ok: true,
      value: { status: 'missing' },
    });
  });

  it('waits as Retry-After asks on 429, then answers', async () => {
    const { svc, state } = service();
    wiki().setMode({ kind: 'rate-limit', times: 1, retryAfter: '2' });
    expect(await svc.summary({ title: 'Kastrel' })).toMatchObject({ ok: true, value: { status: 'ok' } });
    expect(state.slept).toContain(2000);
    expect(wiki().requests).toHaveLength(2);
  });

  it.each([
    ['a 500 after retries', { kind: 'error', status: 500 } as const, 'http'],
    [
      'a 429 asking for too long a wait',
      { kind: 'rate-limit', times: 9, retryAfter: '3600' } as const,
      'rate-limited',
    ],
    ['a body that is not JSON', { kind: 'malformed' } as const, 'malformed'],
    ['a server slower than the timeout', { kind: 'slow', delayMs: 1500 } as const, 'timeout'],
  ])('turns %s into an error answer', async (_what, mode, error) => {
    const { svc } = service();
    wiki().setMode(mode);
    await expect(svc.summary({ title: 'Kastrel' })).resolves.toEqual({ ok: false, error });
    await expect(svc.search({ name: 'Kastrel' })).resolves.toEqual({ ok: false, error });
  });

  it('answers "network" when the fetch itself fails, and "internal" when a dependency throws', async () => {
    const failing: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
    const { svc } = service({}, { fetch: failing });
    await expect(svc.summary({ title: 'Kastrel' })).resolves.toEqual({ ok: false, error: 'network' });
    const broken = service({}, { settings: () => Promise.reject(new Error('storage gone')) });
    await expect(broken.svc.search({ name: 'Kastrel' })).resolves.toEqual({ ok: false, error: 'internal' });
  });
});

describe('wiki service: privacy switch and permission', () => {
  it.each(['off', 'ask'] as const)('sends nothing while lookups are "%s"', async (lookups) => {
    const { svc } = service({ settings: { ...DEFAULTS, lookups, customEndpoint: wiki().url } });
    await expect(svc.summary({ title: 'Kastrel' })).resolves.toEqual({ ok: false, error: 'off' });
    await expect(svc.search({ name: 'Kastrel' })).resolves.toEqual({ ok: false, error: 'off' });
    await expect(svc.entities({ ids: ['Q9000001'] })).resolves.toEqual({ ok: false, error: 'off' });
    expect(wiki().requests).toHaveLength(0);
  });

  it('sends nothing without the host permission', async () => {
    const { svc } = service({ granted: false });
    await expect(svc.summary({ title: 'Kastrel' })).resolves.toEqual({ ok: false, error: 'permission' });
    expect(wiki().requests).toHaveLength(0);
  });

  it('stops at once when switched off between two lookups, cached answers included', async () => {
    const { svc, state } = service();
    expect((await svc.summary({ title: 'Kastrel' })).ok).toBe(true);
    state.settings = { ...state.settings, lookups: 'off' };
    await expect(svc.summary({ title: 'Kastrel' })).resolves.toEqual({ ok: false, error: 'off' });
    await expect(svc.summary({ title: 'Orlan' })).resolves.toEqual({ ok: false, error: 'off' });
    expect(wiki().requests).toHaveLength(1);
  });

  it('asks for the public Wikipedia of the chosen language and Wikidata when no mirror is set', async () => {
    const calls: string[] = [];
    const { svc, state } = service(
      { settings: { ...DEFAULTS, lookups: 'on', wikiLang: 'fr' } },
      {
        fetch: async (url) => {
          calls.push(url);
          throw new TypeError('offline in tests');
        },
      },
    );
    await svc.summary({ title: 'Lyon' });
    expect(state.asked[0]).toEqual(['https://fr.wikipedia.org/*', 'https://www.wikidata.org/*']);
    expect(calls[0]).toBe('https://fr.wikipedia.org/api/rest_v1/page/summary/Lyon');
  });
});

describe('wiki service: cache', () => {
  it('answers from the stored cache after a restart (a new service over the same storage)', async () => {
    const store = new MemoryStore();
    const first = service({ store });
    expect((await first.svc.summary({ title: 'Kastrel' })).ok).toBe(true);
    expect((await first.svc.search({ name: 'Kastrel' })).ok).toBe(true);
    expect(wiki().requests).toHaveLength(2);
    expect([...store.data.keys()].every((k) => k.startsWith(WIKI_CACHE_PREFIX))).toBe(true);

    const restarted = service({ store });
    expect(await restarted.svc.summary({ title: 'Kastrel' })).toMatchObject({
      ok: true,
      value: { status: 'ok', title: 'Kastrel' },
    });
    expect(await restarted.svc.search({ name: 'Kastrel' })).toMatchObject({ ok: true });
    expect(wiki().requests).toHaveLength(2);
  });

  it('asks again once the stored cache was cleared elsewhere (options page)', async () => {
    const { svc, state } = service();
    await svc.summary({ title: 'Kastrel' });
    await state.store.remove([...state.store.data.keys()]);
    svc.forgetCache();
    expect((await svc.summary({ title: 'Kastrel' })).ok).toBe(true);
    expect(wiki().requests).toHaveLength(2);
    // …and the fresh index holds only the new entry.
    expect(Object.keys(state.store.data.get(`${WIKI_CACHE_PREFIX}index`) as object)).toHaveLength(1);
  });

  it('writes nothing to storage when the cache size is 0', async () => {
    const { svc, state } = service({
      settings: { ...DEFAULTS, lookups: 'on', customEndpoint: wiki().url, cacheMaxEntries: 0 },
    });
    expect((await svc.summary({ title: 'Kastrel' })).ok).toBe(true);
    expect((await svc.summary({ title: 'Kastrel' })).ok).toBe(true);
    expect(state.store.data.size).toBe(0);
    expect(wiki().requests).toHaveLength(2);
  });

  it('keeps faults out of the cache: a 500 now does not hide the page later', async () => {
    const { svc } = service();
    wiki().setMode({ kind: 'error', status: 500 });
    expect((await svc.summary({ title: 'Kastrel' })).ok).toBe(false);
    wiki().setMode({ kind: 'normal' });
    expect(await svc.summary({ title: 'Kastrel' })).toMatchObject({ ok: true, value: { status: 'ok' } });
  });
});
