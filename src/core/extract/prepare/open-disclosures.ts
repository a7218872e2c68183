/**
 * Collapsed story sections: FAQs and step-by-step guides put each answer or step in a disclosure panel
 * (an accordion) that the page ships hidden until its heading is clicked. Readability and the clutter rule
 * both drop hidden blocks, so the answers vanish while their questions stay. A panel named by a control's
 * `aria-controls` is part of the page the reader can open, so when it holds running text it is shown.
 */
import { linkDensity, textOf } from '../dom';

/** Controls inside these open menus and dialogs, not story sections. */
const NOT_STORY =
  'nav, header, footer, dialog, [role="navigation"], [role="menu"], [role="menubar"], [role="dialog"], [aria-haspopup]';
const HIDDEN_STYLE = /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*;?/gi;
/** A panel must hold this much paragraph or list text, with few links. */
const MIN_PROSE = 60;
const MAX_LINKS = 0.3;

function isHidden(el: Element): boolean {
  HIDDEN_STYLE.lastIndex = 0;
  return el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
}

function holdsProse(panel: Element): boolean {
  if (linkDensity(panel) > MAX_LINKS) return false;
  const blocks = Array.from(panel.querySelectorAll('p, li'));
  const own = blocks.length ? blocks.map(textOf) : [textOf(panel)];
  return own.some((t) => t.length >= MIN_PROSE);
}

function show(panel: Element): void {
  panel.removeAttribute('hidden');
  if (panel.getAttribute('aria-hidden') === 'true') panel.removeAttribute('aria-hidden');
  const style = panel.getAttribute('style');
  if (style) panel.setAttribute('style', style.replace(HIDDEN_STYLE, ''));
}

/**
 * Elements by id, every one of them: component libraries often render each accordion with the same ids
 * ("item_0_content" in every block), and getElementById would find only the first block's panel.
 */
function elementsById(doc: Document): Map<string, Element[]> {
  const byId = new Map<string, Element[]>();
  for (const el of Array.from(doc.querySelectorAll('[id]'))) {
    const list = byId.get(el.id);
    if (list) list.push(el);
    else byId.set(el.id, [el]);
  }
  return byId;
}

/** Shows, in the clone `doc`, the hidden disclosure panels that hold running text. */
export function openDisclosures(doc: Document): void {
  const controls = Array.from(doc.querySelectorAll('[aria-controls]'));
  if (!controls.length) return;
  const byId = elementsById(doc);
  for (const control of controls) {
    if (control.closest(NOT_STORY)) continue;
    for (const id of (control.getAttribute('aria-controls') ?? '').split(/\s+/)) {
      for (const panel of (id && byId.get(id)) || []) {
        if (!isHidden(panel) || panel.closest(NOT_STORY)) continue;
        if (holdsProse(panel)) show(panel);
      }
    }
  }
}
