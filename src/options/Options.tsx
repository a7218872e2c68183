/** The options page: one section per concern, all reading and writing the one settings object. */
import { t } from '../shared/i18n';
import { AppearanceSection } from './AppearanceSection';
import { AutoSection } from './AutoSection';
import { BackupSection } from './BackupSection';
import { NotesSection } from './NotesSection';
import type { OptionsApi } from './options-api';
import { ShortcutSection } from './ShortcutSection';
import { SitesSection } from './SitesSection';
import { useOptionsSettings } from './use-options-settings';

export function Options({ api }: { api: OptionsApi }) {
  const state = useOptionsSettings(api);
  const s = state.settings;
  return (
    <main class="lede-options">
      <h1>{t('optionsTitle')}</h1>
      {!s ? (
        <p role="status">{t('optionsLoading')}</p>
      ) : (
        <>
          <SitesSection api={api} settings={s} />
          <AutoSection settings={s} update={state.update} />
          <AppearanceSection settings={s} update={state.update} />
          <NotesSection api={api} settings={s} update={state.update} />
          <ShortcutSection api={api} />
          <BackupSection api={api} settings={s} onReplaced={state.set} />
        </>
      )}
    </main>
  );
}
