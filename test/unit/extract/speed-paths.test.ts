/**
 * The shortcuts that spare the cleaning stage deep copies of the page must leave the same tree as the copies
 * did: undoing the teaser rules' removals, and reading a copy of the prepared page instead of preparing again.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/core/extract/clean-article';
import {
  detach,
  hasText,
  normalise,
  trimEdges,
  undoableRemovals,
  wordsIn,
} from '../../../src/core/extract/dom';
import { dropAuthorBio } from '../../../src/core/extract/post/drop-author-bio';
import { dropBoilerplate } from '../../../src/core/extract/post/drop-boilerplate';
import { dropDanglingHeadings } from '../../../src/core/extract/post/drop-dangling-headings';
import { dropMetaLines } from '../../../src/core/extract/post/drop-meta-lines';
import { dropTitleHeading } from '../../../src/core/extract/post/drop-title-heading';
import { markDetachedCaptions } from '../../../src/core/extract/post/mark-detached-captions';
import { pruneEmpty } from '../../../src/core/extract/post/prune-empty';
import { prepareClone, preparedPage } from '../../../src/core/extract/prepare-clone';
import { dropScripts } from '../../../src/core/extract/prepare/drop-scripts';
import { isClutterByClass } from '../../../src/core/extract/prepare/remove-clutter';
import { CLUTTER_TOKENS, hasToken } from '../../../src/core/extract/rules/class-vocabulary';

const body = (html: string): Element => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body as unknown as Element;
};

describe('undoableRemovals', () => {
  it('puts nested, adjacent and text removals back in their places', () => {
    const root = body(
      '<div id="a"><p id="b">One <em>two</em> three</p><p id="c">Four</p>tail</div><ul><li>x</li><li>y</li></ul>',
    );
    const before = root.innerHTML;
    const undo = undoableRemovals(() => {
      detach(root.querySelector('em')!);
      detach(root.querySelector('#b')!);
      detach(root.querySelector('#c')!);
      detach(root.querySelector('#a')!.lastChild!);
      detach(root.querySelector('li')!);
      detach(root.querySelector('ul')!);
    });
    expect(root.innerHTML).toBe('<div id="a"></div>');
    undo();
    expect(root.innerHTML).toBe(before);
  });

  it('records only the removals made inside it', () => {
    const root = body('<p id="a">a</p><p id="b">b</p><p id="c">c</p>');
    detach(root.querySelector('#a')!);
    const undo = undoableRemovals(() => detach(root.querySelector('#b')!));
    expect(root.innerHTML).toBe('<p id="c">c</p>');
    undo();
    expect(root.innerHTML).toBe('<p id="b">b</p><p id="c">c</p>');
  });
});

describe('cleanArticle on a page that is a list', () => {
  it('gives back the list cleaned without the teaser rules, as a copy cleaned that way would be', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<div class="item"><a href="/p/${i}">Folding bicycle model ${i} with a steel frame</a></div>`,
    ).join('');
    const html = `<h1>Bicycles</h1><div class="grid">${items}</div><p>A rider on the coast road (Photo: Jane Doe)</p>`;
    const root = body(html);
    const out = cleanArticle(root, { title: 'Bicycles', byline: null, siteName: null });
    expect(out).toBe(root);
    // The teaser rules would have dropped every card: the list stays, cleaned by the other rules only.
    expect(out.querySelectorAll('.item').length).toBe(6);
    const copy = body(html);
    dropTitleHeading(copy, 'Bicycles');
    markDetachedCaptions(copy);
    dropBoilerplate(copy);
    dropMetaLines(copy, [null, null]);
    dropAuthorBio(copy, null);
    pruneEmpty(copy);
    dropDanglingHeadings(copy);
    expect(out.innerHTML).toBe(copy.innerHTML);
    expect(out.querySelector('h1')).toBeNull();
    expect(out.querySelector('figcaption')?.textContent).toBe('A rider on the coast road (Photo: Jane Doe)');
  });
});

describe('preparedPage', () => {
  it('prepares once and gives the same tree as a new copy prepared again', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><nav><a href="/">Home</a></nav><article><p>Story text that stays.</p>' +
        '<div class="newsletter">Sign up</div><div><img src="a.jpg"><span class="caption">A picture</span></div>' +
        '</article><footer>Footer</footer></body></html>',
    );
    const doc = document as unknown as Document;
    const prepared = preparedPage(doc);
    const fresh = doc.cloneNode(true) as Document;
    prepareClone(fresh);
    expect(prepared()).toBe(prepared());
    expect(prepared().documentElement.outerHTML).toBe(fresh.documentElement.outerHTML);
    expect((prepared().cloneNode(true) as Document).documentElement.outerHTML).toBe(
      fresh.documentElement.outerHTML,
    );
    expect(prepared().body.textContent).not.toContain('Sign up');
    expect(doc.body.textContent).toContain('Sign up');
  });
});

describe('wordsIn', () => {
  // The definition the table shortcut must agree with: runs of letters, digits and "_", each CJK character a
  // third of a word.
  const byRegex = (text: string): number => {
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
    const n = text.match(cjk)?.length ?? 0;
    return (text.replace(cjk, ' ').match(/[\p{L}\p{N}_]+/gu)?.length ?? 0) + Math.round(n / 3);
  };
  const samples = [
    'The council’s “final” offer — 3½ per cent — was refused…',
    'Café owners in Łódź and São Paulo, naïve × 2 ÷ 4',
    'Совет министров принял решение № 12',
    'Der Bürgermeister sagte: „Wir prüfen das.“',
    'ªº µ² ¹³ ¼ §¶ ©®',
    'Hangul 한국어 and kana ひらがな mixed with 漢字 text',
    'ᄀᄁ jamo, then emoji 🙂 and ﬁ ligature',
    'Ελληνικά κείμενα και עברית טקסט',
    '',
  ];
  it.each(samples)('counts %j as the Unicode regexes do', (text) => {
    expect(wordsIn(text)).toBe(byRegex(text));
  });
  it('agrees on every character below U+2200, alone and between letters', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x2200; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [ch, `a${ch}b`, `${ch}${ch} x`])
        if (wordsIn(text) !== byRegex(text)) wrong.push(`U+${c.toString(16)} in ${JSON.stringify(text)}`);
    }
    expect(wrong).toEqual([]);
  });
  it('splits words at typographic punctuation', () => {
    expect(wordsIn('one’two—three…four')).toBe(4);
  });
});

describe('normalise', () => {
  // The definition the end-trimming loop must agree with.
  const byRegex = (text: string): string =>
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
      .trim();
  const samples = [
    '  “Read more:”  ',
    '— Share this story —',
    '🙂 Follow us 🙂',
    '🙂',
    '...',
    '',
    'Plain words',
    '» Mehr zum Thema «',
    'x\uD83D', // a lone high surrogate at the end
    '\uDE42x', // a lone low surrogate at the start
    '¿Qué pasó? ¡Mira!',
    '\u00a0\u3000全文を読む\u3000',
  ];
  it.each(samples)('trims %j as the Unicode regex does', (text) => {
    expect(normalise(text)).toBe(byRegex(text));
  });
  it('trims random strings of letters, punctuation, symbols, spaces and surrogates as the regex does', () => {
    // Lone high and low surrogates, a whole emoji, punctuation, a symbol, spaces, letters.
    const alphabet = ['\uD83D', '\uDE42', '🙂', '!', '“', '€', ' ', '\u3000', 'a', 'Ж', '字', '-'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length;
    const wrong: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + (i % 9) }, () => alphabet[next()]).join('');
      if (normalise(text) !== byRegex(text)) wrong.push(JSON.stringify(text));
      // isBoilerplate trims the edges of text it has already lower-cased, collapsed and trimmed.
      const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (trimEdges(lower) !== byRegex(text)) wrong.push(`edges ${JSON.stringify(text)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('hasText', () => {
  it('tells what a word test on textContent tells, for every element of a page', () => {
    const root =
      body(`<p>  </p><p><span> </span><b>x</b></p><div><!-- note --></div><div><i><u></u></i>\u00a0</div>
      <section><div><div></div></div><p>deep <em>word</em></p></section><ul><li> <br> </li><li>\u3000a</li></ul>`);
    const all = [root, ...Array.from(root.querySelectorAll('*'))];
    expect(all.length).toBeGreaterThan(15);
    for (const el of all) expect(hasText(el), el.outerHTML).toBe(/\S/.test(el.textContent ?? ''));
  });
});

describe('remembered answers by class name', () => {
  const el = (cls: string): Element => body(`<div class="${cls}">x</div>`).firstElementChild!;
  it('keeps hasToken and the furniture test apart for the same token set', () => {
    // "sidebar" is clutter, but "article-body" says story: the furniture test says no, hasToken says yes.
    const box = el('sidebar article-body');
    expect(isClutterByClass(box)).toBe(false);
    expect(hasToken(box, CLUTTER_TOKENS)).toBe(true);
    expect(isClutterByClass(el('sidebar article-body'))).toBe(false);
  });
  it('answers from the class text alone, the same for every element that shares it', () => {
    const tokens = new Set(['kicker']);
    expect(hasToken(el('story-kicker'), tokens)).toBe(true);
    expect(hasToken(el('story-kicker'), tokens)).toBe(true);
    expect(hasToken(el('story-kickers'), tokens)).toBe(false);
    expect(hasToken(el('\u212Aicker'), tokens)).toBe(true); // the Kelvin sign lower-cases to "k"
  });
  it('still answers after the table was emptied at its bound', () => {
    const tokens = new Set(['promo']);
    for (let i = 0; i < 4100; i++) hasToken(el(`c${i} promo`), tokens);
    expect(hasToken(el('c1 promo'), tokens)).toBe(true);
    expect(hasToken(el('c1 story'), tokens)).toBe(false);
  });
});

describe('dropScripts', () => {
  it('removes scripts and style sheets from head and body, keeping JSON-LD and noscript content', () => {
    const { document } = parseHTML(
      '<!doctype html><html><head><style>p{}</style><script src="a.js"></script>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>' +
        '<p>Story<script>window.x = 1</script></p><script type="APPLICATION/LD+JSON">{}</script>' +
        '<noscript><img src="b.jpg"></noscript><style>.a{}</style><script type="module">import "c"</script></body></html>',
    );
    const doc = document as unknown as Document;
    dropScripts(doc);
    expect(Array.from(doc.querySelectorAll('script'), (s) => s.getAttribute('type'))).toEqual([
      'application/ld+json',
      'APPLICATION/LD+JSON',
    ]);
    expect(doc.querySelectorAll('style').length).toBe(0);
    expect(doc.querySelector('noscript')).not.toBeNull();
    expect(doc.body.textContent).toBe('Story{}');
  });
});
