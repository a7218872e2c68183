// @vitest-environment jsdom
/** @jsxImportSource preact */
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Options } from '../../../src/options/Options';
import { click, mount, settle } from '../ui/render';
import { fakeOptionsApi, useEnglish, type FakeOptions } from './fake-options-api';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());
beforeAll(useEnglish);

async function page(fake: FakeOptions) {
  const m = await mount(<Options api={fake.api} />);
  cleanup = m.unmount;
  return m.root;
}

async function type(input: Element | null, value: string, event = 'input') {
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement))
    throw new Error('no input');
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

async function submit(form: Element | null) {
  await act(async () => {
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

describe('options page: sites', () => {
  it('adds a typed site (asking for its origins) and lists it', async () => {
    const fake = fakeOptionsApi();
    const root = await page(fake);
    expect(root.querySelector('[data-empty]')).not.toBeNull();
    await type(root.querySelector('input[name=host]'), 'https://News.Example.org/front-page');
    await submit(root.querySelector('form.site-add'));
    expect(fake.requests).toEqual([['http://news.example.org/*', 'https://news.example.org/*']]);
    expect(fake.settings().sites).toEqual([{ host: 'news.example.org', subdomains: false }]);
    expect(root.querySelector('li[data-host="news.example.org"]')).not.toBeNull();
  });
  it('says so when the permission is refused, and adds nothing', async () => {
    const fake = fakeOptionsApi();
    fake.answer.allow = false;
    const root = await page(fake);
    await type(root.querySelector('input[name=host]'), 'paper.test');
    await submit(root.querySelector('form.site-add'));
    expect(fake.settings().sites).toEqual([]);
    expect(root.querySelector('[data-status=sites]')?.textContent).toMatch(/not given/);
  });
  it('rejects input that is no host without asking for anything', async () => {
    const fake = fakeOptionsApi();
    const root = await page(fake);
    await type(root.querySelector('input[name=host]'), 'not a host!');
    await submit(root.querySelector('form.site-add'));
    expect(fake.requests).toEqual([]);
    expect(root.querySelector('[data-status=sites]')?.textContent).toContain('not a host!');
  });
  it('removes a site, and flags a site whose permission is missing', async () => {
    const fake = fakeOptionsApi({
      sites: [
        { host: 'a.test', subdomains: false },
        { host: 'b.test', subdomains: false },
      ],
    });
    fake.granted.add('http://a.test/*').add('https://a.test/*');
    const root = await page(fake);
    expect(root.querySelector('li[data-host="a.test"] .site-allow')).toBeNull();
    expect(root.querySelector('li[data-host="b.test"] .site-allow')).not.toBeNull();
    await click(root.querySelector('li[data-host="a.test"] .site-remove'));
    expect(fake.settings().sites.map((s) => s.host)).toEqual(['b.test']);
    expect(fake.granted.size).toBe(0);
    expect(root.querySelector('li[data-host="a.test"]')).toBeNull();
  });
  it('imports a pasted list in one permission request and reports unreadable lines', async () => {
    const fake = fakeOptionsApi();
    const root = await page(fake);
    await type(root.querySelector('textarea'), '*.paper.test\nnews.example.org\n??\n');
    const button = [...root.querySelectorAll('details button')].find((b) =>
      b.textContent?.includes('Add the sites'),
    );
    await click(button);
    expect(fake.requests).toHaveLength(1);
    expect(fake.settings().sites).toEqual([
      { host: 'paper.test', subdomains: true },
      { host: 'news.example.org', subdomains: false },
    ]);
    expect(root.querySelector('[data-status=sites]')?.textContent).toContain('??');
  });
});

describe('options page: settings', () => {
  it('saves auto mode and follows a change made in another page', async () => {
    const fake = fakeOptionsApi();
    const root = await page(fake);
    await click(root.querySelector('input[name=autoMode][value=news]'));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(fake.settings().autoMode).toBe('news');
    await act(async () => fake.externalChange({ fontSize: 27 }));
    await settle();
    expect((root.querySelector('input[name=fontSize]') as HTMLInputElement).value).toBe('27');
  });
  it('shows the appearance live in the preview', async () => {
    const fake = fakeOptionsApi();
    const root = await page(fake);
    await type(root.querySelector('input[name=fontSize]'), '30');
    const preview = root.querySelector('.preview-page') as HTMLElement;
    expect(preview.style.fontSize).toBe('30px');
    await act(async () => {
      const select = root.querySelector('select[name=theme]') as HTMLSelectElement;
      select.value = 'sepia';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(preview.dataset.theme).toBe('sepia');
  });
  it('keeps an invalid endpoint or language out of the settings', async () => {
    const fake = fakeOptionsApi({ lookups: 'on' });
    const root = await page(fake);
    await type(root.querySelector('input[name=customEndpoint]'), 'wiki.example.org');
    await type(root.querySelector('input[name=wikiLang]'), 'de');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 300));
    });
    expect(fake.settings().customEndpoint).toBe('');
    expect(fake.settings().wikiLang).toBe('de');
    expect(root.querySelector('#endpoint-help')?.textContent).toMatch(/http/);
  });
  it('clears the cache and shows the shortcut with how to change it', async () => {
    const fake = fakeOptionsApi();
    const root = await page(fake);
    await click(root.querySelector('[data-action=clear-cache]'));
    expect(fake.cacheEntries).toBe(0);
    expect(root.textContent).toContain('Removed 7 cached lookups.');
    expect(root.querySelector('[data-shortcut]')?.textContent).toBe('Alt+Shift+R');
    expect(root.querySelector('[data-section=shortcut] li.current')?.textContent).toContain('about:addons');
  });
});

describe('options page: allowing a listed site', () => {
  it('asks for the permission and drops the "Allow" button once granted', async () => {
    const fake = fakeOptionsApi({ sites: [{ host: 'b.test', subdomains: false }] });
    const root = await page(fake);
    await click(root.querySelector('li[data-host="b.test"] .site-allow'));
    expect(fake.requests).toEqual([['http://b.test/*', 'https://b.test/*']]);
    expect(root.querySelector('li[data-host="b.test"] .site-allow')).toBeNull();
    expect(root.querySelector('li[data-host="b.test"] .site-warn')).toBeNull();
  });
});

describe('options page: permission revoked in the browser', () => {
  it('flags the site without a reload', async () => {
    const fake = fakeOptionsApi({ sites: [{ host: 'a.test', subdomains: false }] });
    fake.granted.add('http://a.test/*').add('https://a.test/*');
    const root = await page(fake);
    expect(root.querySelector('li[data-host="a.test"] .site-allow')).toBeNull();
    await act(async () => fake.revokeOutside(['https://a.test/*']));
    await settle();
    expect(root.querySelector('li[data-host="a.test"] .site-allow')).not.toBeNull();
  });
});
