/**
 * The text sample that the detector's wording cues (we/our, you, commercial vocabulary, sentence length) read.
 */
import { SAMPLE } from './dom-cues';

/** A long paragraph seen by the DOM walk, with the two blocks it was credited to. */
export interface Sampled {
  el: Element;
  parent: Element | null;
  grand: Element | null | undefined;
}

/** Paragraph elements remembered for the wording sample (refs only; text is read for the few sampled). */
export const MAX_SAMPLED = 400;

/**
 * The wording sample: paragraphs of the densest block first, then the others in page order. Wording cues
 * ("we/our", sentence length) should read the body, not a cookie notice, a .gov banner or a promo strip
 * that happens to come first in the page.
 */
export function sampleText(paragraphs: Sampled[], densest: Element | null): string {
  let out = '';
  const inBody = (p: Sampled) => densest !== null && (p.parent === densest || p.grand === densest);
  for (const pass of [true, false]) {
    for (const p of paragraphs) {
      if (out.length >= SAMPLE) return out;
      if (inBody(p) !== pass) continue;
      out += (p.el.textContent ?? '').trim().slice(0, SAMPLE - out.length) + '\n';
    }
  }
  return out;
}
