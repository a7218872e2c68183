/** Article HTML (already sanitised) to Markdown, for `lede read --format markdown`. */

const esc = (s: string): string => s.replace(/([\\`*_[\]#])/g, '\\$1');

/** Converts the sanitised article element to Markdown. */
export function toMarkdown(root: Node): string {
  const out = blocks(root).join('\n\n');
  return out.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function blocks(node: Node): string[] {
  const result: string[] = [];
  let inline = '';
  const flush = (): void => {
    const t = inline.replace(/[ \t]+/g, ' ').trim();
    if (t) result.push(t);
    inline = '';
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      inline += esc((child.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.nodeName.toLowerCase();
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      result.push(`${'#'.repeat(Number(heading[1]))} ${inlineText(el)}`);
    } else if (tag === 'p' || tag === 'figcaption' || tag === 'caption' || tag === 'dt' || tag === 'dd') {
      flush();
      const t = inlineText(el);
      if (t) result.push(tag === 'figcaption' ? `*${t}*` : t);
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      const items = Array.from(el.children).filter((c) => c.nodeName.toLowerCase() === 'li');
      result.push(
        items.map((li, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${blocks(li).join(' ')}`).join('\n'),
      );
    } else if (tag === 'blockquote') {
      flush();
      result.push(
        blocks(el)
          .map((b) =>
            b
              .split('\n')
              .map((l) => `> ${l}`)
              .join('\n'),
          )
          .join('\n>\n'),
      );
    } else if (tag === 'pre') {
      flush();
      result.push('```\n' + (el.textContent ?? '').replace(/\n$/, '') + '\n```');
    } else if (tag === 'hr') {
      flush();
      result.push('---');
    } else if (tag === 'table') {
      flush();
      result.push(table(el));
    } else if (
      [
        'div',
        'section',
        'article',
        'figure',
        'main',
        'header',
        'footer',
        'aside',
        'picture',
        'li',
        'dl',
        'details',
      ].includes(tag)
    ) {
      flush();
      result.push(...blocks(el));
    } else {
      inline += inlineOf(el);
    }
  }
  flush();
  return result;
}

function inlineText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    s +=
      c.nodeType === 3
        ? esc((c.nodeValue ?? '').replace(/\s+/g, ' '))
        : c.nodeType === 1
          ? inlineOf(c as Element)
          : '';
  }
  return s.replace(/\s+/g, ' ').trim();
}

function inlineOf(el: Element): string {
  const tag = el.nodeName.toLowerCase();
  const inner = inlineText(el);
  switch (tag) {
    case 'strong':
    case 'b':
      return inner ? `**${inner}**` : '';
    case 'em':
    case 'i':
      return inner ? `*${inner}*` : '';
    case 'code':
      return '`' + (el.textContent ?? '') + '`';
    case 'a': {
      const href = el.getAttribute('href');
      return href && inner ? `[${inner}](${href})` : inner;
    }
    case 'img': {
      const src = el.getAttribute('src');
      return src ? `![${esc(el.getAttribute('alt') ?? '')}](${src})` : '';
    }
    case 'br':
      return '  \n';
    default:
      return inner ? ` ${inner} `.replace(/^ | $/g, (m) => m) : '';
  }
}

function table(el: Element): string {
  const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children).map((cell) => inlineText(cell).replace(/\|/g, '\\|')),
  );
  if (!rows.length) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]): string =>
    `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head ?? []), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
}
