/**
 * The manifest each store gets, derived from the one top-level manifest.json (as built into dist/).
 * Firefox takes it unchanged. Chrome warns "'background.scripts' requires manifest version of 2 or lower"
 * (seen in Chromium 156's chrome://extensions with developer mode on), so the Chrome copy drops it and
 * keeps the service worker. Chrome accepts `browser_specific_settings` without a warning, so it stays.
 */

/**
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>} a new object; the input is not changed
 */
export function chromeManifest(manifest) {
  const m = structuredClone(manifest);
  if (m.background && typeof m.background === 'object') {
    delete m.background.scripts;
  }
  return m;
}

/**
 * @param {Record<string, any>} manifest
 * @returns {Record<string, any>}
 */
export function firefoxManifest(manifest) {
  return structuredClone(manifest);
}
