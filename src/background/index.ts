/** Background entry (service worker in Chrome, event page in Firefox): migrations, messages, badge, lookups. */
import browser from 'webextension-polyfill';
import { browserAreas } from '../shared/browser-settings';
import { listen } from '../shared/messaging';
import { loadSettings, migrateStored } from '../shared/settings-store';
import { recordEscapedErrors } from './error-log';
import { readTab } from './read-tab';
import { openOverlay } from './sites-open';
import { watchSiteRegistrations } from './sites-registration';
import { isAutoOpen, isDetected, isTabRead, isWikiEntities, isWikiSearch, isWikiSummary } from './validators';
import { CACHE_PREFIX, createWikiService } from './wiki-service';

recordEscapedErrors(globalThis, browser.storage.local);

browser.runtime.onInstalled.addListener(() => {
  migrateStored(browserAreas()).catch((err: unknown) =>
    console.error('Lede: settings migration failed', err),
  );
});

watchSiteRegistrations();

const manifest = browser.runtime.getManifest();
const wiki = createWikiService({
  fetch: (url, init) => fetch(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer' }),
  store: browser.storage.local,
  settings: () => loadSettings(browserAreas()),
  granted: (origins) => browser.permissions.contains({ origins }),
  userAgent: `Lede/${manifest.version} (${manifest.homepage_url ?? 'browser extension'})`,
});
// The options page's "clear cache" removes the stored index; the in-memory copy must go with it.
browser.storage.onChanged.addListener((changes, area) => {
  const index = changes[`${CACHE_PREFIX}index`];
  if (area === 'local' && index && index.newValue === undefined) wiki.forgetCache();
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
    'auto/open': (_payload, sender) => openOverlay(sender),
    'wiki/summary': (req) => wiki.summary(req),
    'wiki/search': (req) => wiki.search(req),
    'wiki/entities': (req) => wiki.entities(req),
  },
  {
    'tab/read': isTabRead,
    'page/detected': isDetected,
    'auto/open': isAutoOpen,
    'wiki/summary': isWikiSummary,
    'wiki/search': isWikiSearch,
    'wiki/entities': isWikiEntities,
  },
  (kind) => kind !== 'foreign',
);
