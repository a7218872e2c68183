/**
 * Typed send/receive over runtime and tabs messaging. Handlers are an object of named functions;
 * every incoming message is checked (envelope shape, payload validator, sender kind) before a handler runs.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  isEnvelope,
  SENDERS,
  type Envelope,
  type MessageName,
  type Reply,
  type Req,
  type Res,
} from './protocol';

export type Handlers = {
  [K in MessageName]?: (payload: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>> | Res<K>;
};
export type Validators = { [K in MessageName]?: (payload: unknown) => payload is Req<K> };

function unwrap<T>(reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply))
    throw new Error('No answer from the other side');
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Sends a message to the background and returns its typed answer, or throws its error. */
export async function sendToBackground<K extends MessageName>(type: K, payload: Req<K>): Promise<Res<K>> {
  const envelope: Envelope<K> = { lede: 1, type, payload };
  return unwrap<Res<K>>(await browser.runtime.sendMessage(envelope));
}

/** Who sent this: one of our extension pages, a content script of ours in a tab, or someone else. */
export function senderKind(sender: Runtime.MessageSender): 'extension' | 'page' | 'foreign' {
  if (sender.id !== browser.runtime.id) return 'foreign';
  const base = browser.runtime.getURL('');
  // Our own pages (popup, options, a reader tab) first: a page opened in a tab also carries `sender.tab`.
  if (sender.url?.startsWith(base)) return 'extension';
  if (sender.tab) return 'page';
  // No tab and no URL: our service worker / event page.
  return sender.url === undefined ? 'extension' : 'foreign';
}

/** Installs `handlers`; messages that fail validation get an error reply and never reach a handler. */
export function listen(
  handlers: Handlers,
  validators: Validators,
  accept: (kind: 'extension' | 'page' | 'foreign') => boolean,
): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    const kind = senderKind(sender);
    if (!accept(kind) || kind !== SENDERS[message.type]) {
      return Promise.resolve<Reply<never>>({
        ok: false,
        error: `Refused ${message.type} from ${kind} sender`,
      });
    }
    const validate = validators[message.type] as ((p: unknown) => boolean) | undefined;
    if (validate && !validate(message.payload)) {
      return Promise.resolve<Reply<never>>({ ok: false, error: `Malformed ${message.type} message` });
    }
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value): Reply<unknown> => ({ ok: true, value }),
        (err: unknown): Reply<never> => ({
          ok: false,
          error: err instanceof Error ? err.message : String(err),
        }),
      );
  });
}
