/** Popup entry: the reader UI over the real extension API. */
import { render } from 'preact';
import { App } from '../ui/App';
import { browserReaderApi } from '../ui/browser-api';

const root = document.getElementById('app');
if (root) render(<App api={browserReaderApi()} />, root);
