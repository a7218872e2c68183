/**
 * Reading a settings file for "Import settings": every valid value is kept, everything else is
 * reported in plain words, nothing throws. A file is a whole backup: a setting it does not mention
 * goes back to its default, and the report says so.
 */
import { DEFAULTS, type SettingKey, type Settings } from '../shared/settings-schema';
import { parseImport } from '../shared/settings-store';

export interface ImportResult {
  /** Null when the file could not be used at all (not JSON, not an object). */
  settings: Settings | null;
  /** One line per ignored or missing value. */
  ignored: string[];
}

/** Validates an exported settings text; see the module comment for what is kept. */
export function readSettingsFile(text: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: null, ignored: ['file: not valid JSON, nothing imported'] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: null, ignored: ['file: not a settings object, nothing imported'] };
  }
  const { settings, ignored } = parseImport(text);
  const present = raw as Record<string, unknown>;
  // Older files name some settings differently (migrations rename them): only flag what stays missing.
  const missing = (Object.keys(DEFAULTS) as SettingKey[]).filter(
    (k) => k !== 'version' && !(k in present) && JSON.stringify(settings[k]) === JSON.stringify(DEFAULTS[k]),
  );
  return { settings, ignored: [...ignored, ...missing.map((k) => `${k}: not in the file, default used`)] };
}

/** The text "Export settings" saves: pretty JSON of the validated settings. */
export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
