// @vitest-environment jsdom
/** @jsxImportSource preact */
/**
 * The reader's online background with a fake OnlineApi: nothing is looked up before the user says yes;
 * "yes" asks for access in the click and stores the answer before the first lookup; backgrounds fill the
 * notes in as they arrive, with attribution, and an unsure link lists its alternatives; "no" and a missing
 * permission send nothing.
 */
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import catalogue from '../../../public/_locales/en/messages.json';
import { catalogueTranslate, setTranslator } from '../../../src/shared/i18n';
import type { Note } from '../../../src/core/types';
import { DEFAULTS, type Settings } from '../../../src/shared/settings-schema';
import type { LookedUp, OnlineApi } from '../../../src/ui/api';
import { acceptOnlyTrustedEvents } from '../../../src/content/overlay/trusted-only';
import { App } from '../../../src/ui/App';
import { click, mount, settle } from './render';
import { fakeApi, NOTES, OK, type FakeApi } from './sample';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());
beforeAll(() => {
  Element.prototype.scrollIntoView = function () {};
  setTranslator(catalogueTranslate(catalogue));
});
afterAll(() => setTranslator(null));

interface FakeOnline extends OnlineApi {
  log: string[];
  grant: boolean;
}

/** Answers: the Harbour Workers Union gets a Wikipedia summary, Valmora an unsure link with alternatives. */
function fakeOnline(api: FakeApi, grant = true): FakeOnline {
  const online: FakeOnline = {
    log: [],
    grant,
    granted: async () => {
      online.log.push('granted?');
      return online.grant;
    },
    request: async (s) => {
      // Recorded before any await in the caller: the browser's prompt needs the click.
      online.log.push(`request:${s.customEndpoint || 'public'}:saved=${api.saved.length}`);
      online.grant = true;
      return true;
    },
    lookup: async (notes: Note[], s: Settings, onEach: (x: LookedUp) => void) => {
      online.log.push(`lookup:${s.lookups}:stored=${api.saved.some((p) => p.lookups === 'on')}`);
      for (const n of notes) {
        const note = structuredClone(n);
        if (n.id === 'hwu') {
          note.summary = {
            text: 'The Harbour Workers Union is a dockers’ union in this test.',
            source: 'wikipedia',
            url: 'https://en.wikipedia.org/wiki/Harbour_Workers_Union',
            licence: 'CC BY-SA 4.0',
            retrieved: '2026-11-29',
            confidence: 0.9,
          };
          onEach({ note, verdict: { confidence: 0.9, low: false, alternatives: [] } });
        } else if (n.id === 'port-ellis') {
          onEach({
            note,
            verdict: {
              confidence: 0.3,
              low: true,
              alternatives: [
                {
                  label: 'Port Ellis',
                  description: 'town in Scotland',
                  url: 'https://en.wikipedia.org/wiki/Port_Ellis',
                },
                { label: 'Port Ellis (ship)', url: null },
              ],
            },
          });
        }
      }
    },
  };
  return online;
}

async function reader(settings: Partial<Settings>, grant = true, host: 'tab' | 'popup' | 'overlay' = 'tab') {
  const api = fakeApi([OK], NOTES, { ...DEFAULTS, ...settings });
  const online = fakeOnline(api, grant);
  api.online = online;
  // The overlay mounts in a shadow root that lets only trusted events through, as src/content/overlay does.
  const guard = new AbortController();
  const m = await mount(
    <App api={api} host={host} synth={null} />,
    host === 'overlay' ? (shadow) => acceptOnlyTrustedEvents(shadow, guard.signal) : undefined,
  );
  cleanup = m.unmount;
  await settle();
  return { root: m.root, api, online };
}

const card = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`.lede-note[data-note="${id}"]`)!;

describe('online background in the reader', () => {
  it('asks first, in one sentence, and looks nothing up before the answer', async () => {
    const { root, online } = await reader({});
    const box = root.querySelector('[data-lede="lookup"][data-state="ask"]')!;
    expect(box.getAttribute('role')).toBe('group');
    expect(box.querySelectorAll('button')).toHaveLength(2);
    expect(online.log).toEqual([]);
  });

  it('in the in-page overlay, ignores clicks a page script makes (the page cannot answer for the reader)', async () => {
    const { root, api, online } = await reader({}, true, 'overlay');
    // element.click() from script is an untrusted event, as a page's own click() on our shadow root would be.
    await click(root.querySelector('[data-lede="lookups-yes"]'));
    await settle(5);
    expect(api.saved.some((p) => 'lookups' in p)).toBe(false);
    expect(online.log).toEqual([]);
    expect(root.querySelector('[data-lede="lookup"]')!.getAttribute('data-state')).toBe('ask');
  });

  it('marks the Notes switch while the question waits, and drops the mark once answered', async () => {
    const { root } = await reader({}, true, 'popup');
    const notesSwitch = () =>
      root.querySelector<HTMLButtonElement>('.lede-switch-button[aria-controls="lede-notes"]')!;
    expect(notesSwitch().querySelector('.lede-question-dot')).not.toBeNull();
    expect(notesSwitch().textContent).toContain('a question is waiting');
    await click(root.querySelector('[data-lede="lookups-no"]'));
    await settle(5);
    expect(notesSwitch().querySelector('.lede-question-dot')).toBeNull();
  });

  it('"yes" asks for access in the click, stores "on", then fills the notes in with attribution', async () => {
    const { root, api, online } = await reader({});
    await click(root.querySelector('[data-lede="lookups-yes"]'));
    await settle(5);
    expect(online.log[0]).toBe('request:public:saved=0');
    expect(api.saved).toContainEqual({ lookups: 'on' });
    expect(online.log).toContain('lookup:on:stored=true');
    const hwu = card(root, 'hwu');
    expect(hwu.querySelector('.lede-summary')!.getAttribute('data-source')).toBe('wikipedia');
    const source = hwu.querySelector('.lede-source')!.textContent!;
    expect(source).toContain('Wikipedia');
    expect(source).toContain('CC BY-SA 4.0');
    expect(source).toMatch(/retrieved/);
    const links = [...hwu.querySelectorAll<HTMLAnchorElement>('.lede-source a')].map((a) => a.href);
    expect(links).toContain('https://en.wikipedia.org/wiki/Harbour_Workers_Union');
    expect(links).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    // The story's own words stay.
    expect(hwu.querySelector('.lede-context q')!.textContent).toBe('the largest dockers’ group on the coast');
    // Focus went to what replaced the buttons.
    expect(document.activeElement?.getAttribute('data-lede')).toBe('lookup');
  });

  it('says when a link is unsure and offers the alternatives', async () => {
    const { root } = await reader({ lookups: 'on' });
    await settle(5);
    const alt = card(root, 'port-ellis').querySelector('[data-lede="alternatives"]')!;
    expect(alt.querySelector('.lede-unsure')).not.toBeNull();
    const items = [...alt.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['Port Ellis (town in Scotland)', 'Port Ellis (ship)']);
    expect(alt.querySelector('a')!.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Port_Ellis');
  });

  it('stores the answer in turn with a pending appearance change, in one write', async () => {
    const { root, api } = await reader({});
    await click(root.querySelector('[aria-controls="lede-appearance"]'));
    const size = root.querySelector<HTMLInputElement>('input[name="fontSize"]')!;
    await act(async () => {
      size.value = '24';
      size.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(root.querySelector('[data-lede="lookups-yes"]'));
    await settle(5);
    expect(api.saved).toContainEqual({ fontSize: 24, lookups: 'on' });
    // Nothing written later puts the old answer back.
    expect(api.saved.filter((p) => 'lookups' in p).map((p) => p.lookups)).toEqual(['on']);
  });

  it('"no" stores "off" and looks nothing up', async () => {
    const { root, api, online } = await reader({});
    await click(root.querySelector('[data-lede="lookups-no"]'));
    await settle(5);
    expect(api.saved).toContainEqual({ lookups: 'off' });
    expect(online.log).toEqual([]);
    expect(root.querySelector('[data-lede="lookup"]')!.getAttribute('data-state')).toBe('off');
  });

  it('without the host permission, offers "allow access" naming the mirror, and looks nothing up', async () => {
    const { root, online } = await reader(
      { lookups: 'on', customEndpoint: 'https://wiki.example.org' },
      false,
    );
    const box = root.querySelector('[data-lede="lookup"][data-state="permission"]')!;
    expect(box.textContent).toContain('wiki.example.org');
    expect(online.log).toEqual(['granted?']);
    await click(box.querySelector('[data-lede="lookups-allow"]'));
    await settle(5);
    expect(online.log[1]).toBe('request:https://wiki.example.org:saved=0');
    expect(online.log).toContain('lookup:on:stored=true');
  });
});
