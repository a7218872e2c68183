/**
 * The overlay's style sheet: the reading view's CSS, rescoped for a shadow root, plus the overlay's own.
 * The reading view's CSS is written for a document (`:root`, `body`); inside a shadow root those
 * selectors match nothing, so they are pointed at the shadow host instead.
 */
import readerCss from '../../ui/reader.css?inline';
import overlayCss from './overlay.css?inline';

/** `css` with document-level selectors (`:root`, `html`, `body`) rewritten to the shadow host. */
export function rescope(css: string): string {
  return css
    .replace(/:root\b/g, ':host')
    .replace(/(^|[\s,{}>+~(])(?:html|body)(?=[\s,{.:[>+~)])/g, '$1:host');
}

/** The complete CSS text for the overlay's shadow root. */
export function overlayStyles(): string {
  return `${rescope(readerCss)}\n${overlayCss}`;
}
