import { describe, expect, it } from 'vitest';
import { splitFontFaces } from '../../../src/content/overlay/font-faces';
import { frameThemes, rescope } from '../../../src/content/overlay/styles';
import { pageKey } from '../../../src/content/auto-navigation';

describe('rescope', () => {
  it('points document-level selectors at the shadow host and leaves classes alone', () => {
    const css =
      ':root { --a: 1 }\nhtml,\nbody { margin: 0 }\nbody.lede-popup { width: 800px }\n.lede-body p { x: y }';
    const out = rescope(css);
    expect(out).toContain(':host { --a: 1 }');
    expect(out).toContain(':host,\n:host { margin: 0 }');
    expect(out).toContain(':host.lede-popup');
    expect(out).toContain('.lede-body p');
  });
});

describe('frameThemes', () => {
  it('copies fixed themes to the frame and skips "system", which lives in a media query', () => {
    const css =
      ".lede-root[data-theme='dark'] { --lede-bg: #111 }\n@media (prefers-color-scheme: dark) {\n .lede-root[data-theme='system'] { --lede-bg: #111 }\n}";
    const out = frameThemes(css);
    expect(out).toContain(".lede-ov-frame[data-theme='dark'] { --lede-bg: #111 }");
    expect(out).not.toContain('system');
  });
});

describe('splitFontFaces', () => {
  it('takes @font-face rules out, keeping data URLs whole', () => {
    const css =
      "@font-face {\n  font-family: 'OpenDyslexic';\n  font-weight: 700;\n  src: url(data:font/woff2;base64,AAA=) format('woff2'), url(x.woff) format('woff');\n}\n.a { color: red }";
    const { css: rest, faces } = splitFontFaces(css);
    expect(rest.trim()).toBe('.a { color: red }');
    expect(faces).toEqual([
      {
        'font-family': "'OpenDyslexic'",
        'font-weight': '700',
        src: "url(data:font/woff2;base64,AAA=) format('woff2'), url(x.woff) format('woff')",
      },
    ]);
  });
});

describe('pageKey', () => {
  it('treats a fragment change as the same page, anything else as a new one', () => {
    expect(pageKey('https://a.test/story#comments')).toBe('https://a.test/story');
    expect(pageKey('https://a.test/story?page=2')).toBe('https://a.test/story?page=2');
  });
});
