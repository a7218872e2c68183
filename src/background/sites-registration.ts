/**
 * Keeps the auto-mode content script registered for exactly the sites that are in the settings and
 * whose host permission the user granted. Runs on startup, install/update, settings changes and
 * permission changes (the user may revoke a site in the browser's own UI).
 */
import browser from 'webextension-polyfill';
import { browserAreas } from '../shared/browser-settings';
import { SETTINGS_KEY, loadSettings } from '../shared/settings-store';
import { matchPatterns } from '../shared/sites';
import type { Site } from '../shared/settings-schema';
import { AUTO_RUN_AT, AUTO_SCRIPT, planRegistrations, type Registration } from './sites-plan';

async function grantedSites(sites: readonly Site[]): Promise<Set<string>> {
  const granted = new Set<string>();
  for (const site of sites) {
    // contains() rather than comparing getAll(): a broader grant (e.g. all sites) also covers the site.
    if (await browser.permissions.contains({ origins: matchPatterns(site) })) granted.add(site.host);
  }
  return granted;
}

async function syncOnce(): Promise<void> {
  const settings = await loadSettings(browserAreas());
  const granted = await grantedSites(settings.sites);
  const current: Registration[] = (await browser.scripting.getRegisteredContentScripts()).map((r) => ({
    id: r.id,
    matches: r.matches ?? [],
    ...(r.runAt ? { runAt: r.runAt } : {}),
  }));
  const plan = planRegistrations(
    settings.sites,
    settings.autoMode !== 'off',
    (s) => granted.has(s.host),
    current,
  );
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) {
    await browser.scripting.registerContentScripts(
      plan.register.map((r) => ({
        id: r.id,
        matches: r.matches,
        js: [AUTO_SCRIPT],
        runAt: AUTO_RUN_AT,
        allFrames: false,
        persistAcrossSessions: true,
      })),
    );
  }
}

let queue: Promise<void> = Promise.resolve();

/** Reconciles registrations with settings and permissions; calls are serialised, never overlap. */
export function syncRegistrations(): Promise<void> {
  queue = queue
    .then(syncOnce)
    .catch((err: unknown) => console.error('Lede: could not sync auto-mode sites', err));
  return queue;
}

/** Installs the triggers that keep registrations in step. Call once from the background entry. */
export function watchSiteRegistrations(): void {
  browser.runtime.onStartup.addListener(() => void syncRegistrations());
  browser.permissions.onAdded.addListener(() => void syncRegistrations());
  browser.permissions.onRemoved.addListener(() => void syncRegistrations());
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' || area === 'local') && SETTINGS_KEY in changes) void syncRegistrations();
  });
  // The worker or event page may also have been restarted after an update of the browser.
  void syncRegistrations();
}
