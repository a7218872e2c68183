/** Reader-tab entry: the same reading view in a full browser tab, for the tab named by `?tab=ID`. */
import { render } from 'preact';
import { App } from '../ui/App';
import { browserReaderApi } from '../ui/browser-api';

const root = document.getElementById('app');
if (root) render(<App api={browserReaderApi()} host="tab" />, root);
