// @vitest-environment jsdom
/** @jsxImportSource preact */
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App';
import { click, mount, settle } from './render';
import { ARTICLE, fakeApi, NOTES, OK, PARAGRAPHS } from './sample';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());
beforeAll(() => {
  // jsdom has no layout: scrolling is a no-op here, focus and classes are what the tests check.
  Element.prototype.scrollIntoView = function () {};
});

async function reader(api = fakeApi([OK]), host: 'popup' | 'tab' = 'popup') {
  const m = await mount(<App api={api} host={host} synth={null} />);
  cleanup = m.unmount;
  await settle();
  return m.root;
}

describe('Reader', () => {
  it('shows title, byline, date in the locale, site, reading time and the paragraphs', async () => {
    const root = await reader();
    expect(root.querySelector('h1.lede-title')!.textContent).toBe(ARTICLE.title);
    const meta = root.querySelector('.lede-meta')!.textContent!;
    expect(meta).toContain('Mara Quill');
    expect(meta).toContain(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date('2026-03-02T00:00:00Z'),
      ),
    );
    expect(meta).toContain('1 min read');
    expect(root.querySelector('.lede-site')!.textContent).toBe('The Coastal Courier');
    const ps = [...root.querySelectorAll('.lede-body p')].map((p) => p.textContent);
    expect(ps[0]).toBe(PARAGRAPHS[0]);
    expect(ps[ps.length - 1]).toBe(PARAGRAPHS[3]);
    expect(root.querySelector('article.lede-article')!.getAttribute('lang')).toBe('en');
    expect(root.querySelector('main')).not.toBeNull();
    expect(root.querySelectorAll('main')).toHaveLength(1);
    expect(root.querySelector('main section[aria-label="Notes on groups and places"]')).not.toBeNull();
  });

  it('opens links in a new tab without opener or referrer', async () => {
    const root = await reader();
    const a = root.querySelector<HTMLAnchorElement>('.lede-body a')!;
    expect(a.target).toBe('_blank');
    expect(a.rel).toBe('noopener noreferrer');
  });

  it('renders right-to-left articles right to left', async () => {
    const rtl = { ...OK, article: { ...ARTICLE, lang: 'ar', dir: 'rtl' as const } };
    const root = await reader(fakeApi([rtl]));
    expect(root.querySelector('article.lede-article')!.getAttribute('dir')).toBe('rtl');
  });

  it('lists groups and places in sections, most salient first, with names, aliases and counts', async () => {
    const root = await reader();
    const sections = [...root.querySelectorAll('.lede-notes-section')];
    expect(sections.map((s) => s.getAttribute('data-kind'))).toEqual(['group', 'place']);
    const names = (s: Element) => [...s.querySelectorAll('.lede-note-name')].map((h) => h.textContent);
    expect(names(sections[0]!)).toEqual(['Harbour Workers Union', 'Coastal Transit Authority']);
    expect(names(sections[1]!)).toEqual(['Port Ellis', 'Valmora']);
    const cta = root.querySelector('[data-note="cta"].lede-note')!;
    expect(cta.querySelector('.lede-aliases')!.textContent).toBe('Also: CTA');
    expect(cta.querySelector('.lede-count')!.textContent).toMatch(/^2 mentions/);
    expect(root.querySelector('[data-note="hwu"] .lede-context q')!.textContent).toBe(
      'the largest dockers’ group on the coast',
    );
  });

  it('shows summary source, licence, link and a marker when the match is unsure', async () => {
    const root = await reader();
    const v = root.querySelector('[data-note="valmora"].lede-note')!;
    expect(v.querySelector('.lede-unsure')).not.toBeNull();
    const link = v.querySelector<HTMLAnchorElement>('.lede-source a')!;
    expect(link.href).toBe('https://en.wikipedia.org/wiki/Valmora');
    expect(link.rel).toBe('noopener noreferrer');
    expect(v.querySelector('.lede-source')!.textContent).toContain('CC BY-SA 4.0');
    expect(root.querySelector('[data-note="port-ellis"].lede-note .lede-unsure')).toBeNull();
  });

  it('marks mentions in the text, one tab stop per note', async () => {
    const root = await reader();
    const marks = [...root.querySelectorAll<HTMLElement>('.lede-body mark.lede-mention')];
    expect(marks.length).toBe(8);
    const valmora = marks.filter((m) => m.dataset.note === 'valmora');
    expect(valmora.map((m) => m.tabIndex)).toEqual([0, -1]);
  });

  it('shows the note when a mention is focused and opens it when activated', async () => {
    const root = await reader();
    const mark = root.querySelector<HTMLElement>('mark[data-note="hwu"]')!;
    await act(async () => {
      mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    });
    const peek = root.querySelector('[role="tooltip"]')!;
    expect(peek.textContent).toContain('Harbour Workers Union');
    expect(mark.getAttribute('aria-describedby')).toBe(peek.id);
    await click(mark);
    expect(root.querySelector('.lede-layout')!.getAttribute('data-panel')).toBe('notes');
    expect(root.querySelector('.lede-note-open')!.getAttribute('data-note')).toBe('hwu');
    expect(document.activeElement?.getAttribute('data-note')).toBe('hwu');
  });

  it('steps through a note’s mentions from its count', async () => {
    const root = await reader();
    const count = () => root.querySelector<HTMLButtonElement>('[data-note="valmora"] .lede-count')!;
    await click(count());
    const marks = [...root.querySelectorAll<HTMLElement>('mark[data-note="valmora"]')];
    expect(document.activeElement).toBe(marks[0]);
    expect(marks[0]!.classList.contains('lede-current')).toBe(true);
    expect(root.querySelector('.lede-layout')!.getAttribute('data-panel')).toBe('article');
    await click(count());
    expect(document.activeElement).toBe(marks[1]);
    expect(count().textContent).toMatch(/2 of 2/);
    await click(count());
    expect(document.activeElement).toBe(marks[0]);
  });

  it('jumps from what the story says to its paragraph', async () => {
    const root = await reader();
    await click(root.querySelector('[data-note="hwu"] .lede-jump'));
    const target = [...root.querySelectorAll('.lede-body p')][1]!;
    expect(document.activeElement).toBe(target);
    expect(target.classList.contains('lede-flash')).toBe(true);
  });

  it('applies appearance changes at once and saves them', async () => {
    const api = fakeApi([OK]);
    const root = await reader(api);
    const rootEl = root.querySelector<HTMLElement>('.lede-root')!;
    await click([...root.querySelectorAll('button')].find((b) => b.title === 'Appearance'));
    await click(root.querySelector('input[name="lede-theme"][value="dark"]'));
    expect(rootEl.dataset.theme).toBe('dark');
    await click(root.querySelector('input[name="lede-font"][value="dyslexic"]'));
    expect(rootEl.dataset.font).toBe('dyslexic');
    const size = root.querySelector<HTMLInputElement>('input[name="fontSize"]')!;
    await act(async () => {
      size.value = '24';
      size.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(rootEl.style.getPropertyValue('--lede-font-size')).toBe('24px');
    await new Promise((r) => setTimeout(r, 400));
    expect(Object.assign({}, ...api.saved)).toMatchObject({
      theme: 'dark',
      fontFamily: 'dyslexic',
      fontSize: 24,
    });
  });

  it('follows settings changed elsewhere', async () => {
    const api = fakeApi([OK]);
    const root = await reader(api);
    await act(async () => api.emit({ ...(await api.loadSettings()), theme: 'sepia', lineWidth: 60 }));
    const rootEl = root.querySelector<HTMLElement>('.lede-root')!;
    expect(rootEl.dataset.theme).toBe('sepia');
    expect(rootEl.style.getPropertyValue('--lede-measure')).toBe('60ch');
  });

  it('offers "open in tab" in the popup only, through the API', async () => {
    let opened = 0;
    const api = fakeApi([OK]);
    api.openInTab = async () => {
      opened++;
    };
    const root = await reader(api);
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'Open in tab'));
    expect(opened).toBe(1);
    cleanup?.();
    const tab = await reader(api, 'tab');
    expect([...tab.querySelectorAll('button')].some((b) => b.textContent === 'Open in tab')).toBe(false);
    expect(document.title).toContain(ARTICLE.title);
  });

  it('says quietly why summaries are missing when offline', async () => {
    const api = fakeApi([OK], NOTES);
    api.isOffline = () => true;
    const root = await reader(api);
    expect(root.querySelector('.lede-hint')!.textContent).toMatch(/offline/);
  });

  it('draws a pin per place with coordinates; a pin opens its note', async () => {
    const root = await reader();
    await settle(6);
    const pins = [...root.querySelectorAll<SVGGElement>('.lede-pin')];
    expect(pins.map((p) => p.getAttribute('data-note')).sort()).toEqual(['port-ellis', 'valmora']);
    await act(async () => {
      pins
        .find((p) => p.getAttribute('data-note') === 'valmora')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    await settle();
    expect(root.querySelector('.lede-note-open')!.getAttribute('data-note')).toBe('valmora');
  });
});

describe('lead image', () => {
  it('is shown once: not again when the body has the same picture under another extension', async () => {
    const withLead = (src: string) => ({
      ...OK,
      article: { ...ARTICLE, leadImage: { src, alt: 'Harbour' } },
    });
    let root = await reader(fakeApi([withLead('https://example.org/uploads/harbour.webp')]));
    expect(root.querySelector('.lede-lead')).toBeNull();
    cleanup?.();
    root = await reader(fakeApi([withLead('https://example.org/uploads/ferry-quay.jpg')]));
    const img = root.querySelector<HTMLImageElement>('.lede-lead img')!;
    expect(img.getAttribute('src')).toBe('https://example.org/uploads/ferry-quay.jpg');
    await act(async () => {
      img.dispatchEvent(new Event('error'));
    });
    expect(root.querySelector('.lede-lead')).toBeNull();
  });
});

describe('keyboard', () => {
  it('closes the appearance panel with Escape and returns focus to its button', async () => {
    const root = await reader();
    const button = root.querySelector<HTMLButtonElement>('button[aria-controls="lede-appearance"]')!;
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const radio = root.querySelector<HTMLInputElement>('input[name="lede-theme"]')!;
    radio.focus();
    await act(async () => {
      radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await settle();
    expect(root.querySelector('.lede-appearance')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('opens a note from a mention with Enter', async () => {
    const root = await reader();
    const mark = root.querySelector<HTMLElement>('mark[data-note="port-ellis"]')!;
    await act(async () => {
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect(root.querySelector('.lede-note-open')!.getAttribute('data-note')).toBe('port-ellis');
  });
});
