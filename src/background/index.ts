/** Background entry (service worker in Chrome, event page in Firefox): migrations, messages, badge. */
import browser from 'webextension-polyfill';
import { browserAreas } from '../shared/browser-settings';
import { listen } from '../shared/messaging';
import { migrateStored } from '../shared/settings-store';
import { readTab } from './read-tab';
import { openOverlay } from './sites-open';
import { watchSiteRegistrations } from './sites-registration';
import { isAutoOpen, isDetected, isTabRead } from './validators';

browser.runtime.onInstalled.addListener(() => {
  migrateStored(browserAreas()).catch((err: unknown) =>
    console.error('Lede: settings migration failed', err),
  );
});

watchSiteRegistrations();

listen(
  {
    'tab/read': ({ tabId, force }) => readTab(tabId, force),
    'page/detected': async ({ detection }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await browser.action.setBadgeText({ tabId, text: detection.isArticle ? '•' : '' });
      }
      return null;
    },
    'auto/open': (_payload, sender) => openOverlay(sender),
  },
  { 'tab/read': isTabRead, 'page/detected': isDetected, 'auto/open': isAutoOpen },
  (kind) => kind !== 'foreign',
);
