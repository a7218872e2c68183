/** The keyboard shortcut: what it is now (commands.getAll) and where each browser lets you change it. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { OptionsApi, Shortcut } from './options-api';

/** The command that opens the reader: the toolbar button's own command. */
const OPEN_COMMAND = '_execute_action';

export function ShortcutSection({ api }: { api: OptionsApi }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    api.shortcuts().then(setShortcuts, () => setShortcuts([]));
  }, [api]);
  const kind = api.browserKind();
  const open = shortcuts?.find((c) => c.name === OPEN_COMMAND);
  return (
    <section aria-labelledby="keys-h" data-section="shortcut">
      <h2 id="keys-h">{t('sectionShortcut')}</h2>
      {shortcuts === null ? (
        <p role="status">{t('optionsLoading')}</p>
      ) : (
        <p>
          {t('shortcutCurrent')} <kbd data-shortcut>{open?.shortcut ? open.shortcut : t('shortcutNone')}</kbd>
        </p>
      )}
      <ul class="help">
        <li class={kind === 'chrome' ? 'current' : undefined}>{t('shortcutHowChrome')}</li>
        <li class={kind === 'firefox' ? 'current' : undefined}>{t('shortcutHowFirefox')}</li>
      </ul>
    </section>
  );
}
