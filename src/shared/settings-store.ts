/**
 * Settings in browser storage: `storage.sync` when it works, `storage.local` when sync is unavailable
 * or over quota. Storage areas are injected so the logic runs in tests without a browser.
 */
import {
  DEFAULTS,
  migrateSettings,
  validateSettings,
  type Settings,
  type Validated,
} from './settings-schema';

export const SETTINGS_KEY = 'settings';

/** The slice of `browser.storage.StorageArea` that settings need. */
export interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface Areas {
  sync: Area | null;
  local: Area;
}

async function readRaw(areas: Areas): Promise<unknown> {
  if (areas.sync) {
    try {
      const got = await areas.sync.get(SETTINGS_KEY);
      if (got[SETTINGS_KEY] !== undefined) return got[SETTINGS_KEY];
    } catch {
      // Sync disabled or unavailable (e.g. Firefox without an account in some builds): use local.
    }
  }
  return (await areas.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

/** Reads and validates the settings; corrupt fields fall back to defaults, valid ones are kept. */
export async function loadSettings(areas: Areas): Promise<Settings> {
  return migrateSettings(await readRaw(areas)).settings;
}

/** Writes the full settings object, to sync if possible, else to local. Returns where it went. */
export async function writeSettings(areas: Areas, settings: Settings): Promise<'sync' | 'local'> {
  const value = validateSettings(settings).settings;
  if (areas.sync) {
    try {
      await areas.sync.set({ [SETTINGS_KEY]: value });
      // Keep no stale copy behind: reads prefer sync, but a later sync failure would resurrect it.
      await areas.local.remove(SETTINGS_KEY).catch(() => undefined);
      return 'sync';
    } catch {
      // QUOTA_BYTES_PER_ITEM or sync unavailable: fall through to local.
    }
  }
  await areas.local.set({ [SETTINGS_KEY]: value });
  return 'local';
}

/** Applies `patch` on top of the stored settings and saves the result. */
export async function updateSettings(areas: Areas, patch: Partial<Settings>): Promise<Settings> {
  const current = await loadSettings(areas);
  const next = validateSettings({ ...current, ...patch }).settings;
  await writeSettings(areas, next);
  return next;
}

/** Runs the migrations once (background, on install/update) and stores the migrated result. */
export async function migrateStored(areas: Areas): Promise<{ from: number; ignored: string[] }> {
  const raw = await readRaw(areas);
  const { settings, ignored, from } = migrateSettings(raw);
  if (raw === undefined || from !== settings.version || ignored.length) await writeSettings(areas, settings);
  return { from, ignored };
}

/** Validates an imported JSON text; never throws, reports what it ignored. */
export function parseImport(text: string): Validated {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: structuredClone(DEFAULTS), ignored: ['file: not valid JSON, nothing imported'] };
  }
  return migrateSettings(raw);
}
