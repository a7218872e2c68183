// @vitest-environment jsdom
/** @jsxImportSource preact */
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import { click, mount } from './render';
import { ARTICLE, DETECTION, fakeApi, OK } from './sample';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function app(api: ReturnType<typeof fakeApi>) {
  const m = await mount(<App api={api} host="popup" synth={null} />);
  cleanup = m.unmount;
  return m.root;
}

describe('App states', () => {
  it('shows a skeleton, never a blank view, while the page is read', async () => {
    const api = fakeApi([OK]);
    api.read = () => new Promise(() => undefined);
    const root = await app(api);
    expect(root.querySelector('.lede-skeleton')).not.toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/Reading the page/);
  });

  it('explains a page that is not an article and shows it anyway on request', async () => {
    const api = fakeApi([
      {
        state: 'not-article',
        url: 'https://x.example/',
        detection: {
          isArticle: false,
          isNews: false,
          score: 0.12,
          signals: [
            { id: 'links', weight: -2, note: 'mostly links' },
            { id: 'og', weight: 0.3, note: 'og:type is website' },
          ],
        },
        article: { ...ARTICLE, title: 'Home' },
      },
      OK,
    ]);
    const root = await app(api);
    const msg = root.querySelector('[data-state="not-article"]')!;
    expect(msg.textContent).toMatch(/does not look like an article/);
    expect(msg.textContent).toMatch(/88% sure/);
    const items = [...msg.querySelectorAll('.lede-signals li')].map((li) => li.textContent);
    expect(items[0]).toMatch(/−\s*mostly links/);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Show anyway'));
    expect(api.reads).toEqual([false, true]);
    expect(root.querySelector('.lede-title')!.textContent).toBe(ARTICLE.title);
  });

  it('says when extraction failed and retries', async () => {
    const api = fakeApi([{ state: 'failed', url: 'https://x.example/', message: 'Boom.' }, OK]);
    const root = await app(api);
    expect(root.querySelector('[data-state="failed"]')!.textContent).toMatch(/Extraction failed.*Boom\./);
    await click(root.querySelector('[data-state="failed"] button'));
    expect(api.reads).toEqual([false, false]);
    expect(root.querySelector('.lede-title')).not.toBeNull();
  });

  it('explains restricted pages without offering a retry', async () => {
    const api = fakeApi([
      { state: 'restricted', url: 'chrome://settings', reason: 'Browser pages are protected.' },
    ]);
    const root = await app(api);
    const msg = root.querySelector('[data-state="restricted"]')!;
    expect(msg.textContent).toMatch(/Browser pages are protected/);
    expect(msg.querySelector('button')).toBeNull();
  });

  it('shows an error from the API as a message with retry', async () => {
    const api = fakeApi([]);
    const root = await app(api);
    expect(root.querySelector('[data-state="error"]')!.textContent).toMatch(/no result/);
  });

  it('offers "no content" pages a forced read', async () => {
    const api = fakeApi([{ state: 'no-content', url: 'https://x.example/', detection: DETECTION }, OK]);
    const root = await app(api);
    await click(root.querySelector('[data-state="no-content"] button'));
    expect(api.reads).toEqual([false, true]);
  });
});
