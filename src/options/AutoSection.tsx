/** Auto mode: off, news only or any article, and how readily it opens. */
import { t, type MessageKey } from '../shared/i18n';
import { thresholdFor } from '../shared/auto-decision';
import { AUTO_MODES, type Settings } from '../shared/settings-schema';

const LABELS: Record<Settings['autoMode'], MessageKey> = {
  off: 'autoOff',
  news: 'autoNews',
  article: 'autoArticle',
};

interface Props {
  settings: Settings;
  update(patch: Partial<Settings>): void;
}

export function AutoSection({ settings, update }: Props) {
  return (
    <section aria-labelledby="auto-h" data-section="auto">
      <h2 id="auto-h">{t('sectionAuto')}</h2>
      <fieldset>
        <legend>{t('autoModeLabel')}</legend>
        {AUTO_MODES.map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="autoMode"
              value={m}
              checked={settings.autoMode === m}
              onChange={() => update({ autoMode: m })}
            />{' '}
            {t(LABELS[m])}
          </label>
        ))}
      </fieldset>
      {settings.autoMode === 'off' && settings.sites.length > 0 && <p class="warn">{t('autoOffHint')}</p>}
      <label class="range">
        {t('sensitivityLabel')} <span aria-hidden="true">{t('sensitivityRarely')}</span>
        <input
          type="range"
          name="sensitivity"
          min={0}
          max={1}
          step={0.05}
          value={settings.sensitivity}
          disabled={settings.autoMode === 'off'}
          aria-describedby="sensitivity-help"
          onInput={(e) => update({ sensitivity: Number(e.currentTarget.value) })}
        />
        <span aria-hidden="true">{t('sensitivityReadily')}</span>
      </label>
      <p class="help" id="sensitivity-help">
        {t('sensitivityHelp', thresholdFor(settings.sensitivity).toFixed(2))}
      </p>
    </section>
  );
}
