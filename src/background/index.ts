/** Background entry (service worker in Chrome, event page in Firefox): migrations, messages, badge. */
import browser from 'webextension-polyfill';
import { browserAreas } from '../shared/browser-settings';
import { listen } from '../shared/messaging';
import { migrateStored } from '../shared/settings-store';
import { readTab } from './read-tab';
import { isDetected, isTabRead } from './validators';

browser.runtime.onInstalled.addListener(() => {
  migrateStored(browserAreas()).catch((err: unknown) =>
    console.error('Lede: settings migration failed', err),
  );
});

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
  },
  { 'tab/read': isTabRead, 'page/detected': isDetected },
  (kind) => kind !== 'foreign',
);
