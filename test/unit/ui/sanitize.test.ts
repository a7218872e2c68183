// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { safeArticleFragment, safeArticleHtml } from '../../../src/ui/sanitize';

const HOSTILE = `
<p id="lede-title" name="body">Clobber</p>
<form name="getElementById"><input name="x"></form>
<script>window.pwned=1</script>
<img src="https://img.example/a.jpg" onerror="window.pwned=2" alt="a">
<a href="javascript:window.pwned=3">js link</a>
<a href="data:text/html,<script>1</script>">data link</a>
<a href="https://ok.example/" target="_self" rel="opener">ok</a>
<svg><script>1</script><a xlink:href="javascript:1"><text>svg</text></a></svg>
<math><mtext><img src=x onerror=1></mtext></math>
<iframe srcdoc="<script>1</script>"></iframe>
<object data="x.swf"></object><embed src="x.swf">
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css">
<style>body{background:url(javascript:1)}</style>
<div style="width: expression(alert(1)); background:url(https://evil.example/t.png)">styled</div>
<table><tr><td>cell</td></tr></table>
<pre><code>code()</code></pre>
<template><img src=x onerror=1></template>
<main><p>in main</p></main><aside><p>in aside</p></aside>
`;

describe('safeArticleFragment', () => {
  it('keeps text and structure, drops every active or fetching part', () => {
    const frag = safeArticleFragment(HOSTILE);
    const box = document.createElement('div');
    box.append(frag);
    const html = box.innerHTML;
    for (const bad of [
      '<script',
      'onerror',
      'javascript:',
      'data:text',
      '<svg',
      '<math',
      '<iframe',
      'srcdoc',
      '<object',
      '<embed',
      '<base',
      '<meta',
      '<link',
      '<style',
      'style=',
      'expression(',
      '<form',
      '<input',
      'id=',
      'name=',
      '<template',
    ]) {
      expect(html, bad).not.toContain(bad);
    }
    expect(box.textContent).toContain('Clobber');
    const links = [...box.querySelectorAll('a')];
    const ok = links.find((a) => a.textContent === 'ok')!;
    expect(ok.getAttribute('target')).toBe('_blank');
    expect(ok.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links.filter((a) => a.hasAttribute('href')).length).toBe(1);
    expect(box.querySelector('img')!.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('wraps tables and code in focusable horizontal scrollers', () => {
    const box = document.createElement('div');
    box.append(safeArticleFragment(HOSTILE));
    const t = box.querySelector('table')!.parentElement!;
    expect(t.className).toContain('lede-table');
    expect(t.tabIndex).toBe(0);
    expect(t.getAttribute('role')).toBe('region');
    expect(box.querySelector('pre')!.parentElement!.className).toContain('lede-code');
  });

  it('turns the page’s own landmarks into plain blocks, keeping their text', () => {
    const box = document.createElement('div');
    box.append(safeArticleFragment(HOSTILE));
    expect(box.querySelector('main, aside')).toBeNull();
    expect(box.textContent).toContain('in main');
    expect(box.textContent).toContain('in aside');
  });

  it('sanitises to a string the same way', () => {
    const s = safeArticleHtml(HOSTILE);
    expect(s).not.toMatch(/<script|onerror|javascript:|<iframe|<base|<meta/);
  });
});
