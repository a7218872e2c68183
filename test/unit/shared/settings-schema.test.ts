import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  isHost,
  migrateSettings,
  MIGRATIONS,
  SETTINGS_VERSION,
  validateSettings,
  type SettingKey,
} from '../../../src/shared/settings-schema';

/** For every setting: values that must be kept, and values that must fall back to the default. */
const CASES: { [K in Exclude<SettingKey, 'version'>]: { valid: unknown[]; invalid: unknown[] } } = {
  theme: { valid: ['system', 'light', 'sepia', 'dark'], invalid: ['Dark', 'blue', '', 1, null, true] },
  fontFamily: { valid: ['serif', 'sans', 'dyslexic'], invalid: ['Comic Sans', 'SERIF', 0, [], {}] },
  fontSize: { valid: [12, 19, 22.5, 36], invalid: [11.9, 36.1, Number.NaN, Infinity, '19', null] },
  lineHeight: { valid: [1.2, 1.6, 2.4], invalid: [1.1, 2.5, '1.6', -1] },
  lineWidth: { valid: [40, 68, 100], invalid: [39, 101, '68ch', null] },
  autoMode: { valid: ['off', 'news', 'article'], invalid: ['on', 'always', false] },
  sensitivity: { valid: [0, 0.5, 1], invalid: [-0.1, 1.1, '0.5', Number.NaN] },
  sites: {
    valid: [
      [],
      [{ host: 'example.org', subdomains: false }],
      [{ host: 'news.example.co.uk', subdomains: true }],
    ],
    invalid: [
      'example.org',
      [{ host: 'https://example.org', subdomains: false }],
      [{ host: 'example.org:8080', subdomains: false }],
      [{ host: '*.example.org', subdomains: true }],
      [{ host: 'example.org/news', subdomains: false }],
      [{ host: 'example.org', subdomains: 'yes' }],
      [{ host: 'example.org' }],
      [null],
      Array.from({ length: 501 }, (_, i) => ({ host: `site${i}.example`, subdomains: false })),
    ],
  },
  lookups: { valid: ['ask', 'on', 'off'], invalid: ['yes', 1, null] },
  wikiLang: { valid: ['en', 'de', 'fr', 'nds', 'zh-yue'], invalid: ['EN', 'english', 'e', '', 42] },
  customEndpoint: {
    valid: ['', 'https://wiki.example.org', 'http://127.0.0.1:8080/w'],
    invalid: [
      'ftp://wiki.example.org',
      'javascript:alert(1)',
      'https://a b',
      'https://' + 'x'.repeat(300),
      5,
    ],
  },
  cacheMaxEntries: { valid: [0, 2000, 100000], invalid: [-1, 100001, 10.5, '2000'] },
};

describe('validateSettings', () => {
  it('accepts the defaults as they are', () => {
    expect(validateSettings(DEFAULTS)).toEqual({ settings: DEFAULTS, ignored: [] });
  });

  it('has a case for every setting', () => {
    expect(Object.keys(CASES).sort()).toEqual(
      Object.keys(DEFAULTS)
        .filter((k) => k !== 'version')
        .sort(),
    );
  });

  for (const [key, { valid, invalid }] of Object.entries(CASES)) {
    it(`keeps valid ${key} values`, () => {
      for (const value of valid) {
        const { settings, ignored } = validateSettings({ [key]: value });
        expect(settings[key as SettingKey], JSON.stringify(value)).toEqual(value);
        expect(ignored).toEqual([]);
      }
    });
    it(`replaces invalid ${key} values by the default and says so, keeping the other fields`, () => {
      for (const value of invalid) {
        const { settings, ignored } = validateSettings({ theme: 'sepia', fontSize: 24, [key]: value });
        expect(settings[key as SettingKey], JSON.stringify(value)).toEqual(DEFAULTS[key as SettingKey]);
        expect(ignored).toEqual([`${key}: invalid value, default kept`]);
        if (key !== 'theme') expect(settings.theme).toBe('sepia');
        if (key !== 'fontSize') expect(settings.fontSize).toBe(24);
      }
    });
  }

  it('drops unknown keys and names each of them', () => {
    const { settings, ignored } = validateSettings({
      theme: 'dark',
      colour: 'red',
      __proto__x: 1,
      dark: true,
    });
    expect(settings).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(ignored.sort()).toEqual([
      '__proto__x: unknown setting',
      'colour: unknown setting',
      'dark: unknown setting',
    ]);
    expect(settings).not.toHaveProperty('colour');
  });

  it('ignores a __proto__ key without polluting prototypes', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "theme": "light"}') as unknown;
    const { settings } = validateSettings(raw);
    expect(settings.theme).toBe('light');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((settings as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('falls back to the defaults for anything that is not an object', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULTS, ignored: [] });
    expect(validateSettings(null)).toEqual({ settings: DEFAULTS, ignored: [] });
    for (const raw of ['dark', 42, true, [1, 2]]) {
      const { settings, ignored } = validateSettings(raw);
      expect(settings).toEqual(DEFAULTS);
      expect(ignored).toEqual(['settings: not an object, defaults used']);
    }
  });

  it('does not report a stale version number, it just writes the current one', () => {
    const { settings, ignored } = validateSettings({ version: 1, theme: 'dark' });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(ignored).toEqual([]);
  });

  it('returns copies: changing the result changes neither the input nor the defaults', () => {
    const sites = [{ host: 'example.org', subdomains: false }];
    const { settings } = validateSettings({ sites });
    settings.sites.push({ host: 'other.example', subdomains: true });
    settings.sites[0]!.subdomains = true;
    expect(sites).toEqual([{ host: 'example.org', subdomains: false }]);
    expect(DEFAULTS.sites).toEqual([]);
    validateSettings({}).settings.sites.push({ host: 'x.example', subdomains: false });
    expect(DEFAULTS.sites).toEqual([]);
  });
});

describe('isHost', () => {
  it('takes bare host names and IPs only', () => {
    for (const h of [
      'example.org',
      'a.b.example.co.uk',
      'localhost',
      '127.0.0.1',
      'xn--bcher-kva.example',
      '[::1]',
    ])
      expect(isHost(h), h).toBe(true);
    for (const h of [
      '',
      'Example.org',
      'https://example.org',
      'example.org/',
      'example.org:80',
      '*.example.org',
      '-bad.example',
      'a..b',
      'a'.repeat(64) + '.example',
      3,
    ])
      expect(isHost(h), String(h)).toBe(false);
  });
});

describe('migrations', () => {
  it('has one migration for every version after the first', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++)
      expect(typeof MIGRATIONS[v], `migration to v${v}`).toBe('function');
    expect(
      Object.keys(MIGRATIONS)
        .map(Number)
        .every((v) => v >= 2 && v <= SETTINGS_VERSION),
    ).toBe(true);
  });

  describe('v1 → v2 (dark flag → theme, named font step → pixels)', () => {
    const m2 = MIGRATIONS[2]!;
    it('turns the dark flag into a theme', () => {
      expect(m2({ dark: true })).toEqual({ version: 2, theme: 'dark' });
      expect(m2({ dark: false })).toEqual({ version: 2, theme: 'light' });
    });
    it('turns each named font step into a size', () => {
      const sizes = { small: 16, medium: 19, large: 22, xlarge: 26 };
      for (const [step, px] of Object.entries(sizes))
        expect(m2({ fontStep: step })).toEqual({ version: 2, fontSize: px });
    });
    it('drops an unknown step or a non-boolean flag instead of guessing', () => {
      expect(m2({ fontStep: 'huge', dark: 'yes' })).toEqual({ version: 2 });
    });
    it('never overwrites a theme or size that is already there', () => {
      expect(m2({ dark: true, theme: 'sepia', fontStep: 'large', fontSize: 30 })).toEqual({
        version: 2,
        theme: 'sepia',
        fontSize: 30,
      });
    });
    it('keeps the other fields untouched', () => {
      expect(m2({ dark: true, autoMode: 'news', sites: [] })).toEqual({
        version: 2,
        theme: 'dark',
        autoMode: 'news',
        sites: [],
      });
    });
  });

  describe('migrateSettings', () => {
    it('treats data without a version as v1', () => {
      const r = migrateSettings({ dark: true, fontStep: 'xlarge', lookups: 'on' });
      expect(r.from).toBe(1);
      expect(r.settings).toEqual({ ...DEFAULTS, theme: 'dark', fontSize: 26, lookups: 'on' });
      expect(r.ignored).toEqual([]);
    });

    it('treats a non-integer version as v1', () => {
      expect(migrateSettings({ version: '2', dark: true }).from).toBe(1);
      expect(migrateSettings({ version: 1.5, dark: true }).settings.theme).toBe('dark');
    });

    it('leaves current data as it is', () => {
      const current = { ...DEFAULTS, theme: 'sepia' as const, fontSize: 21 };
      expect(migrateSettings(current)).toEqual({ settings: current, ignored: [], from: SETTINGS_VERSION });
    });

    it('validates after migrating: corrupt v1 fields fall back, valid ones stay', () => {
      const r = migrateSettings({ dark: true, fontSize: 'big', lineWidth: 72, sites: 'all' });
      expect(r.settings).toEqual({ ...DEFAULTS, theme: 'dark', lineWidth: 72 });
      expect(r.ignored.sort()).toEqual([
        'fontSize: invalid value, default kept',
        'sites: invalid value, default kept',
      ]);
    });

    it('keeps what it understands from a newer version (downgrade)', () => {
      const r = migrateSettings({ version: SETTINGS_VERSION + 5, theme: 'dark', futureSetting: 1 });
      expect(r.from).toBe(SETTINGS_VERSION + 5);
      expect(r.settings).toEqual({ ...DEFAULTS, theme: 'dark' });
      expect(r.ignored).toEqual(['futureSetting: unknown setting']);
    });

    it('reports version 0 for missing or non-object data', () => {
      for (const raw of [undefined, null, 'x', 7, []]) {
        const r = migrateSettings(raw);
        expect(r.from).toBe(0);
        expect(r.settings).toEqual(DEFAULTS);
      }
    });

    it('is idempotent', () => {
      const once = migrateSettings({ dark: false, fontStep: 'small', wikiLang: 'de' }).settings;
      expect(migrateSettings(once)).toEqual({ settings: once, ignored: [], from: SETTINGS_VERSION });
    });

    it('does not change its input', () => {
      const raw = { dark: true, fontStep: 'large' };
      migrateSettings(raw);
      expect(raw).toEqual({ dark: true, fontStep: 'large' });
    });
  });
});
