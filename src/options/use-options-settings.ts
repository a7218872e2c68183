/** The options page's view of the settings: loaded once, kept in step with other pages, saved calmly. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings-schema';
import type { OptionsApi } from './options-api';

/** Sliders fire many changes a second; storage.sync accepts about two writes a second. */
const SAVE_DELAY_MS = 250;

export interface SettingsState {
  settings: Settings | null;
  /** Applies `patch` at once on the page and saves it shortly after. */
  update(patch: Partial<Settings>): void;
  /** Replaces the state after a change the API made itself (import, reset, sites). */
  set(settings: Settings): void;
}

export function useOptionsSettings(api: OptionsApi): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    api.loadSettings().then(
      (s) => !ctrl.signal.aborted && setSettings(s),
      () => undefined,
    );
    // A change from elsewhere wins, except for what this page has not saved yet.
    api.watchSettings((s) => setSettings({ ...s, ...pending.current }), ctrl.signal);
    return () => {
      ctrl.abort();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [api]);

  const update = (patch: Partial<Settings>): void => {
    setSettings((cur) => (cur ? { ...cur, ...patch } : cur));
    pending.current = { ...pending.current, ...patch };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const toSave = pending.current;
      pending.current = {};
      timer.current = null;
      api.saveSettings(toSave).catch(() => undefined);
    }, SAVE_DELAY_MS);
  };
  return { settings, update, set: setSettings };
}
