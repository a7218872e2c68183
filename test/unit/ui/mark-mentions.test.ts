// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/core/types';
import { markMentions } from '../../../src/ui/mark-mentions';
import { alignParagraphs, mapParagraphs } from '../../../src/ui/text-map';
import { ARTICLE_HTML, mentionsOf, NOTES, TEXT } from './sample';

function setup(html: string, text: string) {
  const root = document.createElement('div');
  root.innerHTML = html; // test input written here, not page content
  return { root, paragraphs: alignParagraphs(mapParagraphs(root), text) };
}

describe('markMentions', () => {
  it('wraps every mention in a mark, keeping the text unchanged', () => {
    const { root, paragraphs } = setup(ARTICLE_HTML, TEXT);
    const before = root.textContent;
    const found = markMentions(paragraphs, NOTES, TEXT);
    expect(root.textContent).toBe(before);
    const marks = [...root.querySelectorAll('mark.lede-mention')];
    expect(marks.map((m) => m.textContent)).toEqual([
      'Harbour Workers Union',
      'Valmora',
      'Port Ellis',
      'Harbour Workers Union',
      'Port Ellis',
      'Coastal Transit Authority',
      'CTA',
      'Valmora',
    ]);
    expect(found.get('valmora')!.length).toBe(2);
    expect(found.get('cta')!.map((m) => m.textContent)).toEqual(['Coastal Transit Authority', 'CTA']);
    expect(marks[0]!.parentElement!.nodeName).toBe('STRONG');
    expect((marks[1] as HTMLElement).dataset.note).toBe('valmora');
  });

  it('marks a mention that crosses inline elements piece by piece', () => {
    const text = 'The Red Lake Council met.';
    const { root, paragraphs } = setup('<p>The <b>Red Lake</b> Council met.</p>', text);
    const note: Note = {
      id: 'c',
      name: 'Red Lake Council',
      kind: 'group',
      aliases: [],
      mentionCount: 1,
      mentions: [{ start: 4, end: 20, text: 'Red Lake Council', paragraph: 0 }],
      context: [],
      summary: null,
      salience: 1,
    };
    const found = markMentions(paragraphs, [note], text);
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['Red Lake', ' Council']);
    expect(found.get('c')).toEqual([marks[0]]);
  });

  it('treats page text as text: markup-looking names never become elements', () => {
    const text = 'The <img src=x onerror=alert(1)> Group said no.';
    const root = document.createElement('div');
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
    const name = '<img src=x onerror=alert(1)> Group';
    const note: Note = {
      id: 'x',
      name,
      kind: 'group',
      aliases: [],
      mentionCount: 1,
      mentions: [{ start: 4, end: 4 + name.length, text: name, paragraph: 0 }],
      context: [],
      summary: null,
      salience: 1,
    };
    markMentions(alignParagraphs(mapParagraphs(root), text), [note], text);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('mark')!.textContent).toBe(name);
  });

  it('finds a mention whose offset drifted, and skips one it cannot find', () => {
    const { root, paragraphs } = setup(ARTICLE_HTML, TEXT);
    const [m] = mentionsOf('Port Ellis');
    const drifted: Note = { ...NOTES[2]!, mentions: [{ ...m!, start: m!.start + 3, end: m!.end + 3 }] };
    const missing: Note = {
      ...NOTES[0]!,
      id: 'ghost',
      mentions: [{ start: 0, end: 5, text: 'Ghost', paragraph: 0 }],
    };
    const found = markMentions(paragraphs, [drifted, missing], TEXT);
    expect(found.get('port-ellis')![0]!.textContent).toBe('Port Ellis');
    expect(found.has('ghost')).toBe(false);
    expect(root.querySelectorAll('mark').length).toBe(1);
  });
});
