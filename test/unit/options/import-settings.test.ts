import { describe, expect, it } from 'vitest';
import { readSettingsFile, settingsFileText } from '../../../src/options/import-settings';
import { DEFAULTS } from '../../../src/shared/settings-schema';

describe('readSettingsFile', () => {
  it('round-trips an export', () => {
    const s = {
      ...structuredClone(DEFAULTS),
      fontSize: 24,
      sites: [{ host: 'paper.test', subdomains: true }],
    };
    expect(readSettingsFile(settingsFileText(s))).toEqual({ settings: s, ignored: [] });
  });
  it('keeps every valid value and reports wrong types, unknown keys and missing fields', () => {
    const text = JSON.stringify({
      version: 2,
      theme: 'dark',
      fontSize: 'huge',
      sensitivity: 0.8,
      sites: [{ host: 'paper.test', subdomains: false }],
      wikiLang: 'fr',
      favouriteColour: 'teal',
    });
    const { settings, ignored } = readSettingsFile(text);
    expect(settings).toMatchObject({
      theme: 'dark',
      sensitivity: 0.8,
      wikiLang: 'fr',
      fontSize: DEFAULTS.fontSize,
    });
    expect(settings?.sites).toEqual([{ host: 'paper.test', subdomains: false }]);
    expect(ignored).toContain('fontSize: invalid value, default kept');
    expect(ignored).toContain('favouriteColour: unknown setting');
    expect(ignored).toContain('lineHeight: not in the file, default used');
    expect(ignored.some((l) => l.startsWith('theme'))).toBe(false);
  });
  it('does not call a migrated field missing', () => {
    const { settings, ignored } = readSettingsFile(JSON.stringify({ version: 1, dark: true }));
    expect(settings?.theme).toBe('dark');
    expect(ignored.some((l) => l.startsWith('theme'))).toBe(false);
  });
  it('never throws on junk', () => {
    for (const junk of ['', 'not json', '[1,2]', 'null', '42', '"text"', '{"sites": "all"}', '\u0000{']) {
      const r = readSettingsFile(junk);
      expect(r.ignored.length, junk).toBeGreaterThan(0);
    }
    expect(readSettingsFile('[1,2]').settings).toBeNull();
    expect(readSettingsFile('{"sites": "all"}').settings?.sites).toEqual([]);
  });
});
