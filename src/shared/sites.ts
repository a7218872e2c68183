/**
 * The sites where auto mode runs: host matching, the match patterns and permission origins of a site,
 * and the plain-text list format of the options page. Pure (no browser API).
 *
 * Matching is by host name only, label by label: `example.com` matches `example.com` (and, when the
 * user asks for subdomains, `news.example.com`), never `notexample.com` or `evil.com/?u=example.com`.
 */
import { isHost, type Site } from './settings-schema';

/**
 * Turns what a user typed or pasted (a host, a URL, `*.host`, a host with a port or a trailing dot)
 * into a bare lower-case host, or null when it names no host. `www.` is kept: it is a host of its own.
 */
export function normaliseHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  if (text.startsWith('*.')) text = text.slice(2);
  let host: string;
  try {
    // URL does the IDN → punycode conversion and strips credentials, ports and paths.
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return isHost(host) ? host : null;
}

/** The host of `url` when it is an http(s) page, else null. */
export function hostOfUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/\.$/, '').toLowerCase();
  } catch {
    return null;
  }
}

/** True when `host` is the site's host, or one of its subdomains when the site includes them. */
export function hostMatches(site: Site, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === site.host) return true;
  return site.subdomains && h.endsWith(`.${site.host}`);
}

/** The first site in `sites` that covers `url`, or null. */
export function siteForUrl(sites: readonly Site[], url: string): Site | null {
  const host = hostOfUrl(url);
  if (!host) return null;
  return sites.find((s) => hostMatches(s, host)) ?? null;
}

/** A bracketed IPv6 host or a dotted IPv4 address: no subdomains are possible. */
export function isIpHost(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/**
 * Match patterns of a site, for `scripting.registerContentScripts` and `permissions.request`.
 * Both schemes, spelt out: a `*://` pattern is a subset of neither of the manifest's optional http and
 * https wildcard origins alone, and browsers check a request pattern by pattern.
 */
export function matchPatterns(site: Site): string[] {
  const hosts = [site.host];
  if (site.subdomains && !isIpHost(site.host)) hosts.push(`*.${site.host}`);
  return hosts.flatMap((h) => [`http://${h}/*`, `https://${h}/*`]);
}

/** Every origin pattern the given sites need, without duplicates. */
export function originsFor(sites: readonly Site[]): string[] {
  return [...new Set(sites.flatMap(matchPatterns))];
}

/** Adds or updates `site` (same host: its subdomain choice is replaced), keeping the list order. */
export function withSite(sites: readonly Site[], site: Site): Site[] {
  const i = sites.findIndex((s) => s.host === site.host);
  if (i < 0) return [...sites, { ...site }];
  return sites.map((s, j) => (j === i ? { ...site } : s));
}

/** The list without `host`. */
export function withoutSite(sites: readonly Site[], host: string): Site[] {
  return sites.filter((s) => s.host !== host);
}

/**
 * Origins that removing `host` from `sites` frees: those no remaining site still needs.
 * Revoking a pattern another site relies on would silently switch that site off.
 */
export function originsFreedBy(sites: readonly Site[], host: string): string[] {
  const removed = sites.find((s) => s.host === host);
  if (!removed) return [];
  const still = new Set(originsFor(withoutSite(sites, host)));
  return matchPatterns(removed).filter((p) => !still.has(p));
}

/** One site per line: `host`, or `*.host` when subdomains are included. */
export function formatSitesText(sites: readonly Site[]): string {
  return sites.map((s) => (s.subdomains ? `*.${s.host}` : s.host)).join('\n');
}

/** The outcome of reading a pasted site list: the sites, and the lines that named no host. */
export interface ParsedSites {
  sites: Site[];
  rejected: string[];
}

/**
 * Reads a site list as written by `formatSitesText` (also accepts URLs, blank lines and `#` comments).
 * A host given twice keeps its last subdomain choice. Never throws.
 */
export function parseSitesText(text: string): ParsedSites {
  let sites: Site[] = [];
  const rejected: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const host = normaliseHost(line);
    if (!host) {
      rejected.push(raw.trim());
      continue;
    }
    sites = withSite(sites, { host, subdomains: line.startsWith('*.') && !isIpHost(host) });
  }
  return { sites, rejected };
}
