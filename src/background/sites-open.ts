/**
 * The auto-mode script's request to open the overlay: the background injects the (large) overlay
 * script only now, into the requesting tab's top frame, and only on a site the user registered.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { browserAreas } from '../shared/browser-settings';
import { loadSettings } from '../shared/settings-store';
import { siteForUrl } from '../shared/sites';

export const OVERLAY_SCRIPT = 'content/overlay.js';

/** Injects the overlay into the sender's tab; refuses frames, unknown sites and auto mode off. */
export async function openOverlay(sender: Runtime.MessageSender): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0)
    throw new Error('Only a top-level page may open the reader');
  const settings = await loadSettings(browserAreas());
  // The sender's URL comes from the browser, not from the page: a page cannot claim another site.
  if (settings.autoMode === 'off' || !sender.url || !siteForUrl(settings.sites, sender.url)) {
    throw new Error('This site is not in Lede’s auto-mode list');
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [OVERLAY_SCRIPT] });
  return null;
}
