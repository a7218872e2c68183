/**
 * The message protocol, defined once. Each entry maps a message name to its request and response types
 * and says who may send it: `page` (a content script in a tab) or `extension` (popup, options, reader tab).
 */
import type { EntityFacts, PageSummary, SearchHit, WikiErrorKind } from '../core/knowledge/wiki-client';
import type { Article, Detection } from '../core/types';

/** What the reader UI receives for the active tab. */
export type TabReadResult =
  | { state: 'ok'; url: string; detection: Detection; article: Article }
  | { state: 'not-article'; url: string; detection: Detection; article: Article | null }
  | { state: 'no-content'; url: string; detection: Detection }
  | { state: 'restricted'; url: string; reason: string }
  | { state: 'failed'; url: string; message: string };

/** What the reader content script returns to the background (through scripting.executeScript, not a message). */
export interface PageExtract {
  detection: Detection;
  article: Article | null;
}

/**
 * The background's answer to an online lookup: the value, or why there is none. Faults are answers, not
 * rejections, so the reader keeps the story's own notes whatever the network does. `permission`: the
 * browser does not let Lede reach the wiki hosts (no request was made).
 */
export type WikiAnswer<T> = { ok: true; value: T } | { ok: false; error: WikiErrorKind | 'permission' };

export interface ProtocolMap {
  /** Popup → background: read the given tab (inject the reader script when needed). */
  'tab/read': { from: 'extension'; req: { tabId: number; force: boolean }; res: TabReadResult };
  /** Content script → background: detection verdict for the toolbar badge. */
  'page/detected': { from: 'page'; req: { detection: Detection }; res: null };
  /** Auto-mode script → background: the page qualifies, inject the overlay into this tab. */
  'auto/open': { from: 'page'; req: { url: string }; res: null };
  /**
   * Reader → background: online lookups. Only entity names, page titles and Wikidata ids are sent, never
   * the page's URL or text; the background does the fetching, caching and rate limiting.
   */
  'wiki/summary': { from: 'extension'; req: { title: string }; res: WikiAnswer<PageSummary> };
  'wiki/search': { from: 'extension'; req: { name: string }; res: WikiAnswer<SearchHit[]> };
  'wiki/entities': { from: 'extension'; req: { ids: string[] }; res: WikiAnswer<EntityFacts[]> };
  /** The same lookups for the in-page reader overlay (a content script, which has no network access of ours). */
  'page/wiki-summary': { from: 'page'; req: { title: string }; res: WikiAnswer<PageSummary> };
  'page/wiki-search': { from: 'page'; req: { name: string }; res: WikiAnswer<SearchHit[]> };
  'page/wiki-entities': { from: 'page'; req: { ids: string[] }; res: WikiAnswer<EntityFacts[]> };
  /**
   * Overlay → background: may Lede reach the wiki hosts of the stored settings? With `ask: true` and no
   * grant, the options page opens, where the user can allow it in its notes section (a content script
   * cannot show the browser's permission prompt).
   */
  'page/wiki-access': { from: 'page'; req: { ask: boolean }; res: boolean };
}

export type MessageName = keyof ProtocolMap;
export type Req<K extends MessageName> = ProtocolMap[K]['req'];
export type Res<K extends MessageName> = ProtocolMap[K]['res'];

/** Who may send each message; the receiver checks it against the sender. */
export const SENDERS: { [K in MessageName]: ProtocolMap[K]['from'] } = {
  'tab/read': 'extension',
  'page/detected': 'page',
  'auto/open': 'page',
  'wiki/summary': 'extension',
  'wiki/search': 'extension',
  'wiki/entities': 'extension',
  'page/wiki-summary': 'page',
  'page/wiki-search': 'page',
  'page/wiki-entities': 'page',
  'page/wiki-access': 'page',
};

export interface Envelope<K extends MessageName = MessageName> {
  lede: 1;
  type: K;
  payload: Req<K>;
}

/** Responses carry errors back to the sender instead of rejecting with an opaque message. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** True when `value` has the shape of a Lede envelope with a known message name. */
export function isEnvelope(value: unknown): value is Envelope {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.lede === 1 &&
    typeof v.type === 'string' &&
    v.type in SENDERS &&
    typeof v.payload === 'object' &&
    v.payload !== null
  );
}
