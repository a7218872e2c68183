/**
 * React's streamed server rendering sends the shell first, with a `<template id="B:x">` (or `P:x`) where a
 * slow part belongs, and that part later in the same response as `<div hidden id="S:x">…</div>` followed by an
 * inline script (`$RC("B:x","S:x")`, `$RS("S:x","P:x")`) that moves it into place. A browser has run those
 * scripts before Lede reads the page; a saved page read by the CLI has not, so the story sits in a hidden div
 * after the footer and every reader drops it as hidden. This does what the scripts would have done.
 *
 * The ids pair by their suffix (B:x and P:x with S:x), which is how React names them; the scripts are not read,
 * since saved copies often have them stripped.
 */
export function resolveStreamedBoundaries(doc: Document): number {
  const segments = new Map<string, Element>();
  for (const div of Array.from(doc.querySelectorAll('div[hidden][id^="S:"]')))
    segments.set(div.id.slice(2), div);
  if (!segments.size) return 0;
  let moved = 0;
  // Segments ($RS) first: they fill holes inside boundary content that is moved afterwards.
  for (const prefix of ['P:', 'B:']) {
    for (const slot of Array.from(doc.querySelectorAll(`template[id^="${prefix}"]`))) {
      const segment = segments.get(slot.id.slice(2));
      if (!segment || segment.contains(slot) || !slot.parentNode) continue;
      if (prefix === 'B:') dropFallback(slot);
      const parent = slot.parentNode;
      while (segment.firstChild) parent.insertBefore(segment.firstChild, slot);
      slot.remove();
      segment.remove();
      segments.delete(slot.id.slice(2));
      moved++;
    }
  }
  return moved;
}

/**
 * A pending boundary reads `<!--$?--><template id="B:x"></template>fallback<!--/$-->`; the fallback (a
 * spinner or skeleton) goes when the content arrives. Without the comments (stripped copies) the fallback stays:
 * guessing its end could drop real content.
 */
function dropFallback(slot: Element): void {
  const open = slot.previousSibling;
  if (!open || open.nodeType !== 8 || (open as Comment).data !== '$?') return;
  let depth = 0;
  let node = slot.nextSibling;
  const fallback: ChildNode[] = [];
  while (node) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    fallback.push(node);
    node = node.nextSibling;
  }
  if (!node) return; // no closing comment: leave everything as it was
  for (const n of fallback) n.remove();
  (open as Comment).data = '$';
}
