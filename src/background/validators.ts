/** Payload validators for messages the background receives; anything else is refused before a handler runs. */
import type { Req } from '../shared/protocol';

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function isTabRead(p: unknown): p is Req<'tab/read'> {
  return isObj(p) && Number.isInteger(p.tabId) && (p.tabId as number) >= 0 && typeof p.force === 'boolean';
}

export function isDetected(p: unknown): p is Req<'page/detected'> {
  if (!isObj(p) || !isObj(p.detection)) return false;
  const d = p.detection;
  return (
    typeof d.isArticle === 'boolean' &&
    typeof d.isNews === 'boolean' &&
    typeof d.score === 'number' &&
    Number.isFinite(d.score) &&
    Array.isArray(d.signals) &&
    d.signals.length < 100
  );
}

export function isAutoOpen(p: unknown): p is Req<'auto/open'> {
  return isObj(p) && typeof p.url === 'string' && p.url.length < 8192;
}

/** A name or title as the reader sends it: non-empty, one line, short (a name, never a page's text). */
const isName = (v: unknown): v is string =>
  typeof v === 'string' && v.trim().length > 0 && v.length <= 200 && !/[\n\r]/.test(v);

export function isWikiAccess(p: unknown): p is Req<'page/wiki-access'> {
  return isObj(p) && typeof p.ask === 'boolean';
}

export function isWikiSummary(p: unknown): p is Req<'wiki/summary'> {
  return isObj(p) && isName(p.title);
}

export function isWikiSearch(p: unknown): p is Req<'wiki/search'> {
  return isObj(p) && isName(p.name);
}

export function isWikiEntities(p: unknown): p is Req<'wiki/entities'> {
  return (
    isObj(p) &&
    Array.isArray(p.ids) &&
    p.ids.length <= 50 &&
    p.ids.every((id) => typeof id === 'string' && /^Q\d{1,12}$/.test(id))
  );
}
