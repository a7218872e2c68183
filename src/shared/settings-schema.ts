/**
 * Lede's settings: defaults, field-by-field validation and ordered migrations. Pure (no browser API),
 * so the same code validates storage reads, imports and tests. `Settings` is derived from the defaults.
 */

export const SETTINGS_VERSION = 2;

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const FONTS = ['serif', 'sans', 'dyslexic'] as const;
export const AUTO_MODES = ['off', 'news', 'article'] as const;
export const LOOKUPS = ['ask', 'on', 'off'] as const;

export interface Site {
  host: string;
  subdomains: boolean;
}

export const DEFAULTS = {
  version: SETTINGS_VERSION,
  theme: 'system' as (typeof THEMES)[number],
  fontFamily: 'serif' as (typeof FONTS)[number],
  /** CSS pixels. */
  fontSize: 19,
  lineHeight: 1.6,
  /** Measure in characters (ch). */
  lineWidth: 68,
  autoMode: 'off' as (typeof AUTO_MODES)[number],
  /** 0 (opens rarely) … 1 (opens readily); shifts the detector's threshold. */
  sensitivity: 0.5,
  sites: [] as Site[],
  lookups: 'ask' as (typeof LOOKUPS)[number],
  wikiLang: 'en',
  /** Base URL of a self-hosted Wikipedia/Wikidata mirror; empty means the public endpoints. */
  customEndpoint: '',
  cacheMaxEntries: 2000,
};

export type Settings = typeof DEFAULTS;
export type SettingKey = keyof Settings;

type Check = (v: unknown) => boolean;
const oneOf =
  (list: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && list.includes(v);
const num =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[[0-9a-f:]+\]$/;

/** True for a bare host name or IP (no scheme, path, port or wildcard). */
export function isHost(v: unknown): v is string {
  return typeof v === 'string' && HOST.test(v);
}

const isSite = (v: unknown): v is Site =>
  !!v && typeof v === 'object' && isHost((v as Site).host) && typeof (v as Site).subdomains === 'boolean';

const CHECKS: { [K in SettingKey]: Check } = {
  version: (v) => v === SETTINGS_VERSION,
  theme: oneOf(THEMES),
  fontFamily: oneOf(FONTS),
  fontSize: num(12, 36),
  lineHeight: num(1.2, 2.4),
  lineWidth: num(40, 100),
  autoMode: oneOf(AUTO_MODES),
  sensitivity: num(0, 1),
  sites: (v) => Array.isArray(v) && v.length <= 500 && v.every(isSite),
  lookups: oneOf(LOOKUPS),
  wikiLang: (v) => typeof v === 'string' && /^[a-z]{2,3}(-[a-z]+)?$/.test(v),
  customEndpoint: (v) =>
    v === '' || (typeof v === 'string' && /^https?:\/\/[^\s]+$/i.test(v) && v.length < 300),
  cacheMaxEntries: (v) => Number.isInteger(v) && num(0, 100000)(v),
};

/** The outcome of validating stored or imported data: the settings, and what was ignored and why. */
export interface Validated {
  settings: Settings;
  ignored: string[];
}

/** Keeps every valid field of `raw`, replaces invalid or missing ones by their defaults, reports the rest. */
export function validateSettings(raw: unknown): Validated {
  const ignored: string[] = [];
  const settings: Settings = structuredClone(DEFAULTS);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) ignored.push('settings: not an object, defaults used');
    return { settings, ignored };
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(key in CHECKS)) ignored.push(`${key}: unknown setting`);
  }
  for (const key of Object.keys(CHECKS) as SettingKey[]) {
    if (!(key in obj)) continue;
    if (CHECKS[key](obj[key])) (settings as Record<SettingKey, unknown>)[key] = structuredClone(obj[key]);
    else if (key !== 'version') ignored.push(`${key}: invalid value, default kept`);
  }
  return { settings, ignored };
}

/** Each migration takes the stored object of version N-1 to version N. Never edit one that has shipped. */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 stored the font size as a named step and the theme as a boolean `dark`.
  2: (old) => {
    const { dark, fontStep, ...rest } = old;
    const sizes: Record<string, number> = { small: 16, medium: 19, large: 22, xlarge: 26 };
    const next: Record<string, unknown> = { ...rest, version: 2 };
    if (typeof dark === 'boolean' && !('theme' in rest)) next.theme = dark ? 'dark' : 'light';
    if (typeof fontStep === 'string' && sizes[fontStep] && !('fontSize' in rest))
      next.fontSize = sizes[fontStep];
    return next;
  },
};

/** Brings stored data of any earlier version up to date, then validates it. */
export function migrateSettings(raw: unknown): Validated & { from: number } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ...validateSettings(raw), from: 0 };
  let obj = { ...(raw as Record<string, unknown>) };
  const from = typeof obj.version === 'number' && Number.isInteger(obj.version) ? obj.version : 1;
  if (from > SETTINGS_VERSION) {
    // Written by a newer Lede (downgrade): keep what this version understands.
    return { ...validateSettings({ ...obj, version: SETTINGS_VERSION }), from };
  }
  for (let v = Math.max(from, 1) + 1; v <= SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) obj = step(obj);
  }
  return { ...validateSettings({ ...obj, version: SETTINGS_VERSION }), from };
}
