/**
 * The shortcuts must answer as Readability's own checks do, on every element of the extraction fixtures and
 * on edge cases written for them; and Readability must still have the methods they replace.
 */
import { Readability } from '@mozilla/readability';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/node-dom';
import {
  cleaningMemo,
  shortcuts,
  withShortcuts,
  type ReadabilityChecks,
  type ReadabilityCleaning,
} from '../../../src/core/extract/readability-shortcuts';

const own = Readability.prototype as unknown as ReadabilityChecks;
const fast = shortcuts(own);
const DIR = resolve(__dirname, '../../fixtures/extract');

const edgeCases = `<!doctype html><html><body>
  <div id="empty"></div><div id="spaces">  \n\t </div><div id="nbsp">\u00a0</div><div id="bom">\ufeff</div>
  <div id="brs"><br><hr><br></div><div id="img"><img src="a.png"></div><div><!-- comment only --></div>
  <section><div><div><span> </span><span>x</span></div></div></section>
  <p class="byline">By Ann Lee</p><span rel="author">Ann Lee</span><span itemprop="author">  </span>
  <a rel="author">${'a very long name '.repeat(8)}</a><div class="writtenBy">Bo Chen</div>
  <div style="display:none">hidden</div><div style="visibility: hidden">x</div><div hidden>x</div>
  <div aria-hidden="true">x</div><div aria-hidden="true" class="fallback-image">x</div><div style="">x</div>
  <div aria-hidden="false">x</div><div aria-hidden="true" style="color: red">x</div><svg><text>x</text></svg>
</body></html>`;

const pages = [
  edgeCases,
  ...readdirSync(DIR)
    .filter((d) => existsSync(join(DIR, d, 'source.html')))
    .map((d) => readFileSync(join(DIR, d, 'source.html'), 'utf8')),
];

describe('Readability shortcuts', () => {
  it('replace methods Readability still has', () => {
    for (const name of ['_isValidByline', '_isElementWithoutContent', '_isProbablyVisible'] as const)
      expect(typeof own[name], name).toBe('function');
    const cleaning = Readability.prototype as unknown as ReadabilityCleaning;
    for (const name of ['_cleanConditionally', '_getInnerText', '_removeNodes'] as const)
      expect(typeof cleaning[name], name).toBe('function');
    expect(own.REGEXPS.byline).toBeInstanceOf(RegExp);
  });

  it('answer as Readability does on every element of the fixture pages', () => {
    const self = { REGEXPS: own.REGEXPS, ELEMENT_NODE: 1 } as ReadabilityChecks;
    const wrong: string[] = [];
    let checked = 0;
    for (const html of pages) {
      const doc = parseDocument(html, 'https://example.test/');
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        const match = `${el.className} ${el.id}`;
        const pairs: [string, unknown, unknown][] = [
          ['byline', fast._isValidByline.call(self, el, match), own._isValidByline.call(self, el, match)],
          [
            'empty',
            fast._isElementWithoutContent.call(self, el),
            own._isElementWithoutContent.call(self, el),
          ],
          ['visible', fast._isProbablyVisible.call(self, el), own._isProbablyVisible.call(self, el)],
        ];
        for (const [name, a, b] of pairs) if (a !== b) wrong.push(`${name} <${el.tagName} ${match}>`);
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('meet the cases that settle each check', () => {
    const doc = parseDocument(edgeCases, 'https://example.test/');
    const self = { REGEXPS: own.REGEXPS, ELEMENT_NODE: 1 } as ReadabilityChecks;
    const q = (s: string): Element => doc.querySelector(s)!;
    expect(fast._isElementWithoutContent.call(self, q('#spaces'))).toBe(true);
    expect(fast._isElementWithoutContent.call(self, q('#brs'))).toBe(true);
    expect(fast._isElementWithoutContent.call(self, q('#nbsp'))).toBe(true);
    expect(fast._isElementWithoutContent.call(self, q('#img'))).toBe(false);
    expect(fast._isElementWithoutContent.call(self, q('section'))).toBe(false);
    expect(fast._isValidByline.call(self, q('.byline'), 'byline ')).toBe(true);
    expect(fast._isValidByline.call(self, q('a[rel]'), ' ')).toBe(false);
    expect(fast._isProbablyVisible.call(self, q('[hidden]'))).toBe(false);
    expect(fast._isProbablyVisible.call(self, q('[style="display:none"]'))).toBe(false);
    expect(fast._isProbablyVisible.call(self, q('#empty'))).toBe(true);
  });
});

describe('withShortcuts', () => {
  it('installs the shortcuts on the reader it is given, and on no other', () => {
    const doc = parseDocument('<html><body><p>x</p></body></html>', 'https://example.test/');
    const reader = withShortcuts(new Readability(doc));
    const plain = new Readability(doc);
    const installed = reader as unknown as ReadabilityChecks;
    expect(installed._isElementWithoutContent).not.toBe(own._isElementWithoutContent);
    expect(installed._isProbablyVisible).not.toBe(own._isProbablyVisible);
    expect(installed._isValidByline).not.toBe(own._isValidByline);
    expect((plain as unknown as ReadabilityChecks)._isProbablyVisible).toBe(own._isProbablyVisible);
  });

  it('walks elements nested far deeper than the call stack would allow', () => {
    const doc = parseDocument('<html><body><div id="top"></div></body></html>', 'https://example.test/');
    let inner: Element = doc.getElementById('top')!;
    for (let i = 0; i < 100000; i++) inner = inner.appendChild(doc.createElement('span'));
    const self = { REGEXPS: own.REGEXPS, ELEMENT_NODE: 1 } as ReadabilityChecks;
    const top = doc.getElementById('top')!;
    // Not empty either way (it has a child that is not <br>/<hr>); the walk must get there without overflowing.
    expect(() => fast._isElementWithoutContent.call(self, top)).not.toThrow();
    inner.appendChild(doc.createTextNode(' word '));
    expect(fast._isElementWithoutContent.call(self, top)).toBe(false);
  });
});

describe('the conditional-cleaning text memo', () => {
  const realOwn = Readability.prototype as unknown as ReadabilityCleaning;

  it('gives Readability the same article on every fixture page', () => {
    const differ: number[] = [];
    pages.forEach((html, i) => {
      const plain = new Readability(parseDocument(html, 'https://example.test/'), {
        keepClasses: true,
      }).parse();
      const fast = withShortcuts(
        new Readability(parseDocument(html, 'https://example.test/'), { keepClasses: true }),
      ).parse();
      if (plain?.content !== fast?.content) differ.push(i);
    });
    expect(differ).toEqual([]);
  });

  it('measures a text again after a removal, and reads afresh outside the cleaning', () => {
    const doc = parseDocument(
      '<html><body><div id="outer"><p id="a">alpha words</p><p id="b">beta</p></div></body></html>',
      'https://example.test/',
    );
    const outer = doc.getElementById('outer')!;
    const seen: string[] = [];
    let reads = 0;
    const fake: ReadabilityCleaning = {
      _getInnerText: (e) => {
        reads++;
        return (e.textContent ?? '').trim().replace(/\s{2,}/g, ' ');
      },
      _removeNodes: realOwn._removeNodes,
      _cleanConditionally(this: ReadabilityCleaning) {
        seen.push(this._getInnerText(outer));
        seen.push(this._getInnerText(outer)); // from the memo
        this._removeNodes([doc.getElementById('b')!], function () {
          return true;
        });
        seen.push(this._getInnerText(outer)); // measured again
      },
    };
    const memo = cleaningMemo(fake);
    const reader: ReadabilityCleaning = { ...memo };
    reader._cleanConditionally(outer, 'div');
    expect(seen).toEqual(['alpha wordsbeta', 'alpha wordsbeta', 'alpha words']);
    expect(reads).toBe(2);
    doc.getElementById('a')!.textContent = 'gamma';
    expect(reader._getInnerText(outer)).toBe('gamma');
  });
});
