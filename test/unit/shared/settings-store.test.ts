import { describe, expect, it } from 'vitest';
import { DEFAULTS, SETTINGS_VERSION } from '../../../src/shared/settings-schema';
import {
  loadSettings,
  migrateStored,
  parseImport,
  SETTINGS_KEY,
  updateSettings,
  writeSettings,
  type Areas,
} from '../../../src/shared/settings-store';
import { FakeArea } from './fake-area';

function areas(sync: Record<string, unknown> | null = {}, local: Record<string, unknown> = {}) {
  const s = sync === null ? null : new FakeArea(sync);
  const l = new FakeArea(local);
  return { sync: s, local: l, areas: { sync: s, local: l } satisfies Areas };
}

const many = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ host: `news-site-${i}.example`, subdomains: true }));

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await loadSettings(areas().areas)).toEqual(DEFAULTS);
  });

  it('prefers sync, and uses local when sync has nothing', async () => {
    const both = areas(
      { [SETTINGS_KEY]: { ...DEFAULTS, theme: 'dark' } },
      { [SETTINGS_KEY]: { ...DEFAULTS, theme: 'sepia' } },
    );
    expect((await loadSettings(both.areas)).theme).toBe('dark');
    const localOnly = areas({}, { [SETTINGS_KEY]: { ...DEFAULTS, theme: 'sepia' } });
    expect((await loadSettings(localOnly.areas)).theme).toBe('sepia');
  });

  it('uses local when sync fails or does not exist', async () => {
    const failing = areas(
      { [SETTINGS_KEY]: { ...DEFAULTS, theme: 'dark' } },
      { [SETTINGS_KEY]: { ...DEFAULTS, theme: 'light' } },
    );
    failing.sync!.failReads = true;
    expect((await loadSettings(failing.areas)).theme).toBe('light');
    const none = areas(null, { [SETTINGS_KEY]: { ...DEFAULTS, fontSize: 30 } });
    expect((await loadSettings(none.areas)).fontSize).toBe(30);
  });

  it('keeps valid stored fields and replaces corrupt ones', async () => {
    const a = areas({
      [SETTINGS_KEY]: { ...DEFAULTS, theme: 'neon', fontSize: 22, sites: [{ host: 'bad host' }], junk: 1 },
    });
    expect(await loadSettings(a.areas)).toEqual({ ...DEFAULTS, fontSize: 22 });
  });

  it('survives a stored value that is not an object at all', async () => {
    for (const value of ['dark', 3, [1], null]) {
      expect(await loadSettings(areas({ [SETTINGS_KEY]: value }).areas)).toEqual(DEFAULTS);
    }
  });

  it('reads v1 data through the migrations without writing anything', async () => {
    const a = areas({ [SETTINGS_KEY]: { dark: true, fontStep: 'large' } });
    expect(await loadSettings(a.areas)).toEqual({ ...DEFAULTS, theme: 'dark', fontSize: 22 });
    expect(a.sync!.sets + a.local.sets).toBe(0);
  });
});

describe('writeSettings', () => {
  it('writes to sync and removes any stale local copy', async () => {
    const a = areas({}, { [SETTINGS_KEY]: { ...DEFAULTS, theme: 'sepia' } });
    expect(await writeSettings(a.areas, { ...DEFAULTS, theme: 'dark' })).toBe('sync');
    expect(a.sync!.data.get(SETTINGS_KEY)).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(a.local.data.has(SETTINGS_KEY)).toBe(false);
  });

  it('falls back to local when sync is over its quota, and the settings still load', async () => {
    const a = areas();
    a.sync!.quotaBytesPerItem = 8192;
    const big = { ...DEFAULTS, sites: many(400) };
    expect(await writeSettings(a.areas, big)).toBe('local');
    expect(a.sync!.data.has(SETTINGS_KEY)).toBe(false);
    expect(a.local.data.get(SETTINGS_KEY)).toEqual(big);
    expect(await loadSettings(a.areas)).toEqual(big);
  });

  it('falls back to local when sync refuses writes or does not exist', async () => {
    const failing = areas();
    failing.sync!.failWrites = true;
    expect(await writeSettings(failing.areas, { ...DEFAULTS, fontSize: 25 })).toBe('local');
    expect(failing.local.data.get(SETTINGS_KEY)).toEqual({ ...DEFAULTS, fontSize: 25 });
    const none = areas(null);
    expect(await writeSettings(none.areas, DEFAULTS)).toBe('local');
  });

  it('never stores an invalid value', async () => {
    const a = areas();
    await writeSettings(a.areas, { ...DEFAULTS, fontSize: 500, theme: 'dark' });
    expect(a.sync!.data.get(SETTINGS_KEY)).toEqual({ ...DEFAULTS, theme: 'dark' });
  });
});

describe('updateSettings', () => {
  it('applies a patch on top of what is stored and saves it', async () => {
    const a = areas({ [SETTINGS_KEY]: { ...DEFAULTS, theme: 'dark' } });
    const next = await updateSettings(a.areas, { fontSize: 24 });
    expect(next).toEqual({ ...DEFAULTS, theme: 'dark', fontSize: 24 });
    expect(await loadSettings(a.areas)).toEqual(next);
  });

  it('never stores an invalid patch value; the valid fields of the patch still apply', async () => {
    const a = areas({ [SETTINGS_KEY]: { ...DEFAULTS, fontSize: 24 } });
    const next = await updateSettings(a.areas, { fontSize: -3, lineWidth: 80 });
    // Today the invalid field falls back to its default (not to the stored 24): validation is per object.
    expect(next.fontSize).toBe(DEFAULTS.fontSize);
    expect(next.lineWidth).toBe(80);
    expect(a.sync!.data.get(SETTINGS_KEY)).toEqual(next);
  });
});

describe('migrateStored', () => {
  it('writes the defaults on first install and reports version 0', async () => {
    const a = areas();
    expect(await migrateStored(a.areas)).toEqual({ from: 0, ignored: [] });
    expect(a.sync!.data.get(SETTINGS_KEY)).toEqual(DEFAULTS);
  });

  it('migrates v1 data once and stores the result', async () => {
    const a = areas({ [SETTINGS_KEY]: { dark: false, fontStep: 'small', autoMode: 'news' } });
    expect(await migrateStored(a.areas)).toEqual({ from: 1, ignored: [] });
    expect(a.sync!.data.get(SETTINGS_KEY)).toEqual({
      ...DEFAULTS,
      theme: 'light',
      fontSize: 16,
      autoMode: 'news',
    });
    const writes = a.sync!.sets;
    expect(await migrateStored(a.areas)).toEqual({ from: SETTINGS_VERSION, ignored: [] });
    expect(a.sync!.sets).toBe(writes);
  });

  it('migrates data that only local holds (sync over quota) and keeps it readable', async () => {
    const a = areas({}, { [SETTINGS_KEY]: { dark: true, sites: many(400) } });
    a.sync!.quotaBytesPerItem = 8192;
    await migrateStored(a.areas);
    expect(await loadSettings(a.areas)).toEqual({ ...DEFAULTS, theme: 'dark', sites: many(400) });
  });

  it('repairs corrupt stored fields and reports them', async () => {
    const a = areas({ [SETTINGS_KEY]: { ...DEFAULTS, wikiLang: 'English', extra: true } });
    const r = await migrateStored(a.areas);
    expect(r.ignored.sort()).toEqual(['extra: unknown setting', 'wikiLang: invalid value, default kept']);
    expect(a.sync!.data.get(SETTINGS_KEY)).toEqual(DEFAULTS);
  });

  it('does not write when the stored settings are current and valid', async () => {
    const a = areas({ [SETTINGS_KEY]: { ...DEFAULTS, theme: 'sepia' } });
    await migrateStored(a.areas);
    expect(a.sync!.sets + a.local.sets).toBe(0);
  });
});

describe('parseImport', () => {
  it('keeps every valid value and reports wrong types, unknown keys and bad JSON; never throws', () => {
    const r = parseImport(JSON.stringify({ ...DEFAULTS, theme: 'dark', fontSize: 'large', nope: 1 }));
    expect(r.settings).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(r.ignored.sort()).toEqual(['fontSize: invalid value, default kept', 'nope: unknown setting']);
    expect(parseImport('{not json')).toEqual({
      settings: DEFAULTS,
      ignored: ['file: not valid JSON, nothing imported'],
    });
    for (const text of ['', 'null', '[]', '"dark"', '123', '{"__proto__":{"x":1}}']) {
      expect(() => parseImport(text)).not.toThrow();
      expect(parseImport(text).settings).toEqual(DEFAULTS);
    }
  });

  it('migrates an export made by an older version', () => {
    expect(parseImport('{"dark":true,"fontStep":"medium"}').settings).toEqual({
      ...DEFAULTS,
      theme: 'dark',
      fontSize: 19,
    });
  });

  it('fills missing fields with defaults', () => {
    expect(parseImport('{"lineHeight":2}').settings).toEqual({ ...DEFAULTS, lineHeight: 2 });
  });
});
