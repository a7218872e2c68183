/** Reading settings for the UI: loaded once, kept in step with other pages, applied at once, saved calmly. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULTS, type Settings } from '../shared/settings-schema';
import type { ReaderApi } from './api';

/** Range inputs fire many changes a second; storage.sync allows about two writes a second. */
const SAVE_DELAY_MS = 250;

export interface SettingsHandle {
  settings: Settings;
  ready: boolean;
  /** Applies at once, stores a moment later (sliders fire many changes). */
  update: (patch: Partial<Settings>) => void;
  /** Applies and stores now, in turn with earlier saves; resolves once stored (or the write failed). */
  saveNow: (patch: Partial<Settings>) => Promise<void>;
}

/** Current settings (defaults until loaded), whether they have loaded, and setters that apply instantly. */
export function useSettings(api: ReaderApi): SettingsHandle {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [ready, setReady] = useState(false);
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Each save reads, patches and writes the stored settings: one at a time, or a later one loses an earlier.
  const chain = useRef<Promise<void>>(Promise.resolve());
  const save = (patch: Partial<Settings>): Promise<void> =>
    (chain.current = chain.current
      .then(() => api.saveSettings(patch))
      .then(
        () => undefined,
        () => undefined,
      ));

  useEffect(() => {
    const ctrl = new AbortController();
    api.loadSettings().then(
      (s) => {
        if (!ctrl.signal.aborted) setSettings(s);
        setReady(true);
      },
      () => setReady(true),
    );
    api.watchSettings(
      (s) => setSettings((cur) => ({ ...s, ...pending.current, version: cur.version })),
      ctrl.signal,
    );
    return () => {
      ctrl.abort();
      // Closing the popup must not lose the last change.
      if (timer.current) {
        clearTimeout(timer.current);
        void save(pending.current);
      }
    };
  }, [api]);

  const update = (patch: Partial<Settings>): void => {
    setSettings((cur) => ({ ...cur, ...patch }));
    pending.current = { ...pending.current, ...patch };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const toSave = pending.current;
      pending.current = {};
      timer.current = null;
      void save(toSave);
    }, SAVE_DELAY_MS);
  };
  const saveNow = (patch: Partial<Settings>): Promise<void> => {
    setSettings((cur) => ({ ...cur, ...patch }));
    // Whatever the sliders had pending goes in the same write, so nothing is lost or written out of order.
    const toSave = { ...pending.current, ...patch };
    pending.current = {};
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    return save(toSave);
  };
  return { settings, ready, update, saveNow };
}
