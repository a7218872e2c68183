/** Options entry: appearance settings stored through the versioned settings schema. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserAreas } from '../shared/browser-settings';
import { FONTS, THEMES, type Settings } from '../shared/settings-schema';
import { loadSettings, updateSettings } from '../shared/settings-store';

function Options() {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings(browserAreas()).then(setS, () => setS(null));
  }, []);
  if (!s) return <p role="status">Loading settings…</p>;
  const save = (patch: Partial<Settings>): void => {
    updateSettings(browserAreas(), patch).then(setS, () => undefined);
  };
  return (
    <main class="lede-message">
      <h1>Lede options</h1>
      <label>
        Theme{' '}
        <select value={s.theme} onChange={(e) => save({ theme: e.currentTarget.value as Settings['theme'] })}>
          {THEMES.map((t) => (
            <option value={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Font{' '}
        <select
          value={s.fontFamily}
          onChange={(e) => save({ fontFamily: e.currentTarget.value as Settings['fontFamily'] })}
        >
          {FONTS.map((t) => (
            <option value={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Font size{' '}
        <input
          type="number"
          min={12}
          max={36}
          value={s.fontSize}
          onChange={(e) => save({ fontSize: Number(e.currentTarget.value) })}
        />
      </label>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
