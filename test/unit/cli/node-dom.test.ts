import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/node-dom';

const story = '<p>' + 'A paragraph of the story that readers came for. '.repeat(4) + '</p>';

describe('parseDocument', () => {
  it('keeps the page in the body when an embed in the head carries its own <html><body>', () => {
    // linkedom nests the embed's body inside the head; a browser would ignore those tags.
    const html =
      '<!doctype html><html><head><title>T</title><noembed><html><body><p>embed</p></body></html></noembed>' +
      `</head><body><main>${story}</main></body></html>`;
    const doc = parseDocument(html, 'https://news.example/a');
    const outsideHead = Array.from(doc.documentElement.children)
      .filter((c) => c.tagName !== 'HEAD')
      .map((c) => c.textContent ?? '')
      .join('');
    expect(outsideHead).toContain('A paragraph of the story');
    expect(doc.querySelector('head main')).toBeNull();
  });

  it('merges a second body into the first, as browsers do', () => {
    const doc = parseDocument(
      `<html><head></head><body><p>one</p></body><body class="x">${story}</body></html>`,
      null,
    );
    const bodies = doc.querySelectorAll('body');
    expect(bodies.length).toBe(1);
    expect(bodies[0]!.textContent).toContain('one');
    expect(bodies[0]!.textContent).toContain('A paragraph of the story');
  });
});
