/** The reading view's appearance, with a live preview styled by the reading view's own CSS. */
import { FONT_LABELS, RANGES, rangePatch, THEME_LABELS, type RangeSpec } from '../shared/appearance';
import { t } from '../shared/i18n';
import { FONTS, THEMES, type Settings } from '../shared/settings-schema';

interface Props {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

interface RangeProps {
  spec: RangeSpec;
  value: number;
  onValue(v: number): void;
}

function Range({ spec, value, onValue }: RangeProps) {
  return (
    <label class="range">
      {t(spec.label)}{' '}
      <input
        type="range"
        name={spec.key}
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={value}
        onInput={(e) => onValue(Number(e.currentTarget.value))}
      />{' '}
      <output>
        {value}
        {spec.unit}
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
          {RANGES.map((r) => (
            <Range key={r.key} spec={r} value={s[r.key]} onValue={(v) => update(rangePatch(r.key, v))} />
          ))}
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
