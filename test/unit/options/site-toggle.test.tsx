// @vitest-environment jsdom
/** @jsxImportSource preact */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SiteApi } from '../../../src/shared/site-actions';
import type { Site } from '../../../src/shared/settings-schema';
import { hostOfUrl, siteForUrl, withSite, withoutSite } from '../../../src/shared/sites';
import { SiteToggle } from '../../../src/ui/SiteToggle';
import { click, mount } from '../ui/render';
import { useEnglish } from './fake-options-api';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());
beforeAll(useEnglish);

function fakeSiteApi(allow = true) {
  const state = { sites: [] as Site[], calls: [] as string[] };
  const api: SiteApi = {
    async status(url) {
      const host = hostOfUrl(url);
      if (!host) return null;
      const site = siteForUrl(state.sites, url);
      return { host: site?.host ?? host, site, granted: !!site };
    },
    async always(host) {
      state.calls.push(`always ${host}`);
      if (allow) state.sites = withSite(state.sites, { host, subdomains: false });
      return allow;
    },
    async stop(host) {
      state.calls.push(`stop ${host}`);
      state.sites = withoutSite(state.sites, host);
      return true;
    },
  };
  return { api, state };
}

describe('SiteToggle', () => {
  it('adds the page’s host, then offers to stop', async () => {
    const { api, state } = fakeSiteApi();
    const m = await mount(<SiteToggle api={api} url="https://news.example.org/2026/03/story" />);
    cleanup = m.unmount;
    await click(m.root.querySelector('[data-lede=site-always]'));
    expect(state.calls).toEqual(['always news.example.org']);
    expect(m.root.querySelector('[data-lede=site-on]')?.textContent).toContain('news.example.org');
    await click(m.root.querySelector('[data-lede=site-on] button'));
    expect(state.sites).toEqual([]);
    expect(m.root.querySelector('[data-lede=site-always]')).not.toBeNull();
  });
  it('says so when permission is refused', async () => {
    const { api } = fakeSiteApi(false);
    const m = await mount(<SiteToggle api={api} url="https://paper.test/" />);
    cleanup = m.unmount;
    await click(m.root.querySelector('[data-lede=site-always]'));
    expect(m.root.textContent).toContain('Permission was not given');
  });
  it('shows nothing on pages that are not on the web', async () => {
    const { api } = fakeSiteApi();
    const m = await mount(<SiteToggle api={api} url="about:blank" />);
    cleanup = m.unmount;
    expect(m.root.textContent).toBe('');
  });
});
