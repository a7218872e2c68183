/**
 * Saved pages from React's streamed rendering keep the story in hidden `S:x` divs after the footer; the CLI
 * puts them where the page's own scripts would have.
 */
import { describe, expect, it } from 'vitest';
import { nodePurifier, parseDocument } from '../../../src/cli/node-dom';
import { resolveStreamedBoundaries } from '../../../src/cli/streamed-boundaries';
import { extract } from '../../../src/core/extract';

const para = (i: number) =>
  `<p>Paragraph ${i} of the harbour report explains why the ferry timetable changes in spring, what the ` +
  `operator said about the crews, and how many islanders signed the letter asking for an earlier boat.</p>`;
const story = [1, 2, 3, 4, 5, 6].map(para).join('');

const shell = (slot: string, tail: string) =>
  '<!doctype html><html><head><title>Ferry timetable | Island Post</title></head><body>' +
  '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>' +
  `<main><h1>Ferry timetable changes in spring</h1>${slot}</main>` +
  '<footer><p>© Island Post. <a href="/privacy">Privacy</a></p></footer>' +
  tail +
  '</body></html>';

describe('resolveStreamedBoundaries', () => {
  it('moves a streamed story into its slot, so extraction keeps it', () => {
    const html = shell(
      '<template id="B:0"></template>',
      `<div hidden id="S:0"><article>${story}</article></div>`,
    );
    const doc = parseDocument(html, 'https://post.example/news/ferry');
    expect(doc.querySelector('[hidden]')).toBeNull();
    expect(doc.querySelector('main article')).not.toBeNull();
    const a = extract(doc, { purify: nodePurifier() });
    expect(a?.text).toContain('Paragraph 6 of the harbour report');
  });

  it('drops the fallback between the boundary comments and marks the boundary done', () => {
    const html = shell(
      '<!--$?--><template id="B:1"></template><p class="skeleton">Loading…</p><!--/$-->',
      `<div hidden id="S:1">${story}</div>`,
    );
    const doc = parseDocument(html, null);
    const main = doc.querySelector('main')!;
    expect(main.textContent).not.toContain('Loading');
    expect(main.textContent).toContain('Paragraph 1 of the harbour report');
    expect(main.innerHTML).toContain('<!--$-->');
  });

  it('keeps the fallback when the boundary comments were stripped, and fills nested segments first', () => {
    const doc = parseDocument(
      shell(
        '<template id="B:2"></template><p>Loading…</p>',
        `<div hidden id="S:2"><section>${para(1)}<template id="P:3"></template></section></div>` +
          `<div hidden id="S:3">${para(2)}</div>`,
      ),
      null,
    );
    const main = doc.querySelector('main')!;
    expect(main.textContent).toContain('Loading');
    const text = main.textContent ?? '';
    expect(text.indexOf('Paragraph 1')).toBeGreaterThan(-1);
    expect(text.indexOf('Paragraph 2')).toBeGreaterThan(text.indexOf('Paragraph 1'));
    expect(doc.querySelectorAll('template, [hidden]').length).toBe(0);
  });

  it('leaves hidden divs without a matching slot alone', () => {
    const doc = parseDocument(shell('', '<div hidden id="S:9"><p>orphan</p></div>'), null);
    expect(resolveStreamedBoundaries(doc)).toBe(0);
    expect(doc.querySelector('div[hidden]')?.textContent).toBe('orphan');
  });
});
