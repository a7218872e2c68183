/**
 * Second line of defence: article HTML from a content script is untrusted here too, so the UI sanitises it
 * again with DOMPurify in the extension page before it is rendered.
 */
import DOMPurify from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../core/extract/purify';

/** Sanitised HTML string safe for `dangerouslySetInnerHTML` (DOMPurify with the core allow-list). */
export function safeArticleHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
    FORBID_TAGS: ['style', 'form', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math'],
  });
}
