/** Popup entry: the reader UI over the real extension API, laid out for at most 800×600. */
import { render } from 'preact';
import { App } from '../ui/App';
import { browserReaderApi } from '../ui/browser-api';

const root = document.getElementById('app');
if (root) render(<App api={browserReaderApi()} host="popup" />, root);
