/**
 * The ReaderApi for the in-page overlay: the page is read right here (the overlay script already runs
 * in it), settings and notes come from the same code as the popup's.
 */
import createDOMPurify from 'dompurify';
import { detect } from '../../core/detect';
import { extract } from '../../core/extract';
import type { Detection } from '../../core/types';
import type { TabReadResult } from '../../shared/protocol';
import type { ReaderApi } from '../../ui/api';
import { browserReaderApi, pageOnlineApi } from '../../ui/browser-api';

/** Reads the live document (extraction works on a clone, the page is not changed). */
export function readHere(url: string, known: Detection | null, force: boolean): TabReadResult {
  try {
    const detection = known ?? detect(document, url);
    const purify = createDOMPurify(window);
    const article = extract(document, { purify, ...(force ? { charThreshold: 100 } : {}) });
    if (!article) return { state: 'no-content', url, detection };
    if (!detection.isArticle && !force) return { state: 'not-article', url, detection, article };
    return { state: 'ok', url, detection, article };
  } catch (err) {
    return { state: 'failed', url, message: err instanceof Error ? err.message : String(err) };
  }
}

/** An overlay API for `url`; the detection that opened the overlay is reused instead of detecting twice. */
export function overlayReaderApi(url: string, detection: Detection): ReaderApi {
  const base = browserReaderApi();
  return {
    read: async (force) => readHere(url, force ? null : detection, force),
    notes: base.notes,
    loadSettings: base.loadSettings,
    saveSettings: base.saveSettings,
    watchSettings: base.watchSettings,
    online: pageOnlineApi(),
  };
}
