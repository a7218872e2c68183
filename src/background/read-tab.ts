/** Handles the popup's request to read a tab: inject the reader script on demand, then ask it to extract. */
import browser from 'webextension-polyfill';
import type { ExtractAnswer } from '../content/reader';
import type { TabReadResult } from '../shared/protocol';
import { restrictionOf } from './restricted';

export const READER_SCRIPT = 'content/reader.js';

/** Reads tab `tabId`; every failure becomes a state the popup can explain, never a rejection. */
export async function readTab(tabId: number, force: boolean): Promise<TabReadResult> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  const reason = restrictionOf(tab.url);
  if (reason) return { state: 'restricted', url, reason };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [READER_SCRIPT] });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // Chrome: "Cannot access contents of …"; Firefox: "Missing host permission for the tab".
    if (/cannot access|permission|cannot be scripted|error page/i.test(message)) {
      return { state: 'restricted', url, reason: 'The browser does not let extensions read this page.' };
    }
    return { state: 'failed', url, message: `Could not start the reader on this page: ${message}` };
  }
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (f: boolean) =>
        globalThis.__ledeExtract?.(f) ?? { ok: false, error: 'The reader script did not load' },
      args: [force],
    });
    const answer = injection?.result as ExtractAnswer | undefined;
    if (!answer || typeof answer !== 'object') throw new Error('The page did not answer');
    if (!answer.ok) throw new Error(answer.error);
    const { detection, article } = answer.value;
    if (!article) return { state: 'no-content', url, detection };
    if (!detection.isArticle && !force) return { state: 'not-article', url, detection, article };
    return { state: 'ok', url, detection, article };
  } catch (err) {
    return { state: 'failed', url, message: err instanceof Error ? err.message : String(err) };
  }
}
