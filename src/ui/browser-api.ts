/** The ReaderApi over real extension messaging and storage. */
import browser from 'webextension-polyfill';
import type { Article, Note } from '../core/types';
import { browserAreas, watchSettings } from '../shared/browser-settings';
import { sendToBackground } from '../shared/messaging';
import { browserSiteApi } from '../shared/site-actions';
import { loadSettings, updateSettings } from '../shared/settings-store';
import { wikiEndpoints, wikiOrigins } from '../shared/wiki-endpoints';
import type { OnlineApi, ReaderApi } from './api';
import { messageWikiClient, type WikiSend } from './message-wiki-client';

/** The tab id a reader page was opened for (`?tab=ID`), or null in the popup. */
export function tabFromUrl(search: string): number | null {
  const fromUrl = new URLSearchParams(search).get('tab');
  return fromUrl && /^\d+$/.test(fromUrl) ? Number(fromUrl) : null;
}

async function activeTabId(): Promise<number> {
  const fromUrl = tabFromUrl(location.search);
  if (fromUrl !== null) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab');
  return tab.id;
}

/** Builds notes in the extension page; the recogniser and gazetteer load only now, not with the page script. */
async function notes(article: Article): Promise<Note[]> {
  const [{ buildNotes }, { loadGazetteer }] = await Promise.all([
    import('../core/notes'),
    import('../core/knowledge'),
  ]);
  return buildNotes(article, { gazetteer: loadGazetteer() });
}

/** Opens the reader page for the same tab next to it, then closes the popup. */
async function openInTab(): Promise<void> {
  const tabId = await activeTabId();
  const tab = await browser.tabs.get(tabId);
  await browser.tabs.create({
    url: browser.runtime.getURL(`reader/index.html?tab=${tabId}`),
    index: tab.index + 1,
    ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
  window.close();
}

/** Online background through the background script; the permission prompt comes from the reader's click. */
export function browserOnlineApi(): OnlineApi {
  return {
    granted: (s) => browser.permissions.contains({ origins: wikiOrigins(s) }),
    request: (s) => browser.permissions.request({ origins: wikiOrigins(s) }),
    async lookup(notes, s, onEach, signal) {
      const { runLookups } = await import('./online-lookups');
      await runLookups(notes, messageWikiClient(sendToBackground, wikiEndpoints(s)), onEach, signal);
    },
  };
}

/**
 * Online background for the in-page overlay (a content script): the same lookups through the background,
 * under the page-side message names. A content script cannot show the permission prompt, so "allow"
 * opens the options page, where the user can grant it; the overlay then picks the grant up on next open.
 */
export function pageOnlineApi(): OnlineApi {
  const send: WikiSend = (type, payload) => {
    const page = {
      'wiki/summary': 'page/wiki-summary',
      'wiki/search': 'page/wiki-search',
      'wiki/entities': 'page/wiki-entities',
    } as const;
    return sendToBackground(page[type], payload as never) as never;
  };
  return {
    granted: () => sendToBackground('page/wiki-access', { ask: false }),
    request: () => sendToBackground('page/wiki-access', { ask: true }),
    async lookup(notes, s, onEach, signal) {
      const { runLookups } = await import('./online-lookups');
      await runLookups(notes, messageWikiClient(send, wikiEndpoints(s)), onEach, signal);
    },
  };
}

export function browserReaderApi(): ReaderApi {
  return {
    read: async (force) => sendToBackground('tab/read', { tabId: await activeTabId(), force }),
    notes,
    loadSettings: () => loadSettings(browserAreas()),
    saveSettings: (patch) => updateSettings(browserAreas(), patch),
    watchSettings,
    openInTab,
    site: browserSiteApi(),
    online: browserOnlineApi(),
  };
}
