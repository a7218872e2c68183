/**
 * A WikiClient for extension pages that does no fetching itself: each call is a message to the background,
 * which holds the network access, the cache and the rate limit. Linking runs here, next to the bundled
 * gazetteer the page has already loaded, so the background only ever sees names, titles and ids.
 */
import { WikiError, type WikiClient, type WikiEndpoints } from '../core/knowledge/wiki-client';
import type { MessageName, Req, Res, WikiAnswer } from '../shared/protocol';

type WikiMessage = Extract<MessageName, `wiki/${string}`>;

/** Sends one message to the background (sendToBackground in the extension, a fake in tests). */
export type WikiSend = <K extends WikiMessage>(type: K, payload: Req<K>) => Promise<Res<K>>;

/** Unwraps an answer; a refusal becomes the WikiError the linker expects ("permission" counts as off). */
function unwrap<T>(answer: WikiAnswer<T>): T {
  if (answer.ok) return answer.value;
  throw new WikiError(answer.error === 'permission' ? 'off' : answer.error, `lookup failed: ${answer.error}`);
}

/** Gives up waiting when `signal` aborts (the background finishes the request and caches it). */
function race<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) {
    // The message is already on its way; its answer (or failure) is not wanted, but must not go unhandled.
    p.catch(() => undefined);
    return Promise.reject(new WikiError('aborted', 'lookup cancelled'));
  }
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(new WikiError('aborted', 'lookup cancelled'));
    signal.addEventListener('abort', stop, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** A client over `send`; `endpoints` only serve to build links (the background resolves its own). */
export function messageWikiClient(send: WikiSend, endpoints: Required<WikiEndpoints>): WikiClient {
  return {
    endpoints,
    summary: (title, signal) => race(send('wiki/summary', { title }), signal).then(unwrap),
    search: (name, signal) => race(send('wiki/search', { name }), signal).then(unwrap),
    entities: (ids, signal) => {
      const wanted = ids.filter((id) => /^Q\d{1,12}$/.test(id)).slice(0, 50);
      if (!wanted.length) return Promise.resolve([]);
      return race(send('wiki/entities', { ids: wanted }), signal).then(unwrap);
    },
  };
}
