/** Background entry (service worker in Chrome, event page in Firefox): migrations, messages, badge, lookups. */
import browser from 'webextension-polyfill';
import { browserAreas } from '../shared/browser-settings';
import { listen } from '../shared/messaging';
import { loadSettings, migrateStored } from '../shared/settings-store';
import { WIKI_CACHE_PREFIX, wikiOrigins } from '../shared/wiki-endpoints';
import { recordEscapedErrors } from './error-log';
import { readTab } from './read-tab';
import { openOverlay } from './sites-open';
import { watchSiteRegistrations } from './sites-registration';
import {
  isAutoOpen,
  isDetected,
  isTabRead,
  isWikiAccess,
  isWikiEntities,
  isWikiSearch,
  isWikiSummary,
} from './validators';
import { createWikiService } from './wiki-service';

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
/** For the overlay: whether the wiki hosts are granted; if not and `ask`, the options page where to allow them. */
async function wikiAccess(ask: boolean): Promise<boolean> {
  const origins = wikiOrigins(await loadSettings(browserAreas()));
  const granted = await browser.permissions.contains({ origins });
  if (!granted && ask) await browser.runtime.openOptionsPage();
  return granted;
}

// The options page's "clear cache" removes the stored index; the in-memory copy must go with it.
browser.storage.onChanged.addListener((changes, area) => {
  const index = changes[`${WIKI_CACHE_PREFIX}index`];
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
    'page/wiki-summary': (req) => wiki.summary(req),
    'page/wiki-search': (req) => wiki.search(req),
    'page/wiki-entities': (req) => wiki.entities(req),
    'page/wiki-access': ({ ask }) => wikiAccess(ask),
  },
  {
    'tab/read': isTabRead,
    'page/detected': isDetected,
    'auto/open': isAutoOpen,
    'wiki/summary': isWikiSummary,
    'wiki/search': isWikiSearch,
    'wiki/entities': isWikiEntities,
    'page/wiki-summary': isWikiSummary,
    'page/wiki-search': isWikiSearch,
    'page/wiki-entities': isWikiEntities,
    'page/wiki-access': isWikiAccess,
  },
  (kind) => kind !== 'foreign',
);
