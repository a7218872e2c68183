/**
 * Scripts and style sheets leave the clone first. Readability removes them itself before it scores the page
 * (all but JSON-LD, which it reads), so it sees the same tree; the cleaning rules that measure text before it
 * (textContent counts script source) then measure what a reader sees, and do not copy megabytes of inline
 * bundles and state into every measure.
 */
export function dropScripts(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('script, style'))) {
    if (el.tagName === 'SCRIPT' && /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? ''))
      continue;
    el.parentNode?.removeChild(el);
  }
}
