/** Small formatting helpers for the reading view, in the reader's own locale. */

/** The publication date in the reader's locale ("29 November 2026"), or null when absent or unparsable. */
export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  // A bare date has no time zone: format it as a calendar date, not as midnight UTC shifted locally.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const d = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(d);
}

/** "4 min read"; "Under a minute" for very short texts. */
export function readingTime(minutes: number): string {
  return minutes < 1 ? 'Under a minute' : `${minutes} min read`;
}

/** The host of a URL without "www.", for the site line when the page names no site. */
export function hostOf(url: string): string | null {
  try {
    const h = new URL(url).hostname;
    return h ? h.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** True for an http(s) URL: the only images and links the reader shows from outside. */
export function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
