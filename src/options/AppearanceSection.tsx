/** The reading view's appearance, with a live preview styled by the reading view's own CSS. */
import { t, type MessageKey } from '../shared/i18n';
import { FONTS, THEMES, type Settings } from '../shared/settings-schema';

const THEME_LABELS: Record<Settings['theme'], MessageKey> = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};
const FONT_LABELS: Record<Settings['fontFamily'], MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  dyslexic: 'fontDyslexic',
};

interface Props {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

interface RangeProps {
  label: MessageKey;
  name: keyof Settings;
  value: number;
  min: number;
  max: number;
  step: number;
  unit: string;
  onValue(v: number): void;
}

function Range(p: RangeProps) {
  return (
    <label class="range">
      {t(p.label)}{' '}
      <input
        type="range"
        name={p.name}
        min={p.min}
        max={p.max}
        step={p.step}
        value={p.value}
        onInput={(e) => p.onValue(Number(e.currentTarget.value))}
      />{' '}
      <output>
        {p.value}
        {p.unit}
      </output>
    </label>
  );
}

export function AppearanceSection({ settings: s, update }: Props) {
  return (
    <section aria-labelledby="look-h" data-section="appearance">
      <h2 id="look-h">{t('sectionAppearance')}</h2>
      <div class="look-grid">
        <div>
          <label>
            {t('themeLabel')}{' '}
            <select
              name="theme"
              value={s.theme}
              onChange={(e) => update({ theme: e.currentTarget.value as Settings['theme'] })}
            >
              {THEMES.map((v) => (
                <option key={v} value={v}>
                  {t(THEME_LABELS[v])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('fontLabel')}{' '}
            <select
              name="fontFamily"
              value={s.fontFamily}
              onChange={(e) => update({ fontFamily: e.currentTarget.value as Settings['fontFamily'] })}
            >
              {FONTS.map((v) => (
                <option key={v} value={v}>
                  {t(FONT_LABELS[v])}
                </option>
              ))}
            </select>
          </label>
          <Range
            label="fontSizeLabel"
            name="fontSize"
            value={s.fontSize}
            min={12}
            max={36}
            step={1}
            unit="px"
            onValue={(v) => update({ fontSize: v })}
          />
          <Range
            label="lineHeightLabel"
            name="lineHeight"
            value={s.lineHeight}
            min={1.2}
            max={2.4}
            step={0.1}
            unit=""
            onValue={(v) => update({ lineHeight: v })}
          />
          <Range
            label="lineWidthLabel"
            name="lineWidth"
            value={s.lineWidth}
            min={40}
            max={100}
            step={2}
            unit="ch"
            onValue={(v) => update({ lineWidth: v })}
          />
        </div>
        <figure class="preview" aria-label={t('previewLabel')}>
          <div
            class="lede-root preview-page"
            data-theme={s.theme}
            data-font={s.fontFamily}
            style={{
              '--lede-font-size': `${s.fontSize}px`,
              '--lede-line-height': String(s.lineHeight),
              '--lede-measure': `${s.lineWidth}ch`,
              fontSize: `${s.fontSize}px`,
              lineHeight: String(s.lineHeight),
              maxWidth: `${s.lineWidth}ch`,
            }}
          >
            <article class="lede-article">
              <h1 class="lede-title">{t('previewTitle')}</h1>
              <div class="lede-body">
                <p>{t('previewText')}</p>
              </div>
            </article>
          </div>
          <figcaption>{t('previewLabel')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
