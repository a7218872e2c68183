// @vitest-environment jsdom
/** @jsxImportSource preact */
/** Options: choosing online lookups asks for the wiki's host access; a missing grant is shown with "Allow". */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Options } from '../../../src/options/Options';
import type { Settings } from '../../../src/shared/settings-schema';
import { wikiOrigins } from '../../../src/shared/wiki-endpoints';
import { click, mount, settle } from '../ui/render';
import { fakeOptionsApi, useEnglish } from './fake-options-api';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());
beforeAll(useEnglish);

function withAccess(initial: Partial<Settings>) {
  const fake = fakeOptionsApi(initial);
  const asked: string[][] = [];
  fake.api.lookupAccess = {
    granted: async (s) => wikiOrigins(s).every((o) => fake.granted.has(o)),
    request: async (s) => {
      asked.push(wikiOrigins(s));
      for (const o of wikiOrigins(s)) fake.granted.add(o);
      fake.revokeOutside([]); // tells permission listeners that something changed
      return true;
    },
  };
  return { fake, asked };
}

describe('options page: access for online lookups', () => {
  it('asks for the public wiki hosts when lookups are switched on', async () => {
    const { fake, asked } = withAccess({ lookups: 'ask' });
    const m = await mount(<Options api={fake.api} />);
    cleanup = m.unmount;
    await settle();
    // A radio's value "on" is its default, so it is a property here, not an attribute.
    const on = [...m.root.querySelectorAll<HTMLInputElement>('input[name=lookups]')].find(
      (i) => i.value === 'on',
    );
    await click(on);
    expect(asked).toEqual([['https://en.wikipedia.org/*', 'https://www.wikidata.org/*']]);
  });

  it('shows a missing grant for a mirror, and "Allow" asks for the mirror’s host', async () => {
    const { fake, asked } = withAccess({ lookups: 'on', customEndpoint: 'https://wiki.example.org:8443' });
    const m = await mount(<Options api={fake.api} />);
    cleanup = m.unmount;
    await settle();
    const warn = m.root.querySelector('[data-lookup-access]');
    expect(warn?.textContent).toContain('wiki.example.org');
    await click(warn?.querySelector('button'));
    await settle();
    expect(asked).toEqual([['https://wiki.example.org/*']]);
    expect(m.root.querySelector('[data-lookup-access]')).toBeNull();
  });
});
