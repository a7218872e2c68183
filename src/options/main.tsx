/** Options entry: the options page over the real browser. */
import { render } from 'preact';
import { t } from '../shared/i18n';
import { browserOptionsApi } from './browser-options-api';
import { Options } from './Options';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options api={browserOptionsApi()} />, root);
