/**
 * Maps the rendered article back to `Article.text`: the same walk as the core's `blockText` (one paragraph
 * per block element, whitespace collapsed), but remembering which text node and offset each character came
 * from. Mentions (offsets into the text) can then be marked in the DOM, and paragraphs found by index.
 */

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION SUMMARY TABLE TR UL CAPTION PICTURE'.split(
    ' ',
  ),
);
const CELL = new Set(['TD', 'TH']);
const WS = /\s/;

/** Where one character of a paragraph's text lives; null for a space that stands for a <br> or a cell. */
export type CharPos = { node: Text; offset: number } | null;

export interface Paragraph {
  /** The block element that holds the paragraph's first character. */
  el: HTMLElement;
  text: string;
  pos: CharPos[];
}

/** The paragraphs of `root` in document order, matching `Article.text.split('\n\n')`. */
export function mapParagraphs(root: HTMLElement): Paragraph[] {
  const out: Paragraph[] = [];
  let raw = '';
  let rawPos: CharPos[] = [];
  let owner: HTMLElement = root;
  const blocks: HTMLElement[] = [root];

  const push = (s: string, p: CharPos): void => {
    if (!raw) owner = blocks[blocks.length - 1] ?? root;
    raw += s;
    rawPos.push(p);
  };
  const flush = (): void => {
    let text = '';
    const pos: CharPos[] = [];
    let inWs = false;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i] as string;
      if (WS.test(ch)) {
        if (!inWs && text) {
          text += ' ';
          pos.push(rawPos[i] ?? null);
        }
        inWs = true;
      } else {
        text += ch;
        pos.push(rawPos[i] ?? null);
        inWs = false;
      }
    }
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      pos.pop();
    }
    if (text) out.push({ el: owner, text, pos });
    raw = '';
    rawPos = [];
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child as Text;
        const v = t.nodeValue ?? '';
        for (let i = 0; i < v.length; i++) push(v[i] as string, { node: t, offset: i });
      } else if (child.nodeType === 1) {
        const name = child.nodeName.toUpperCase();
        if (name === 'BR') push(' ', null);
        else if (BLOCK.has(name)) {
          flush();
          blocks.push(child as HTMLElement);
          walk(child);
          flush();
          blocks.pop();
        } else {
          if (CELL.has(name)) push(' ', null);
          walk(child);
          if (CELL.has(name)) push(' ', null);
        }
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/** Start offset of each paragraph of `text` (paragraphs separated by a blank line). */
export function paragraphOffsets(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of text.split('\n\n')) {
    starts.push(at);
    at += p.length + 2;
  }
  return starts;
}

/**
 * Pairs each paragraph of `articleText` with the rendered paragraph that says the same, in order.
 * Matching by text, not by position, keeps mentions and jumps right when the core leaves some blocks
 * (captions, media-only figures) out of `Article.text` while the rendered article still shows them.
 */
export function alignParagraphs(rendered: Paragraph[], articleText: string): (Paragraph | undefined)[] {
  const wanted = articleText.split('\n\n');
  const out: (Paragraph | undefined)[] = new Array(wanted.length).fill(undefined);
  let from = 0;
  wanted.forEach((text, i) => {
    for (let k = from; k < rendered.length; k++) {
      if (rendered[k]!.text === text) {
        out[i] = rendered[k];
        from = k + 1;
        return;
      }
    }
  });
  return out;
}
