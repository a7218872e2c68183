/** The ReaderApi over real extension messaging and storage. */
import browser from 'webextension-polyfill';
import type { Article, Note } from '../core/types';
import { browserAreas, watchSettings } from '../shared/browser-settings';
import { sendToBackground } from '../shared/messaging';
import { loadSettings, updateSettings } from '../shared/settings-store';
import type { ReaderApi } from './api';

async function activeTabId(): Promise<number> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
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

export function browserReaderApi(): ReaderApi {
  return {
    read: async (force) => sendToBackground('tab/read', { tabId: await activeTabId(), force }),
    notes,
    loadSettings: () => loadSettings(browserAreas()),
    saveSettings: (patch) => updateSettings(browserAreas(), patch),
    watchSettings,
  };
}
