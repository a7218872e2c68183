/**
 * The overlay's style sheet: the reading view's CSS, rescoped for a shadow root, plus the overlay's own.
 * The reading view's CSS is written for a document (`:root`, `body`); inside a shadow root those
 * selectors match nothing, so they are pointed at the shadow host instead.
 */
import readerCss from '../../ui/reader.css?inline';
import { addFontFaces, splitFontFaces } from './font-faces';
import overlayCss from './overlay.css?inline';

/** `css` with document-level selectors (`:root`, `html`, `body`) rewritten to the shadow host. */
export function rescope(css: string): string {
  return css
    .replace(/:root\b/g, ':host')
    .replace(/(^|[\s,{}>+~(])(?:html|body)(?=[\s,{.:[>+~)])/g, '$1:host');
}

/**
 * The theme rules of the reading view, applied to the overlay's frame as well, so that its toolbar
 * (outside the reading view's root) takes the same colours. Fragile by nature (it reads the reading
 * view's selectors); if they change, the toolbar falls back to the system colours.
 */
export function frameThemes(css: string): string {
  const rules = css.match(/[^{}]*\.lede-root\[data-theme=[^{]*\{[^}]*\}/g) ?? [];
  // "system" rules sit inside @media blocks this simple match does not keep: the frame gets a resolved theme.
  return rules
    .filter((r) => !r.includes("'system'") && !r.includes('"system"'))
    .map((r) => r.replace(/\.lede-root\[data-theme=/g, '.lede-ov-frame[data-theme='))
    .join('\n');
}

/** The complete CSS text for the overlay's shadow root; its font faces go to the document. */
export function overlayStyles(): string {
  const { css, faces } = splitFontFaces(rescope(readerCss));
  addFontFaces(faces);
  return `${css}\n${frameThemes(css)}\n${overlayCss}`;
}
