import { describe, expect, it } from 'vitest';
import {
  formatSitesText,
  hostMatches,
  matchPatterns,
  normaliseHost,
  originsFor,
  originsFreedBy,
  parseSitesText,
  siteForUrl,
  withSite,
  withoutSite,
} from '../../../src/shared/sites';

const news = { host: 'example.com', subdomains: false };
const newsSubs = { host: 'example.com', subdomains: true };

describe('normaliseHost', () => {
  it('takes hosts, URLs, wildcards, ports and odd case to a bare host', () => {
    expect(normaliseHost('Example.COM')).toBe('example.com');
    expect(normaliseHost('https://www.example.com/politics/2026/story?x=1#top')).toBe('www.example.com');
    expect(normaliseHost('*.example.com')).toBe('example.com');
    expect(normaliseHost('example.com:8080')).toBe('example.com');
    expect(normaliseHost('example.com.')).toBe('example.com');
    expect(normaliseHost('  127.0.0.1  ')).toBe('127.0.0.1');
    expect(normaliseHost('http://user:pw@example.org/')).toBe('example.org');
  });
  it('converts international names to punycode', () => {
    expect(normaliseHost('zeitung.bücher.example')).toBe('zeitung.xn--bcher-kva.example');
  });
  it('rejects what names no web host', () => {
    for (const bad of [
      '',
      '   ',
      'ftp://example.com',
      'javascript:alert(1)',
      'exa mple.com',
      'file:///etc/passwd',
      '*',
    ]) {
      expect(normaliseHost(bad), bad).toBeNull();
    }
  });
});

describe('hostMatches', () => {
  it('matches the host itself, label by label, never by substring', () => {
    expect(hostMatches(news, 'example.com')).toBe(true);
    expect(hostMatches(news, 'EXAMPLE.com.')).toBe(true);
    expect(hostMatches(news, 'notexample.com')).toBe(false);
    expect(hostMatches(news, 'example.com.evil.test')).toBe(false);
    expect(hostMatches(news, 'news.example.com')).toBe(false);
  });
  it('matches subdomains only when the site includes them', () => {
    expect(hostMatches(newsSubs, 'news.example.com')).toBe(true);
    expect(hostMatches(newsSubs, 'a.b.example.com')).toBe(true);
    expect(hostMatches(newsSubs, 'badexample.com')).toBe(false);
  });
});

describe('siteForUrl', () => {
  const sites = [news, { host: 'paper.test', subdomains: true }];
  it('finds the site of a page by its host', () => {
    expect(siteForUrl(sites, 'https://example.com/2026/03/14/story/')).toEqual(news);
    expect(siteForUrl(sites, 'http://www.paper.test/a')).toEqual(sites[1]);
  });
  it('ignores a registered host that only appears in the query or path', () => {
    expect(siteForUrl(sites, 'https://evil.test/?u=https://example.com/')).toBeNull();
    expect(siteForUrl(sites, 'https://evil.test/example.com/story')).toBeNull();
    expect(siteForUrl(sites, 'https://example.com.evil.test/')).toBeNull();
  });
  it('never matches non-web pages', () => {
    expect(siteForUrl(sites, 'file:///example.com/index.html')).toBeNull();
    expect(siteForUrl(sites, 'not a url')).toBeNull();
  });
});

describe('match patterns and permissions', () => {
  it('spells out both schemes, and the subdomain wildcard when asked', () => {
    expect(matchPatterns(news)).toEqual(['http://example.com/*', 'https://example.com/*']);
    expect(matchPatterns(newsSubs)).toEqual([
      'http://example.com/*',
      'https://example.com/*',
      'http://*.example.com/*',
      'https://*.example.com/*',
    ]);
  });
  it('never asks for a subdomain wildcard on an IP address', () => {
    expect(matchPatterns({ host: '127.0.0.1', subdomains: true })).toEqual([
      'http://127.0.0.1/*',
      'https://127.0.0.1/*',
    ]);
  });
  it('removing a site frees only the origins no other site still needs', () => {
    const sites = [
      newsSubs,
      { host: 'www.example.com', subdomains: false },
      { host: 'paper.test', subdomains: false },
    ];
    expect(originsFreedBy(sites, 'paper.test')).toEqual(['http://paper.test/*', 'https://paper.test/*']);
    // www.example.com's own pattern stays with it; the wildcard goes.
    expect(originsFreedBy(sites, 'example.com')).toEqual([
      'http://example.com/*',
      'https://example.com/*',
      'http://*.example.com/*',
      'https://*.example.com/*',
    ]);
    const twin = [news, { host: 'example.com', subdomains: false }];
    expect(originsFor(twin)).toHaveLength(2);
    expect(originsFreedBy(sites, 'unknown.test')).toEqual([]);
  });
});

describe('list edits', () => {
  it('adds, replaces the subdomain choice in place, and removes', () => {
    const a = withSite([], news);
    const b = withSite(a, { host: 'paper.test', subdomains: false });
    const c = withSite(b, newsSubs);
    expect(c).toEqual([newsSubs, { host: 'paper.test', subdomains: false }]);
    expect(withoutSite(c, 'example.com')).toEqual([{ host: 'paper.test', subdomains: false }]);
    expect(a).toEqual([news]);
  });
});

describe('sites as text', () => {
  it('round-trips the list', () => {
    const sites = [
      newsSubs,
      { host: 'paper.test', subdomains: false },
      { host: '127.0.0.1', subdomains: false },
    ];
    const text = formatSitesText(sites);
    expect(text).toBe('*.example.com\npaper.test\n127.0.0.1');
    expect(parseSitesText(text)).toEqual({ sites, rejected: [] });
  });
  it('accepts URLs, comments and blank lines, reports the lines it could not read, never throws', () => {
    const parsed = parseSitesText(
      '# my papers\r\nhttps://News.Example.org/front\n\n  *.paper.test  \nnot a host!\nftp://x.test\npaper.test # again, without subdomains\n',
    );
    expect(parsed.sites).toEqual([
      { host: 'news.example.org', subdomains: false },
      { host: 'paper.test', subdomains: false },
    ]);
    expect(parsed.rejected).toEqual(['not a host!', 'ftp://x.test']);
  });
});
