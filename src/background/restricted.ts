/** Pages no extension may read, and the one-line reason the reader shows for each. */

const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

/** Why Lede cannot read `url`, or null when it can try. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return 'This tab has no page Lede can read.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This tab has no page Lede can read.';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') {
    return 'Browser pages and other extensions’ pages are protected: no extension can read them.';
  }
  if (
    STORE_HOSTS.includes(u.hostname) &&
    (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))
  ) {
    return 'Browsers do not let extensions read their add-on stores.';
  }
  if (/\.pdf$/i.test(u.pathname))
    return 'This is a PDF; the browser shows it in its own viewer, which extensions cannot read.';
  return null;
}
