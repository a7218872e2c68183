/**
 * Vitest set-up for suites that talk to the fake wiki: one server per suite, back to normal answers and an
 * empty request log after every test, closed at the end. Returns a getter (the server starts in beforeAll).
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFakeWiki, type FakeWiki } from './server';

export function useFakeWiki(): () => FakeWiki {
  let wiki: FakeWiki | null = null;
  beforeAll(async () => {
    wiki = await startFakeWiki();
  });
  afterAll(() => wiki?.close());
  afterEach(() => {
    wiki?.setMode({ kind: 'normal' });
    if (wiki) wiki.requests.length = 0;
  });
  return () => {
    if (!wiki) throw new Error('the fake wiki is used outside a test');
    return wiki;
  };
}
