/**
 * The reader content script, injected on demand (toolbar click, shortcut). It reads a clone of the page
 * and answers the background; it never changes the live page. Safe to inject twice.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import createDOMPurify from 'dompurify';
import { detect } from '../core/detect';
import { extract } from '../core/extract';
import { isEnvelope, type Reply, type Res } from '../shared/protocol';

declare global {
  interface Window {
    __ledeReader?: boolean;
  }
}

function handleExtract(force: boolean): Res<'page/extract'> {
  const detection = detect(document, location.href);
  const purify = createDOMPurify(window);
  const article = extract(document, { purify, ...(force ? { charThreshold: 100 } : {}) });
  return { detection, article };
}

if (!window.__ledeReader) {
  window.__ledeReader = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own background may ask; pages and other extensions cannot reach this listener's answer.
    if (sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message) || message.type !== 'page/extract') {
      return undefined;
    }
    const payload = message.payload as { force?: unknown };
    let reply: Reply<Res<'page/extract'>>;
    try {
      reply = { ok: true, value: handleExtract(payload.force === true) };
    } catch (err) {
      reply = { ok: false, error: `Extraction failed: ${err instanceof Error ? err.message : String(err)}` };
    }
    return Promise.resolve(reply);
  });
}
