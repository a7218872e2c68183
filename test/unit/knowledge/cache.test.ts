import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../../../src/core/knowledge/wiki/cache';
import { MemoryStore, StorageCache } from '../../../src/core/knowledge/wiki/storage-cache';

function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('MemoryCache', () => {
  it('forgets entries after their TTL', async () => {
    const c = clock();
    const cache = new MemoryCache({ now: c.now });
    await cache.set('a', { x: 1 }, 100);
    expect(await cache.get('a')).toEqual({ x: 1 });
    c.advance(100);
    expect(await cache.get('a')).toBeUndefined();
  });

  it('drops the oldest writes beyond the entry cap and the size cap', async () => {
    const cache = new MemoryCache({ maxEntries: 2 });
    await cache.set('a', 1, 1e6);
    await cache.set('b', 2, 1e6);
    await cache.set('c', 3, 1e6);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('c')).toBe(3);
    const small = new MemoryCache({ maxChars: 20 });
    await small.set('a', 'x'.repeat(10), 1e6);
    await small.set('b', 'y'.repeat(10), 1e6);
    expect(await small.get('a')).toBeUndefined();
    expect(await small.get('b')).toBe('y'.repeat(10));
  });
});

describe('StorageCache', () => {
  it('survives a new instance over the same store (a service-worker restart)', async () => {
    const store = new MemoryStore();
    await new StorageCache(store).set('summary:Kastrel', { title: 'Kastrel' }, 1e6);
    expect(await new StorageCache(store).get('summary:Kastrel')).toEqual({ title: 'Kastrel' });
  });

  it('expires entries and removes them from the store', async () => {
    const c = clock();
    const store = new MemoryStore();
    const cache = new StorageCache(store, { now: c.now });
    await cache.set('k', 'v', 50);
    c.advance(60);
    expect(await cache.get('k')).toBeUndefined();
    expect([...store.data.keys()]).toEqual(['lede.wiki:index']);
  });

  it('keeps under the entry and size caps by evicting the oldest writes', async () => {
    const c = clock();
    const store = new MemoryStore();
    const cache = new StorageCache(store, { now: c.now, maxEntries: 3, prefix: 'p:' });
    for (const k of ['a', 'b', 'c', 'd', 'e']) {
      await cache.set(k, k, 1e6);
      c.advance(1);
    }
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('b')).toBeUndefined();
    expect(await cache.get('e')).toBe('e');
    expect([...store.data.keys()].filter((k) => k !== 'p:index').sort()).toEqual(['p:c', 'p:d', 'p:e']);
    const bytes = new StorageCache(new MemoryStore(), { maxChars: 30 });
    await bytes.set('x', 'a'.repeat(20), 1e6);
    await bytes.set('y', 'b'.repeat(20), 1e6);
    expect(await bytes.get('x')).toBeUndefined();
  });

  it('does not lose writes made concurrently', async () => {
    const store = new MemoryStore();
    const cache = new StorageCache(store);
    await Promise.all(['a', 'b', 'c', 'd'].map((k) => cache.set(k, k, 1e6)));
    const again = new StorageCache(store);
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((k) => again.get(k)))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('starts afresh when the stored index is garbage', async () => {
    const store = new MemoryStore();
    await store.set({ 'lede.wiki:index': 'not an index' });
    const cache = new StorageCache(store);
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('a', 1, 1e6);
    expect(await cache.get('a')).toBe(1);
  });
});
