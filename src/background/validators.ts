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
