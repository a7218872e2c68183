/** Export and import of every setting as JSON, and reset. Import never throws and says what it ignored. */
import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings-schema';
import { readSettingsFile, settingsFileText } from './import-settings';
import type { OptionsApi } from './options-api';

interface Props {
  api: OptionsApi;
  settings: Settings;
  onReplaced(s: Settings): void;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function BackupSection({ api, settings, onReplaced }: Props) {
  const [report, setReport] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const importText = async (text: string): Promise<void> => {
    const { settings: next, ignored } = readSettingsFile(text);
    setReport(ignored);
    if (!next) {
      setStatus(t('importFailed'));
      return;
    }
    onReplaced(await api.replaceSettings(next));
    setStatus(ignored.length ? t('importPartly', String(ignored.length)) : t('importDone'));
  };

  const onFile = (e: Event): void => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    file.text().then(importText, () => setStatus(t('importFailed')));
  };

  const onReset = (): void => {
    if (!window.confirm(t('resetConfirm'))) return;
    api.reset().then(
      (s) => {
        onReplaced(s);
        setReport([]);
        setStatus(t('resetDone'));
      },
      (err: unknown) => setStatus(err instanceof Error ? err.message : String(err)),
    );
  };

  return (
    <section aria-labelledby="backup-h" data-section="backup">
      <h2 id="backup-h">{t('sectionBackup')}</h2>
      <p class="buttons">
        <button
          type="button"
          data-action="export"
          onClick={() => download('lede-settings.json', settingsFileText(settings))}
        >
          {t('exportSettings')}
        </button>
        <label class="file-button">
          {t('importSettings')}{' '}
          <input type="file" accept=".json,application/json" data-action="import" onChange={onFile} />
        </label>
        <button type="button" data-action="reset" onClick={onReset}>
          {t('resetSettings')}
        </button>
      </p>
      <p role="status" class="status" data-status="backup">
        {status}
      </p>
      {report.length > 0 && (
        <details open>
          <summary>{t('importIgnored')}</summary>
          <ul data-report>
            {report.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
