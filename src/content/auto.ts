/**
 * The auto-mode content script, registered dynamically for the sites the user chose. It only detects
 * (a few ms, read-only); when the verdict meets the settings it asks the background for the overlay
 * script, which carries extraction, notes and the reading view. Single-page sites are checked again
 * after each in-page navigation. It is registered to run at document_start, so that it can pin the
 * extension API before the page exists (pin-globals.ts) and read the settings while the page parses;
 * detection waits for DOMContentLoaded.
 */
// First: pins the extension API before the page can clobber it (see the module).
import './pin-globals';
import { detect } from '../core/detect';
import { shouldAutoOpen } from '../shared/auto-decision';
import { browserAreas } from '../shared/browser-settings';
import { sendToBackground } from '../shared/messaging';
import type { Settings } from '../shared/settings-schema';
import { loadSettings } from '../shared/settings-store';
import { siteForUrl } from '../shared/sites';
import { t } from '../shared/i18n';
import { pageKey, watchNavigation } from './auto-navigation';
import { raiseCurtain } from './overlay/curtain';
import './overlay/control';

/** Pages where the user said "not now": not offered again until the page is loaded anew. */
const notNow = new Set<string>();
/** Settings read while the page was still parsing, used by the first check. */
let early: Promise<Settings> | null = null;

async function check(url: string): Promise<void> {
  const key = pageKey(url);
  if (notNow.has(key) || window.__ledeOverlay?.isOpen()) return;
  const pending = early ?? loadSettings(browserAreas());
  early = null;
  const settings = await pending;
  // The registration may be stale (site removed while the page was open): the settings decide.
  if (settings.autoMode === 'off' || !siteForUrl(settings.sites, url)) return;
  const t0 = performance.now();
  const detection = detect(document, url);
  const detectMs = performance.now() - t0;
  const decision = shouldAutoOpen(detection, settings);
  void sendToBackground('page/detected', { detection }).catch(() => undefined);
  if (!decision.open || pageKey(location.href) !== key) return;
  const onNotNow = (u: string): void => void notNow.add(pageKey(u));
  if (!window.__ledeOverlay) {
    let cancelled = false;
    const curtain = raiseCurtain(t('overlayOpening'), () => {
      cancelled = true;
      onNotNow(url);
    });
    try {
      await sendToBackground('auto/open', { url });
    } catch (err) {
      curtain.remove();
      throw err;
    }
    if (cancelled) return;
  }
  window.__ledeOverlay?.open({ url, detection, decision, detectMs, onNotNow });
  window.__ledeCurtain?.remove();
}

function run(url: string): void {
  check(url).catch((err: unknown) => console.warn('Lede auto mode:', err));
}

// Registered scripts can be injected twice into one page (re-registration while it loads).
if (!window.__ledeAuto) {
  window.__ledeAuto = true;
  early = loadSettings(browserAreas());
  const start = (): void => {
    run(location.href);
    watchNavigation(run, new AbortController().signal);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
