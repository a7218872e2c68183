// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/core/extract/text';
import { alignParagraphs, mapParagraphs, paragraphOffsets } from '../../../src/ui/text-map';
import { ARTICLE_HTML, PARAGRAPHS, TEXT } from './sample';

const render = (html: string): HTMLElement => {
  const div = document.createElement('div');
  // Test input written here, not page content.
  div.innerHTML = html;
  return div;
};

describe('mapParagraphs', () => {
  it('yields the same paragraphs as the core text walk', () => {
    const html = `<h2>Head  line</h2><p>One <em>two</em><br>three
      four</p><ul><li>a <b>b</b></li><li>c</li></ul><table><tr><td>x</td><td>y</td></tr></table>
      <div>loose <span>text</span><p>inner</p> tail</div><blockquote><p>quoted</p></blockquote>`;
    const root = render(html);
    expect(mapParagraphs(root).map((p) => p.text)).toEqual(blockText(root).split('\n\n'));
  });

  it('points every character back at its text node', () => {
    const root = render('<p>Alpha <i>beta</i>   gamma</p>');
    const [p] = mapParagraphs(root);
    expect(p!.text).toBe('Alpha beta gamma');
    const b = p!.pos[6]!;
    expect(b.node.nodeValue).toBe('beta');
    expect(b.offset).toBe(0);
    const g = p!.pos[11]!;
    expect(g.node.nodeValue!.slice(g.offset)).toBe('gamma');
    expect(p!.el.nodeName).toBe('P');
  });

  it('aligns rendered paragraphs with the article text, skipping blocks the text leaves out', () => {
    const all = mapParagraphs(render(ARTICLE_HTML));
    expect(all.map((p) => p.text)).toContain('The harbour at dawn.');
    const aligned = alignParagraphs(all, TEXT);
    expect(aligned.map((p) => p?.text)).toEqual(PARAGRAPHS);
  });

  it('computes paragraph start offsets', () => {
    expect(paragraphOffsets('ab\n\ncde\n\nf')).toEqual([0, 4, 9]);
  });
});
