/**
 * Web fonts for the overlay. `@font-face` inside a shadow root is ignored (Chromium applies only
 * document-level font faces), so the reading view's font faces are taken out of its CSS and added to
 * the document's FontFaceSet instead. That adds no element and changes no markup; the faces load only
 * when text uses them (the dyslexia-friendly font when the reader picks it).
 */

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;

/** The CSS without its `@font-face` rules, and the declarations of each rule. */
export function splitFontFaces(css: string): { css: string; faces: Record<string, string>[] } {
  const faces: Record<string, string>[] = [];
  const rest = css.replace(FONT_FACE, (_m, body: string) => {
    const decls: Record<string, string> = {};
    // Values may hold `;` only inside url(data:…;base64,…): split on `;` outside parentheses.
    let depth = 0;
    let start = 0;
    const parts: string[] = [];
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ';' && depth === 0) {
        parts.push(body.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(body.slice(start));
    for (const part of parts) {
      const i = part.indexOf(':');
      if (i > 0) decls[part.slice(0, i).trim().toLowerCase()] = part.slice(i + 1).trim();
    }
    if (decls['font-family'] && decls.src) faces.push(decls);
    return '';
  });
  return { css: rest, faces };
}

let added = false;

/** Adds the faces to the document once per page; a browser that refuses keeps the fallback fonts. */
export function addFontFaces(faces: Record<string, string>[]): void {
  if (added || typeof FontFace === 'undefined') return;
  added = true;
  for (const d of faces) {
    try {
      const family = (d['font-family'] ?? '').replace(/^['"]|['"]$/g, '');
      const face = new FontFace(family, d.src ?? '', {
        style: d['font-style'] ?? 'normal',
        weight: d['font-weight'] ?? '400',
        display: (d['font-display'] as FontDisplay | undefined) ?? 'swap',
        ...(d['unicode-range'] ? { unicodeRange: d['unicode-range'] } : {}),
      });
      document.fonts.add(face);
    } catch {
      // Firefox content scripts may not hand a FontFace to the page's FontFaceSet: fall back quietly.
    }
  }
}
