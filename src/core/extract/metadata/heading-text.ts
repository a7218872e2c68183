/**
 * A heading's text as a reader sees it. `textContent` joins the text of block children and of lines broken
 * with <br> without a space ("Main headlineA subtitle"); a heading is small, so walking it costs nothing.
 */
import { BLOCK_TAGS } from '../dom';

/** Where a heading's line breaks: blocks, table cells and <br>. */
const BLOCK: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'BR', 'TD', 'TH']);

/** The text of `el`, with a space where a block element or a <br> breaks the line, whitespace collapsed. */
export function headingText(el: Element): string {
  let out = '';
  // null marks the end of a block element: a space read after its children.
  const stack: (Node | null)[] = [el];
  while (stack.length) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) {
      out += ' ';
      continue;
    }
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const block = node !== el && BLOCK.has((node as Element).tagName.toUpperCase());
    if (block) {
      out += ' ';
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out.replace(/\s+/g, ' ').trim();
}
